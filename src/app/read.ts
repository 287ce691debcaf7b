/**
 * Reads for the server and the CLI, with the one rule about what a caller may see: private
 * fields (declared in src/domain/schema) reach editors and admins only. The analyses never see
 * them (their results are public), so `loadRegistry` always leaves them out; `getRecord` and
 * `queryRecords` keep them for an actor who may edit.
 */
import { recordKindByName, withoutPrivateFields, type RecordKind } from '../domain/schema/index.ts';
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

/** One record by id as `actor` may see it (default: anonymous), or undefined. */
export async function getRecord(db: Queryable, kind: RecordKind, id: string, actor: Actor = ANONYMOUS): Promise<Record<string, unknown> | undefined> {
  const record = await records.getRecord(db, kind, id);
  return record && (can(actor, 'edit') ? record : withoutPrivateFields(kind, record));
}

/** A page of records as `actor` may see them (default: anonymous). */
export async function queryRecords(db: Queryable, kind: RecordKind, q: records.RecordQuery, actor: Actor = ANONYMOUS): Promise<records.RecordPage> {
  const page = await records.queryRecords(db, kind, q);
  return can(actor, 'edit') ? page : { ...page, items: page.items.map((r) => withoutPrivateFields(kind, r)) };
}
