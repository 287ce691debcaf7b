/**
 * Reads for the server and the CLI, with the rules about what a caller may see: private
 * fields (declared in src/domain/schema) and unpublished records reach editors and admins only;
 * deleted records reach them only one at a time, marked deleted. The analyses never see any of
 * these (their results are public), so `loadRegistry` always leaves them out; `getRecord` and
 * `queryRecords` keep them for an actor who may edit.
 */
import { isUnpublished, recordKindByName, withoutPrivateFields, type RecordKind } from '../domain/schema/index.ts';
import type { Registry } from '../domain/records.ts';
import type { Queryable } from '../store/db.ts';
import * as records from '../store/records-query.ts';
import { loadRegistry as loadStoredRegistry } from '../store/registry.ts';
import { ANONYMOUS, can, type Actor } from './actor.ts';

export { registryStats, type KindStats } from '../store/registry.ts';
export { getActor, listActors } from '../store/actors.ts';
export { loadTimeline, loadTimelinePage, type TimelineEntry, type TimelinePage } from '../store/timeline.ts';
export { filtersFor, type FilterSpec } from '../store/records-query.ts';
export { loadScreeningEntries } from '../store/screening.ts';
export { caseIdOfActor } from '../store/registry-writer.ts';
export { recentAudit, type AuditEntry, type StoredAuditEntry } from '../store/audit.ts';

/** Every record the analyses read, without private fields. */
export async function loadRegistry(db: Queryable): Promise<Registry> {
  const registry = await loadStoredRegistry(db);
  const strip = <T extends object>(plural: string, list: T[]) => {
    const kind = recordKindByName(plural);
    return kind ? list.map((r) => withoutPrivateFields(kind, r)) : list;
  };
  return {
    ...registry,
    releases: strip('releases', registry.releases),
    measures: strip('measures', registry.measures),
    contacts: strip('contacts', registry.contacts),
    events: strip('events', registry.events),
    observations: strip('observations', registry.observations),
  };
}

/**
 * One record by id as `actor` may see it (default: anonymous), with when and by whom it was
 * deleted; undefined when there is none, or when it is deleted or unpublished and the actor is
 * below editor (the same answer as no record: its existence is not told).
 */
export async function readRecord(db: Queryable, kind: RecordKind, id: string, actor: Actor = ANONYMOUS): Promise<records.RecordWithState | undefined> {
  const found = await records.getRecordWithState(db, kind, id);
  if (!found) return undefined;
  if (can(actor, 'edit')) return found;
  if (found.deletedAt || isUnpublished(found.record)) return undefined;
  return { record: withoutPrivateFields(kind, found.record) };
}

/** One record by id as `actor` may see it (default: anonymous), or undefined (see `readRecord`). */
export async function getRecord(db: Queryable, kind: RecordKind, id: string, actor: Actor = ANONYMOUS): Promise<Record<string, unknown> | undefined> {
  return (await readRecord(db, kind, id, actor))?.record;
}

/** A page of records as `actor` may see them (default: anonymous). */
export async function queryRecords(db: Queryable, kind: RecordKind, q: records.RecordQuery, actor: Actor = ANONYMOUS): Promise<records.RecordPage> {
  const page = await records.queryRecords(db, kind, { ...q, unpublished: can(actor, 'edit') });
  return can(actor, 'edit') ? page : { ...page, items: page.items.map((r) => withoutPrivateFields(kind, r)) };
}
