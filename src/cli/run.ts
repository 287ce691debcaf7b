/**
 * Shared plumbing for commands: run with a store that is always closed, print errors as
 * `file:line:column: message` and exit 1.
 */
import { LeverageError } from '../domain/errors.ts';
import { loadRegistry, openReadyStore, operator, type Actor, type ReadyStoreOptions, type Store } from '../app/index.ts';
import type { Registry } from '../domain/records.ts';

/** Opens a migrated store (not seeded unless asked), runs `work`, closes the store whatever happens. */
export async function withStore<T>(work: (store: Store) => Promise<T>, options: ReadyStoreOptions = {}): Promise<T> {
  const store = await openReadyStore({ seedIfEmpty: false, log: (m) => console.error(m), ...options });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Runs `work` on the registry; an empty store is seeded with the shipped data first, so a fresh
 * checkout has something to analyse or simulate.
 */
export function withRegistry<T>(work: (registry: Registry) => T | Promise<T>): Promise<T> {
  return withStore(async (store) => work(await loadRegistry(store)), { seedIfEmpty: true, seedListsIfEmpty: false, log: () => undefined });
}

/** The person at the terminal, as the audit log names them: `--actor`, else the login name. */
export function cliActor(name = process.env.USER ?? ''): Actor {
  return operator(name || 'cli');
}

/** Prints an error for a human and sets a failing exit code. */
export function reportError(err: unknown): void {
  if (err instanceof LeverageError) console.error(`error: ${err.describe()}`);
  else console.error(`error: ${(err as Error)?.stack ?? String(err)}`);
  process.exitCode = 1;
}
