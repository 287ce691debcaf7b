/**
 * Use cases: creating, editing and restoring one registry record by hand (a form or the API).
 * The record is validated by the same declarations as an import (`toRecordFromJson`: errors name
 * the field; a source is required), written by the same writer, and audited with the editor's
 * note and the record before and after as the API shows it. Concurrent editors: every edit names
 * the version it started from (`ifMatch`, the record's ETag); when the record changed meanwhile
 * the edit is refused with the current record and the fields that changed, never overwritten.
 */
import { createHash } from 'node:crypto';
import { LeverageError } from '../domain/errors.ts';
import { recordKindByName, type RecordKind } from '../domain/schema/index.ts';
import { toRecordFromJson } from '../ingest/registry/validate.ts';
import { recordAudit } from '../store/audit.ts';
import type { Queryable, Store } from '../store/db.ts';
import { getRecord, getRecordWithState } from '../store/records-query.ts';
import { writeBatch } from '../store/registry-writer.ts';
import { scriptCode } from '../names/script.ts';
import type { Actor } from './actor.ts';
import { write } from './write.ts';

/** The version tag of a record as the API shows it: a hash of its fields in name order (an HTTP ETag, quotes included). */
export function recordEtag(record: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k]]),
  );
  return `"${createHash('sha256').update(canonical).digest('hex').slice(0, 32)}"`;
}

/** Fields whose values differ between two versions of a record, with both values. */
export function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): Record<string, { before?: unknown; after?: unknown }> {
  const out: Record<string, { before?: unknown; after?: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of [...keys].sort()) {
    const [b, a] = [before?.[k], after?.[k]];
    if (JSON.stringify(b) !== JSON.stringify(a)) out[k] = { ...(b === undefined ? {} : { before: b }), ...(a === undefined ? {} : { after: a }) };
  }
  return out;
}

/** The outcome of an edit: saved (the record and its new ETag) or stale (what is stored now, and how it differs from what the editor started from). */
export type EditOutcome =
  | { saved: true; record: Record<string, unknown>; etag: string }
  | { saved: false; current: Record<string, unknown>; etag: string; changed: Record<string, { before?: unknown; after?: unknown }> };

export function kindNamed(name: string): RecordKind {
  const kind = recordKindByName(name);
  if (!kind) throw new LeverageError('not_found', `no record kind "${name}"`);
  return kind;
}

export function checkNote(note: string | undefined): string {
  const n = (note ?? '').trim();
  if (!n)
    throw new LeverageError('missing_field', 'an edit needs a note: why the record changes', {
      location: { column: 'note' },
      expected: 'a few words for the history',
    });
  if (n.length > 2000) throw new LeverageError('invalid_value', 'the note is longer than 2000 characters', { location: { column: 'note' } });
  return n;
}

async function save(tx: Queryable, kind: RecordKind, actor: Actor, value: unknown): Promise<Record<string, unknown>> {
  const parsed = toRecordFromJson(kind, value, { record: String((value as { id?: unknown } | null)?.id ?? '') });
  await writeBatch(tx, kind, [parsed], actor.id, scriptCode, { audit: false, replacePrivate: true });
  return (await getRecord(tx, kind, String(parsed.record.id)))!;
}

/** Creates a record; `conflict` when its id is taken. */
export async function createRecord(
  store: Store,
  actor: Actor,
  kindName: string,
  value: unknown,
  note?: string,
): Promise<{ record: Record<string, unknown>; etag: string }> {
  const kind = kindNamed(kindName);
  const why = checkNote(note);
  return write(store, actor, { permission: 'edit', action: 'record.create', what: `create ${kind.plural}` }, async (tx) => {
    const id = String((value as { id?: unknown } | null)?.id ?? '');
    if (id && (await getRecord(tx, kind, id))) throw new LeverageError('conflict', `a ${kind.name} "${id}" exists already`, { location: { column: 'id' } });
    const record = await save(tx, kind, actor, value);
    return { result: { record, etag: recordEtag(record) }, audit: record, record: { kind: kind.name, id: String(record.id) }, note: why };
  });
}

