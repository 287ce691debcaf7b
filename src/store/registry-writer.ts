/**
 * Writes validated registry records in batches inside a caller's transaction: sources first,
 * then the records, upserted by stable id. A record whose values did not change is left alone
 * (so a second seed changes nothing); a changed record is updated and its before/after goes to
 * the audit log.
 */
import type { RecordKind } from '../domain/schema/index.ts';
import { parseEdtf } from '../domain/types/edtf-date.ts';
import type { ParsedRecord } from '../domain/records.ts';
import type { Queryable } from './db.ts';
import { columnsFor, tableFor, type Column } from './tables.ts';

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Rows per statement: large enough to amortise the round trip, small enough to stream. */
export const BATCH_ROWS = 5000;

/** Extra columns derived from a record: its source, date span and (for cases) its actor. */
function derivedColumns(kind: RecordKind, sourceIds: WeakMap<object, string>): Column[] {
  const cols: Column[] = [{ name: 'source_id', sqlType: 'text', value: (r) => sourceIds.get(r) }];
  if (kind.fields.some((f) => f.name === 'date')) {
    // One parse per record for both columns (a seed of a million rows reads each date once).
    const span = new WeakMap<object, { start: string; end: string }>();
    const spanOf = (r: Record<string, unknown>) => {
      let s = span.get(r);
      if (!s) span.set(r, (s = parseEdtf(String(r.date))!));
      return s;
    };
    cols.push({ name: 'date_start', sqlType: 'text', value: (r) => spanOf(r).start }, { name: 'date_end', sqlType: 'text', value: (r) => spanOf(r).end });
  }
  if (kind.name === 'case') cols.push({ name: 'actor_id', sqlType: 'text', value: (r) => caseActorId(String(r.id)) });
  return cols;
}

/** The actor behind a case: one per case until deduplication merges people. */
export function caseActorId(caseId: string): string {
  return `${CASE_ACTOR_PREFIX}${caseId}`;
}

const CASE_ACTOR_PREFIX = 'actor-case-';

/** The case behind an actor created by `caseActorId`, or undefined for other actors. */
export function caseIdOfActor(actorId: string): string | undefined {
  return actorId.startsWith(CASE_ACTOR_PREFIX) ? actorId.slice(CASE_ACTOR_PREFIX.length) : undefined;
}

/** The ISO 15924 code of a name's script (`Cyrl`, `Latn`), from the names core; the store does not detect scripts itself. */
export type ScriptOf = (value: string) => string | undefined;

/**
 * Writes one batch of records of one kind (callers split streams with `BATCH_ROWS`). With
 * `audit: false` the per-record audit rows are left to the caller (an edit writes its own, with
 * the editor's note and the record as the API shows it). An import keeps the private fields a
 * record has when its file leaves them empty (an editor's note, an `unpublished` flag set in the
 * dashboard survive re-importing the public file); an edit (`replacePrivate`) sets them all.
 */
export async function writeBatch(
  tx: Queryable,
  kind: RecordKind,
  batch: ParsedRecord[],
  actor: string,
  scriptOf: ScriptOf,
  options: { audit?: boolean; replacePrivate?: boolean } = {},
): Promise<WriteCounts> {
  if (!batch.length) return { inserted: 0, updated: 0, unchanged: 0 };
  await writeSources(tx, batch);
  if (kind.name === 'case') await writeCaseActors(tx, batch, scriptOf);
  const sourceIds = new WeakMap<object, string>(batch.map((p) => [p.record, p.source.id]));
  const cols = columnsFor(kind, derivedColumns(kind, sourceIds));
  const table = tableFor(kind);
  // The batch travels as one JSON parameter expanded by jsonb_to_recordset: one parameter per
  // statement whatever the batch size, parsed by the server in C rather than bound one by one.
  const rows = batch.map((p) => {
    const row: Record<string, unknown> = {};
    for (const c of cols) row[c.name] = c.sqlType === 'jsonb' ? jsonOrNull(p.record[c.name]) : c.value(p.record);
    return row;
  });
  const names = cols.map((c) => c.name).join(', ');
  const shape = cols.map((c) => `${c.name} ${c.sqlType}`).join(', ');
  const kept = new Set(options.replacePrivate ? [] : kind.fields.filter((f) => f.private).map((f) => f.name));
  const incoming = (c: string) => (kept.has(c) ? `coalesce(EXCLUDED.${c}, t.${c})` : `EXCLUDED.${c}`);
  const assign = cols
    .filter((c) => c.name !== 'id')
    .map((c) => `${c.name} = ${incoming(c.name)}`)
    .join(', ');
  const changed = `(${cols.map((c) => `t.${c.name}`).join(', ')}) IS DISTINCT FROM (${cols.map((c) => incoming(c.name)).join(', ')})`;
  const sql = `
    WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${shape})),
    old AS (SELECT t.id, to_jsonb(t.*) AS before FROM ${table} t JOIN input USING (id)),
    up AS (
      INSERT INTO ${table} AS t (${names}) SELECT ${names} FROM input
      ON CONFLICT (id) DO UPDATE SET ${assign} WHERE ${changed}
      RETURNING t.id, (t.xmax = 0) AS inserted, CASE WHEN t.xmax = 0 THEN NULL ELSE to_jsonb(t.*) END AS after),
    aud AS (
      INSERT INTO audit (actor, action, record_kind, record_id, before, after)
      SELECT $2, 'update', $3, up.id, old.before, up.after
      FROM up JOIN old USING (id) WHERE NOT up.inserted AND $4::boolean)
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;
  const params: unknown[] = [JSON.stringify(rows), actor, kind.name, options.audit ?? true];
  const [r] = await tx.query<{ inserted: number; updated: number }>(sql, params);
  if (kind.name === 'case') await writeRecognitions(tx, batch);
  const inserted = Number(r?.inserted ?? 0);
  const updated = Number(r?.updated ?? 0);
  return { inserted, updated, unchanged: batch.length - inserted - updated };
}

/** A list value as JSON (inside the batch document), or null. */
function jsonOrNull(v: unknown): unknown {
  return v === undefined ? null : v;
}

async function writeSources(tx: Queryable, batch: ParsedRecord[]): Promise<void> {
  const unique = [...new Map(batch.map((p) => [p.source.id, p.source])).values()];
  await tx.query(
    `INSERT INTO source (id, url, publisher, published)
     SELECT id, url, publisher, published FROM jsonb_to_recordset($1::jsonb) AS x(id text, url text, publisher text, published text)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(unique.map((s) => ({ id: s.id, url: s.url, publisher: s.publisher, published: s.published ?? null })))],
  );
}

