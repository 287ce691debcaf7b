// The store's public surface: the only folder with SQL.
export { openStore, DEFAULT_DATA_DIR, type Store, type Queryable, type StoreOptions, type Row } from './db.ts';
export { migrate, listMigrations, type Migration } from './migrate.ts';
export { openReadyStore, type ReadyStoreOptions } from './open.ts';
export { importRegistryFiles, type FileResult, type ImportOptions } from './import-registry.ts';
export { seed, datasetFiles, SHIPPED_DATA_DIR } from './seed.ts';
export { loadRegistry, registryStats, registryIsEmpty, type KindStats } from './registry.ts';
