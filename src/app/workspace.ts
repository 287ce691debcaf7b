/**
 * Opens the store ready for use: migrated, and seeded with the shipped dataset when empty.
 * The one call the server, the CLI and the analyses' shells make.
 *
 * An embedded store has one process at a time (src/store/lock.ts). When a server holds it, the
 * work is sent to that server (src/store/remote.ts), so commands run while the dashboard is up
 * and it sees their writes at once; when another command holds it, this one waits for it (up to
 * `waitMs`) and then refuses, naming the holder.
 */
import { resolve } from 'node:path';
import { LeverageError } from '../domain/errors.ts';
import { DEFAULT_DATA_DIR, openStore, type Store, type StoreOptions } from '../store/db.ts';
import { holderAlive, readLock } from '../store/lock.ts';
import { migrate } from '../store/migrate.ts';
import { registryIsEmpty } from '../store/registry.ts';
import { openRemoteStore } from '../store/remote.ts';
import { listSnapshots } from './lists.ts';
import { seed } from './seed.ts';
import { seedLists } from './seed-lists.ts';

export interface ReadyStoreOptions extends StoreOptions {
  /** Seed the shipped dataset when the registry is empty. Default true. */
  seedIfEmpty?: boolean;
  /** Load the shipped sanctions lists (data/lists) when no list snapshot is stored. Default: as `seedIfEmpty`. */
  seedListsIfEmpty?: boolean;
  /** Told what happened (migrations applied, seed loaded, waiting for a lock), for logs. */
  log?: (message: string) => void;
  /** Send the work to a server that holds the embedded store (default true; a server itself says false). */
  route?: boolean;
  /** How long to wait for another command to release the embedded store, in ms. Default `LEVERAGE_LOCK_WAIT_MS`, else 120 s. */
  waitMs?: number;
}

export async function openReadyStore(options: ReadyStoreOptions = {}): Promise<Store> {
  const store = await openOrRoute(options);
  if (store.routed) return store; // the server holding it has migrated and seeded it
  try {
    const applied = await migrate(store);
    if (applied.length) options.log?.(`applied migrations: ${applied.join(', ')}`);
    if ((options.seedIfEmpty ?? true) && (await registryIsEmpty(store))) {
      const results = await seed(store);
      options.log?.(`loaded the shipped dataset: ${results.map((r) => `${r.records} ${r.kind}`).join(', ')}`);
    }
    if ((options.seedListsIfEmpty ?? options.seedIfEmpty ?? true) && (await listSnapshots(store)).length === 0) {
      const lists = await seedLists(store);
      options.log?.(`loaded the shipped sanctions lists: ${lists.map((l) => `${l.source} ${l.published} (${l.entities})`).join(', ')}`);
    }
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}

async function openOrRoute(options: ReadyStoreOptions): Promise<Store> {
  const waitMs = options.waitMs ?? Number(process.env.LEVERAGE_LOCK_WAIT_MS ?? 120_000);
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      return await openStore(options);
    } catch (err) {
      if (!(err instanceof LeverageError) || err.code !== 'locked') throw err;
      const dir = resolve(options.dataDir ?? process.env.LEVERAGE_DATA_DIR ?? DEFAULT_DATA_DIR);
      const holder = readLock(dir);
      if (holder?.admin && holderAlive(holder)) {
        if (options.route === false) throw err;
        options.log?.(`the server (process ${holder.pid}) holds ${dir}: sending the work to it`);
        return openRemoteStore(dir, { ...holder, admin: holder.admin });
      }
      if (Date.now() - started >= waitMs) throw err;
      if (!told) {
        options.log?.(`waiting for ${err.message.replace(/^the embedded store \S+ is in use by /, '')} to release ${dir}…`);
        told = true;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