/**
 * Replaces a record's fields with `value` (the whole record, as the API shows it), if it is
 * still the version `ifMatch` names. The id cannot change.
 */
export async function editRecord(
  store: Store,
  actor: Actor,
  kindName: string,
  id: string,
  value: unknown,
  options: { ifMatch?: string; note?: string; action?: string },
): Promise<EditOutcome> {
  const kind = kindNamed(kindName);
  const why = checkNote(options.note);
  if (!options.ifMatch)
    throw new LeverageError('missing_field', 'an edit must say which version it started from', {
      location: { column: 'If-Match' },
      expected: 'the ETag of the record as read',
    });
  const action = options.action ?? 'record.edit';
  return write(store, actor, { permission: 'edit', action, what: `edit ${kind.plural}` }, async (tx) => {
    const state = await getRecordWithState(tx, kind, id);
    if (!state) throw new LeverageError('not_found', `no ${kind.name} with id "${id}"`, { location: { column: 'id' } });
    // A deleted record stays as it was deleted: an admin brings it back first (undelete), then it is edited.
    if (state.deletedAt)
      throw new LeverageError('conflict', `the ${kind.name} "${id}" is deleted (${state.deletedAt}): an admin restores it before it can be edited`, {
        location: { column: 'id' },
      });
    const before = state.record;
    const etag = recordEtag(before);
    if (options.ifMatch !== etag && options.ifMatch !== '*') {
      const started = await versionWithEtag(tx, kind, id, options.ifMatch!);
      // Nothing written: the audit row of a refused edit is not kept (the transaction is rolled back).
      throw new StaleEdit({ saved: false, current: before, etag, changed: changedFields(started, before) });
    }
    const given = { ...(value as Record<string, unknown>) };
    if (given.id !== undefined && given.id !== id) throw new LeverageError('invalid_value', 'the id of a record cannot change', { location: { column: 'id' } });
    const record = await save(tx, kind, actor, { ...given, id });
    return { result: { saved: true as const, record, etag: recordEtag(record) }, audit: record, record: { kind: kind.name, id, before }, note: why };
  }).catch((err) => {
    if (err instanceof StaleEdit) return err.outcome;
    throw err;
  });
}

class StaleEdit extends Error {
  constructor(readonly outcome: EditOutcome) {
    super('stale');
  }
}

/** The version of a record whose ETag is `etag`, from its history (undefined when none matches). */
async function versionWithEtag(db: Queryable, kind: RecordKind, id: string, etag: string): Promise<Record<string, unknown> | undefined> {
  for (const e of (await recordAudit(db, kind.name, id)).reverse()) {
    for (const v of [e.after, e.before])
      if (v && typeof v === 'object' && recordEtag(v as Record<string, unknown>) === etag) return v as Record<string, unknown>;
  }
  return undefined;
}

/**
 * Restores the record as it was after audit row `auditId` (an earlier create, edit or restore),
 * or, with `side: 'before'`, as it was just before that change (how an imported record's first
 * version comes back), as a new, audited edit.
 */
export async function restoreRecord(
  store: Store,
  actor: Actor,
  kindName: string,
  id: string,
  auditId: string,
  options: { ifMatch?: string; note?: string; side?: 'after' | 'before' },
): Promise<EditOutcome> {
  const kind = kindNamed(kindName);
  const side = options.side ?? 'after';
  const entry = (await recordAudit(store, kind.name, id)).find((e) => e.id === String(auditId) && e.action.startsWith('record.'));
  const version = entry?.[side];
  if (!version || typeof version !== 'object')
    throw new LeverageError('not_found', `no version ${side === 'before' ? 'before' : 'after'} change ${auditId} of ${kind.name} "${id}"`, {
      location: { column: 'version' },
    });
  return editRecord(store, actor, kind.name, id, version, { ifMatch: options.ifMatch, note: options.note, action: 'record.restore' });
}
