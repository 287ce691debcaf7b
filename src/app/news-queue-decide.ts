/**
 * Decisions on queued candidates, each one audited write (editors): accept (creates the record
 * the candidate drafts, with the article as its source; or, when the candidate matches a known
 * record, cites the article on that record), accept with edits, merge into a named record (cite
 * the candidate's articles on it), reject with a reason, snooze until a time, and undo one's own
 * last decision. Only a pending candidate (or a snoozed one) can be decided; undo restores the
 * candidate as it was and removes what the decision added.
 */
import { LeverageError } from '../domain/errors.ts';
import type { RecordKind } from '../domain/schema/index.ts';
import { toRecordFromJson } from '../ingest/registry/validate.ts';
import { scriptCode } from '../names/script.ts';
import type { Queryable, Store } from '../store/db.ts';
import {
  addCitation,
  candidateSources,
  citationsOf,
  recordAuditedBeyond,
  candidateState,
  deleteCreatedRecord,
  deleteUnusedSource,
  getCandidate,
  insertDecision,
  lastDecision,
  markUndone,
  recordIdTaken,
  removeCitations,
  setCandidateState,
  type CandidateRow,
  type CandidateState,
  type CitationRow,
} from '../store/news.ts';
import { getRecord } from '../store/records-query.ts';
import { writeBatch } from '../store/registry-writer.ts';
import { can, type Actor } from './actor.ts';
import { kindNamed, recordEtag } from './edit.ts';
import { applyEdits, draftRecord, recordKindFor } from './news-queue-record.ts';
import { write, type WriteOutcome } from './write.ts';

export type Decision =
  | { decision: 'accept'; edits?: Record<string, unknown>; note?: string }
  | { decision: 'merge'; kind: string; record: string; note?: string }
  | { decision: 'reject'; reason: string }
  | { decision: 'snooze'; until: string; reason?: string };

export interface DecisionOutcome {
  candidate: string;
  status: CandidateState['status'];
  /** The record created or cited. */
  record?: { kind: string; id: string; created: boolean; etag?: string };
}

const TEXT_MAX = 2000;

function words(value: unknown, column: string, required: boolean, what: string): string | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  if (!s && required) throw new LeverageError('missing_field', `${what} needs a reason`, { location: { column }, expected: 'a few words for the audit log' });
  if (s.length > TEXT_MAX) throw new LeverageError('invalid_value', `the ${column} is longer than ${TEXT_MAX} characters`, { location: { column } });
  return s || undefined;
}

async function pending(tx: Queryable, id: string): Promise<CandidateRow> {
  const c = /^\d{1,18}$/.test(id) ? await getCandidate(tx, id, true) : undefined;
  if (!c) throw new LeverageError('not_found', `no news candidate ${JSON.stringify(id.slice(0, 40))}`, { location: { column: 'candidate' } });
  if (c.status !== 'pending' && c.status !== 'snoozed')
    throw new LeverageError('conflict', `candidate ${id} is ${c.status} already (by ${c.decided_by ?? '?'}); undo that decision first`, {
      location: { column: 'candidate' },
    });
  return c;
}

