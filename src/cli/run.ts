/**
 * Shared plumbing for commands: run with a store that is always closed, print errors as
 * `file:line:column: message` and exit 1.
 */
import { LeverageError } from '../domain/errors.ts';
import { openReadyStore, type ReadyStoreOptions } from '../store/open.ts';
import type { Store } from '../store/db.ts';

/** Opens a migrated store (not seeded unless asked), runs `work`, closes the store whatever happens. */
export async function withStore<T>(work: (store: Store) => Promise<T>, options: ReadyStoreOptions = {}): Promise<T> {
  const store = await openReadyStore({ seedIfEmpty: false, log: (m) => console.error(m), ...options });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Prints an error for a human and sets a failing exit code. */
export function reportError(err: unknown): void {
  if (err instanceof LeverageError) console.error(`error: ${err.describe()}`);
  else console.error(`error: ${(err as Error)?.stack ?? String(err)}`);
  process.exitCode = 1;
}
