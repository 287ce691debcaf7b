// The store's public surface: the only folder with SQL.
export { openStore, DEFAULT_DATA_DIR, type Store, type Queryable, type StoreOptions, type Row } from './db.ts';
export { migrate, listMigrations, type Migration } from './migrate.ts';
export { loadRegistry, registryStats, registryIsEmpty, type KindStats } from './registry.ts';
export { appendAudit, recentAudit, type AuditEntry } from './audit.ts';
export { runOnce, type RunOnceOutcome } from './run-once.ts';