/** Decides one candidate as one audited write. */
export async function decideCandidate(store: Store, actor: Actor, candidateId: string, d: Decision, now = new Date()): Promise<DecisionOutcome> {
  const kind = d.decision;
  if (kind !== 'accept' && kind !== 'merge' && kind !== 'reject' && kind !== 'snooze')
    throw new LeverageError('invalid_value', `no decision "${String(kind)}"`, {
      location: { column: 'decision' },
      expected: 'accept, merge, reject or snooze',
    });
  const reason =
    kind === 'reject'
      ? words(d.reason, 'reason', true, 'a rejection')
      : kind === 'snooze'
        ? words(d.reason, 'reason', false, '')
        : words(d.note, 'note', false, '');
  const action = kind === 'accept' && d.edits && Object.keys(d.edits).length ? 'news.accept_edited' : `news.${kind}`;
  return write(store, actor, { permission: 'edit', action, what: 'decide news candidates' }, async (tx): Promise<WriteOutcome<DecisionOutcome>> => {
    const c = await pending(tx, candidateId);
    const before = candidateState(c);
    const at = now.toISOString();
    const decided = { reason: reason ?? null, decided_by: actor.id, decided_at: at, snooze_until: null };
    const note = `news candidate ${c.id} (${c.kind}, ${c.event.date ?? 'undated'}): ${reason ?? kind}`;
    await insertDecision(tx, c.id, kind, actor.id, before);
    if (kind === 'reject') {
      await setCandidateState(tx, c.id, { ...before, ...decided, status: 'rejected' });
      return { result: { candidate: c.id, status: 'rejected' }, audit: { candidate: c.id, decision: kind, reason }, note };
    }
    if (kind === 'snooze') {
      const until = new Date(d.until);
      if (!/^\d{4}-\d{2}-\d{2}/.test(String(d.until)) || Number.isNaN(until.getTime()) || until <= now)
        throw new LeverageError('invalid_value', `snooze until ${JSON.stringify(String(d.until).slice(0, 40))}: not a time in the future`, {
          location: { column: 'until' },
          expected: 'an ISO date or date-time after now',
        });
      await setCandidateState(tx, c.id, { ...before, ...decided, status: 'snoozed', snooze_until: until.toISOString() });
      return { result: { candidate: c.id, status: 'snoozed' }, audit: { candidate: c.id, decision: kind, until: until.toISOString(), reason }, note };
    }
    const match = c.event.match;
    const noEdits = !(kind === 'accept' && d.edits && Object.keys(d.edits).length);
    const target =
      kind === 'merge'
        ? { kind: kindNamed(d.kind), id: String(d.record) }
        : match?.status === 'matches' && match.id && noEdits
          ? { kind: kindNamed(recordKindFor(c.event)), id: match.id }
          : undefined;
    if (target) {
      const record = await getRecord(tx, target.kind, target.id);
      if (!record)
        throw new LeverageError('not_found', `no ${target.kind.name} "${target.id.slice(0, 80)}" to cite the article on`, { location: { column: 'record' } });
      for (const s of await candidateSources(tx, [c.id])) await addCitation(tx, target.kind.name, target.id, s.article_id, c.id, actor.id);
      const status = kind === 'merge' ? 'merged' : 'accepted';
      await setCandidateState(tx, c.id, { ...before, ...decided, status, record_kind: target.kind.name, record_id: target.id, record_created: false });
      return {
        result: { candidate: c.id, status, record: { kind: target.kind.name, id: target.id, created: false } },
        audit: { candidate: c.id, decision: kind, cited: { kind: target.kind.name, id: target.id } },
        record: { kind: target.kind.name, id: target.id, before: record },
        note,
      };
    }
    const accepted = kind === 'accept' ? d : { edits: undefined };
    const created = await createFromCandidate(tx, actor, c, accepted.edits);
    await setCandidateState(tx, c.id, {
      ...before,
      ...decided,
      status: 'accepted',
      record_kind: created.kind.name,
      record_id: created.id,
      record_created: true,
    });
    return {
      result: { candidate: c.id, status: 'accepted', record: { kind: created.kind.name, id: created.id, created: true, etag: recordEtag(created.record) } },
      audit: created.record,
      record: { kind: created.kind.name, id: created.id },
      note,
    };
  });
}

/** Writes the candidate's draft (with edits) as a new record, through the registry writer; the id gets -2, -3 … when taken. */
async function createFromCandidate(
  tx: Queryable,
  actor: Actor,
  c: CandidateRow,
  edits: Record<string, unknown> | undefined,
): Promise<{ kind: RecordKind; id: string; record: Record<string, unknown> }> {
  const [first] = (await candidateSources(tx, [c.id])).filter((s) => s.article_id === c.article_id);
  if (!first?.url && !edits?.source_url)
    throw new LeverageError('missing_field', 'the article has no URL, and a record needs a source: give source_url in the edits', {
      location: { column: 'source_url' },
    });
  const draft = draftRecord(c.event, { url: first?.url ?? null, published: first?.published ?? null, title: first?.title ?? null });
  const kind = kindNamed(draft.kind);
  const value = applyEdits(draft.record, edits);
  if (!edits?.id) value.id = await freeId(tx, kind, String(value.id));
  else if (await recordIdTaken(tx, kind, String(value.id)))
    throw new LeverageError('conflict', `a ${kind.name} "${String(value.id)}" exists already`, { location: { column: 'id' } });
  const parsed = toRecordFromJson(kind, value, { record: `news candidate ${c.id}` });
  await writeBatch(tx, kind, [parsed], actor.id, scriptCode, { audit: false });
  const id = String(parsed.record.id);
  return { kind, id, record: (await getRecord(tx, kind, id))! };
}

