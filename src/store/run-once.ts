/**
 * "Run once across processes" for scheduled jobs (list updates, news watching): several server
 * processes on one PostgreSQL each fire their schedule, and only the one that takes the job's
 * advisory lock runs it; the others skip it at once. The lock is transaction-scoped, so it lives
 * on one connection and is released when the job ends or its process dies. PGlite has one process
 * per store (src/store/lock.ts) and one connection, which a held transaction would block for the
 * job itself: there the guard is a set of the jobs running in this process.
 *
 *   const outcome = await runOnce(store, 'lists.update', () => updateLists(store));
 *   if (!outcome.ran) log('another process is updating the lists');
 */
import type { Store } from './db.ts';

const runningHere = new WeakMap<Store, Set<string>>();

export type RunOnceOutcome<T> = { ran: true; value: T } | { ran: false };

/** Runs `job` unless another connection to this database is running the job named `name`. */
export async function runOnce<T>(store: Store, name: string, job: () => Promise<T>): Promise<RunOnceOutcome<T>> {
  if (store.engine !== 'postgres') {
    const running = runningHere.get(store) ?? new Set<string>();
    runningHere.set(store, running);
    if (running.has(name)) return { ran: false };
    running.add(name);
    try {
      return { ran: true, value: await job() };
    } finally {
      running.delete(name);
    }
  }
  return store.transaction(async (tx) => {
    const [row] = await tx.query<{ taken: boolean }>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS taken', [`leverage:job:${name}`]);
    if (!row?.taken) return { ran: false };
    return { ran: true, value: await job() };
  });
}