/** Each case has a person: an actor with the case's spellings as names. */
async function writeCaseActors(tx: Queryable, batch: ParsedRecord[], scriptOf: ScriptOf): Promise<void> {
  const actors: { id: string; name: string }[] = [];
  const names: { id: string; actor_id: string; value: string; kind: string; script: string | null }[] = [];
  for (const { record } of batch) {
    const id = caseActorId(String(record.id));
    actors.push({ id, name: String(record.person) });
    const spellings = [String(record.person), ...((record.person_names as string[] | undefined) ?? [])];
    for (const [i, value] of spellings.entries()) {
      names.push({ id: `${id}-n${i}`, actor_id: id, value, kind: i === 0 ? 'primary' : 'alias', script: scriptOf(value) ?? null });
    }
  }
  await tx.query(
    `INSERT INTO actor (id, kind, primary_name) SELECT id, 'person', name FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text)
     ON CONFLICT (id) DO UPDATE SET primary_name = EXCLUDED.primary_name WHERE actor.primary_name IS DISTINCT FROM EXCLUDED.primary_name`,
    [JSON.stringify(actors)],
  );
  await tx.query(
    `INSERT INTO actor_name (id, actor_id, value, kind, script)
     SELECT id, actor_id, value, kind, script FROM jsonb_to_recordset($1::jsonb) AS x(id text, actor_id text, value text, kind text, script text)
     ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value, script = EXCLUDED.script WHERE actor_name.value IS DISTINCT FROM EXCLUDED.value`,
    [JSON.stringify(names)],
  );
}

/**
 * Recognition per counter: each name in a case's `recognised_by` becomes a `case_recognition`
 * row (status recognised, the case's `recognised_on`, the case's source). Runs after the cases
 * are written (the rows reference them); counters dropped from a re-imported row are removed.
 */
async function writeRecognitions(tx: Queryable, batch: ParsedRecord[]): Promise<void> {
  const rows = batch.flatMap(({ record, source }) =>
    ((record.recognised_by as string[] | undefined) ?? []).map((org) => ({
      case_id: String(record.id),
      source_org: org,
      date: (record.recognised_on as string | undefined) ?? null,
      source_id: source.id,
    })),
  );
  await tx.query(
    `DELETE FROM case_recognition r USING jsonb_array_elements_text($1::jsonb) AS c(id)
     WHERE r.case_id = c.id AND NOT (r.source_org = ANY (SELECT x->>'source_org' FROM jsonb_array_elements($2::jsonb) x WHERE x->>'case_id' = c.id))`,
    [JSON.stringify(batch.map((p) => String(p.record.id))), JSON.stringify(rows)],
  );
  if (!rows.length) return;
  await tx.query(
    `INSERT INTO case_recognition (case_id, source_org, status, date, source_id)
     SELECT case_id, source_org, 'recognised', date, source_id FROM jsonb_to_recordset($1::jsonb) AS x(case_id text, source_org text, date text, source_id text)
     ON CONFLICT (case_id, source_org) DO UPDATE SET date = EXCLUDED.date, source_id = EXCLUDED.source_id`,
    [JSON.stringify(rows)],
  );
}