async function freeId(tx: Queryable, kind: RecordKind, base: string): Promise<string> {
  if (!(await recordIdTaken(tx, kind, base))) return base;
  for (let n = 2; n < 1000; n++) if (!(await recordIdTaken(tx, kind, `${base}-${n}`))) return `${base}-${n}`;
  throw new LeverageError('conflict', `no free id after ${base}-999`, { location: { column: 'id' } });
}

/**
 * Undoes the actor's last decision not yet undone: the candidate returns to its state before
 * it, citations it added are removed, and a record it created is deleted, unless someone edited
 * that record since (then `conflict`: edit or restore the record instead).
 */
export async function undoDecision(store: Store, actor: Actor): Promise<DecisionOutcome & { undone: string }> {
  return write(store, actor, { permission: 'edit', action: 'news.undo', what: 'undo news decisions' }, async (tx) => {
    const last = await lastDecision(tx, actor.id);
    if (!last) throw new LeverageError('not_found', `${actor.id} has no decision to undo`);
    const c = (await getCandidate(tx, last.candidate_id, true))!;
    let removed: { kind: string; id: string; before: unknown } | undefined;
    let sourceRemoved: string | null = null;
    if (c.record_created && c.record_kind && c.record_id && c.status === 'accepted') {
      const kind = kindNamed(c.record_kind);
      const current = await getRecord(tx, kind, c.record_id);
      if (await recordAuditedBeyond(tx, kind.name, c.record_id, ['news.accept', 'news.accept_edited']))
        throw new LeverageError('conflict', `${kind.name} "${c.record_id}" was changed after it was accepted: edit or restore it instead of undoing`, {
          location: { column: 'record' },
        });
      const deleted = await deleteCreatedRecord(tx, kind, c.record_id);
      const sourceId = deleted?.source_id;
      // The accept brought the article in as a source; if nothing else cites it, it goes too.
      if (typeof sourceId === 'string') sourceRemoved = (await deleteUnusedSource(tx, sourceId)) ? sourceId : null;
      removed = { kind: kind.name, id: c.record_id, before: current };
    }
    const citations = await removeCitations(tx, c.id);
    await setCandidateState(tx, c.id, last.before);
    await markUndone(tx, last.id);
    return {
      result: { candidate: c.id, status: last.before.status, undone: last.decision },
      audit: {
        candidate: c.id,
        undone: last.decision,
        restored: last.before.status,
        citationsRemoved: citations,
        recordDeleted: removed ? { kind: removed.kind, id: removed.id } : null,
        sourceDeleted: sourceRemoved,
      },
      ...(removed ? { record: { kind: removed.kind, id: removed.id, before: removed.before } } : {}),
      note: `undo of ${last.decision} on news candidate ${c.id}`,
    };
  });
}

/** Accepts or rejects several candidates, each as its own audited write; one failure does not stop the rest. */
export async function decideMany(
  store: Store,
  actor: Actor,
  ids: string[],
  d: { decision: 'accept'; note?: string } | { decision: 'reject'; reason: string },
): Promise<{ candidate: string; ok: boolean; outcome?: DecisionOutcome; error?: string }[]> {
  if (!Array.isArray(ids) || !ids.length) throw new LeverageError('missing_field', 'no candidates named', { location: { column: 'candidates' } });
  if (ids.length > 500) throw new LeverageError('invalid_value', 'at most 500 candidates at once', { location: { column: 'candidates' } });
  // A missing reason refuses the whole batch before anything is written.
  if (d.decision === 'reject') words(d.reason, 'reason', true, 'a rejection');
  const out: { candidate: string; ok: boolean; outcome?: DecisionOutcome; error?: string }[] = [];
  for (const id of ids) {
    try {
      out.push({ candidate: id, ok: true, outcome: await decideCandidate(store, actor, id, d) });
    } catch (err) {
      if (!(err instanceof LeverageError) || err.code === 'forbidden') throw err;
      out.push({ candidate: id, ok: false, error: err.describe() });
    }
  }
  return out;
}

/** The articles cited by a record through the queue (beyond its own source), oldest first; who added each is for editors only. */
export async function recordCitations(store: Store, actor: Actor, kindName: string, id: string): Promise<Partial<CitationRow>[]> {
  const rows = await citationsOf(store, kindNamed(kindName).name, id);
  return can(actor, 'edit') ? rows : rows.map(({ added_by: _, ...rest }) => rest);
}
