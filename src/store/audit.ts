/**
 * The audit log's SQL: one append per use case (what was done, by whom, with a summary and the
 * editor's note), on top of the per-record before/after rows the registry writer adds itself.
 * Every row joins a hash chain as it is inserted (a trigger, migration 0004), so the rows written
 * here and those written by the registry writer are chained the same way; this file only reads
 * the chain back for `verify` and `checkpoint`.
 */
import type { Queryable } from './db.ts';

/** One audit entry. `before`/`after` are stored as JSON. */
export interface AuditEntry {
  actor: string;
  action: string;
  recordKind?: string;
  recordId?: string;
  before?: unknown;
  after?: unknown;
  /** The editor's note: why the change was made. */
  note?: string;
}

/** A stored entry with its place in the log. */
export interface StoredAuditEntry extends AuditEntry {
  id: string;
  at: string;
  hash: string;
}

/** Appends an entry inside the caller's transaction. */
export async function appendAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit (actor, action, record_kind, record_id, before, after, note) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)', [
    entry.actor,
    entry.action,
    entry.recordKind ?? null,
    entry.recordId ?? null,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
    entry.note ?? null,
  ]);
}

interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  record_kind: string | null;
  record_id: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
  hash: string | null;
}

// Ordered by `audit.id`: a bare `id` would sort by the text alias ("9" after "10").
const COLUMNS = 'id::text AS id, at::text AS at, actor, action, record_kind, record_id, before, after, note, hash';

function toEntry(r: AuditRow): StoredAuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    hash: r.hash ?? '',
    ...(r.record_kind ? { recordKind: r.record_kind } : {}),
    ...(r.record_id ? { recordId: r.record_id } : {}),
    before: r.before ?? undefined,
    after: r.after ?? undefined,
    ...(r.note ? { note: r.note } : {}),
  };
}

/** The latest audit entries, newest first (for tests and `leverage audit`). */
export async function recentAudit(db: Queryable, limit = 50): Promise<StoredAuditEntry[]> {
  const rows = await db.query<AuditRow & Record<string, unknown>>(`SELECT ${COLUMNS} FROM audit ORDER BY audit.id DESC LIMIT $1`, [limit]);
  return rows.map(toEntry);
}

/** Every entry about one record, oldest first. */
export async function recordAudit(db: Queryable, recordKind: string, recordId: string): Promise<StoredAuditEntry[]> {
  const rows = await db.query<AuditRow & Record<string, unknown>>(`SELECT ${COLUMNS} FROM audit WHERE record_kind = $1 AND record_id = $2 ORDER BY audit.id`, [
    recordKind,
    recordId,
  ]);
  return rows.map(toEntry);
}

/** One page of the chain as stored (`hash`) beside the hash recomputed from the row and the previous stored hash (`expected`). */
export interface ChainLink {
  id: string;
  hash: string | null;
  expected: string;
}

/**
 * The chain after row `afterId`, `limit` rows, each row recomputed against the stored hash of
 * the row before it (`prevHash` for the first). The recomputation is the same SQL function the
 * insert trigger uses.
 */
export async function auditChainPage(db: Queryable, afterId: string, prevHash: string | null, limit: number): Promise<ChainLink[]> {
  return db.query<ChainLink & Record<string, unknown>>(
    `SELECT id::text AS id, hash,
            audit_row_hash(CASE WHEN row_number() OVER w = 1 THEN $2::text ELSE lag(hash) OVER w END,
                           id, at, actor, action, record_kind, record_id, before, after, note) AS expected
     FROM (SELECT * FROM audit WHERE id > $1::bigint ORDER BY id LIMIT $3::int) a
     WINDOW w AS (ORDER BY a.id) ORDER BY a.id`,
    [afterId, prevHash, limit],
  );
}

/** The newest row's id and hash, or undefined for an empty log. */
export async function auditHead(db: Queryable): Promise<{ id: string; hash: string; at: string } | undefined> {
  const [r] = await db.query<{ id: string; hash: string; at: string }>('SELECT id::text AS id, hash, at::text AS at FROM audit ORDER BY audit.id DESC LIMIT 1');
  return r;
}

/** The stored hash of row `id`, or undefined when there is no such row. */
export async function auditHashAt(db: Queryable, id: string): Promise<string | undefined> {
  const [r] = await db.query<{ hash: string }>('SELECT hash FROM audit WHERE id = $1::bigint', [id]);
  return r?.hash;
}
