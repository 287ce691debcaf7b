/**
 * Reads for the server and the CLI. Public data needs no permission today, so these pass the
 * store's read functions through; the shells still import them from here, so that when private
 * fields and unpublished records arrive the filtering has one place to live.
 */
export { loadRegistry, registryStats, type KindStats } from '../store/registry.ts';
export { getActor, listActors } from '../store/actors.ts';
export { loadTimeline, loadTimelinePage, type TimelineEntry, type TimelinePage } from '../store/timeline.ts';
export { filtersFor, getRecord, queryRecords, type FilterSpec } from '../store/records-query.ts';
export { loadScreeningEntries } from '../store/screening.ts';
export { caseIdOfActor } from '../store/registry-writer.ts';
export { recentAudit, type AuditEntry } from '../store/audit.ts';
