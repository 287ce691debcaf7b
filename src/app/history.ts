/**
 * Use case: a record's history, from the audit log. Everyone sees that the record changed, when,
 * and how (created, edited, restored, re-imported); editors and admins also see who, the note,
 * and the fields that changed with their values before and after. `record.delete` and
 * `record.undelete` rows mark a deletion by an admin and its reversal.
 */
import { LeverageError } from '../domain/errors.ts';
import { recordAudit } from '../store/audit.ts';
import type { Store } from '../store/db.ts';
import { readRecord } from './read.ts';
import { can, type Actor } from './actor.ts';
import { changedFields, kindNamed } from './edit.ts';

export interface HistoryEntry {
  /** The audit row: name it to restore the version it wrote. */
  version: string;
  at: string;
  /** `record.create`, `record.edit`, `record.restore`, or `update` (a re-import changed it). */
  action: string;
  actor?: string;
  note?: string;
  changed?: Record<string, { before?: unknown; after?: unknown }>;
}

/** Columns a re-import's audit row carries that a record does not show. */
const STORE_ONLY = new Set(['date_start', 'date_end', 'source_id', 'origin', 'actor_id', 'deleted_at', 'deleted_by']);

function shown(v: unknown): Record<string, unknown> | undefined {
  if (!v || typeof v !== 'object') return undefined;
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([k, x]) => !STORE_ONLY.has(k) && x !== null));
}

/**
 * The history of one record, oldest first. Below editor, a record that is deleted or unpublished
 * (or absent) has no history to show: `not_found`, as for its page.
 */
export async function recordHistory(store: Store, actor: Actor, kindName: string, id: string): Promise<HistoryEntry[]> {
  const kind = kindNamed(kindName);
  const editor = can(actor, 'edit');
  if (!editor && !(await readRecord(store, kind, id, actor)))
    throw new LeverageError('not_found', `no ${kind.name} with id "${id}"`, { location: { column: 'id' } });
  return (await recordAudit(store, kind.name, id)).map((e) => ({
    version: e.id,
    at: e.at,
    action: e.action,
    ...(editor ? { actor: e.actor, ...(e.note ? { note: e.note } : {}), changed: changedFields(shown(e.before), shown(e.after)) } : {}),
  }));
}
