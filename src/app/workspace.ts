/**
 * Opens the store ready for use: migrated, and seeded with the shipped dataset when empty.
 * The one call the server, the CLI and the analyses' shells make.
 */
import { openStore, type Store, type StoreOptions } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import { registryIsEmpty } from '../store/registry.ts';
import { seed } from './seed.ts';

export interface ReadyStoreOptions extends StoreOptions {
  /** Seed the shipped dataset when the registry is empty. Default true. */
  seedIfEmpty?: boolean;
  /** Told what happened (migrations applied, seed loaded), for logs. */
  log?: (message: string) => void;
}

export async function openReadyStore(options: ReadyStoreOptions = {}): Promise<Store> {
  const store = await openStore(options);
  try {
    const applied = await migrate(store);
    if (applied.length) options.log?.(`applied migrations: ${applied.join(', ')}`);
    if ((options.seedIfEmpty ?? true) && (await registryIsEmpty(store))) {
      const results = await seed(store);
      options.log?.(`loaded the shipped dataset: ${results.map((r) => `${r.records} ${r.kind}`).join(', ')}`);
    }
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}
