/**
 * The audit log's SQL: one append per use case (what was done, by whom, with a summary), on top
 * of the per-record before/after rows the registry writer adds itself.
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
}

/** Appends an entry inside the caller's transaction. */
export async function appendAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit (actor, action, record_kind, record_id, before, after) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)', [
    entry.actor,
    entry.action,
    entry.recordKind ?? null,
    entry.recordId ?? null,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  ]);
}

/** The latest audit entries, newest first (for tests and `leverage audit`). */
export async function recentAudit(db: Queryable, limit = 50): Promise<(AuditEntry & { id: string; at: string })[]> {
  const rows = await db.query<{
    id: string;
    at: string;
    actor: string;
    action: string;
    record_kind: string | null;
    record_id: string | null;
    before: unknown;
    after: unknown;
  }>('SELECT id::text AS id, at::text AS at, actor, action, record_kind, record_id, before, after FROM audit ORDER BY id DESC LIMIT $1', [limit]);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    ...(r.record_kind ? { recordKind: r.record_kind } : {}),
    ...(r.record_id ? { recordId: r.record_id } : {}),
    before: r.before ?? undefined,
    after: r.after ?? undefined,
  }));
}
