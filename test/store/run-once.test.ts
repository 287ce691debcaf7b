/** runOnce: a job named once runs in one process/connection at a time across every process on the database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/db.ts';
import { runOnce } from '../../src/store/run-once.ts';
import { onPostgres, openTestStore, testSchema } from '../helpers/store.ts';

function gate(): { open: () => void; wait: Promise<void> } {
  let open!: () => void;
  const wait = new Promise<void>((r) => (open = r));
  return { open, wait };
}

test('while one holder runs a job, a second caller skips it; afterwards it runs again', async () => {
  const a = await openTestStore('run_once');
  // On PostgreSQL a second store is a second connection pool, as a second server process has.
  const b = onPostgres ? await openStore({ schema: testSchema('run_once') }) : a;
  try {
    const release = gate();
    const started = gate();
    let runs = 0;
    const first = runOnce(a, 'lists.update', async () => {
      runs++;
      started.open();
      await release.wait;
      return (await a.query<{ n: number }>('SELECT 1 AS n'))[0]!.n; // the job may use the store
    });
    await started.wait;
    const second = await runOnce(b, 'lists.update', async () => runs++);
    assert.deepEqual(second, { ran: false });
    const other = await runOnce(b, 'news.watch', async () => 'other job');
    assert.deepEqual(other, { ran: true, value: 'other job' }, 'another job name is not blocked');
    release.open();
    assert.deepEqual(await first, { ran: true, value: 1 });
    assert.deepEqual(await runOnce(b, 'lists.update', async () => 'again'), { ran: true, value: 'again' });
    assert.equal(runs, 1);
  } finally {
    if (b !== a) await b.close();
    await a.close();
  }
});

test('ten callers at once on separate connections: exactly one runs the job', {
  skip: onPostgres ? false : 'DATABASE_URL is unset: PGlite has one process per store',
}, async () => {
  const stores = await Promise.all(Array.from({ length: 10 }, () => openStore({ schema: testSchema('run_once') })));
  try {
    let runs = 0;
    const outcomes = await Promise.all(
      stores.map((s) =>
        runOnce(s, 'schedule.tick', async () => {
          runs++;
          await new Promise((r) => setTimeout(r, 300));
        }),
      ),
    );
    assert.equal(runs, 1);
    assert.equal(outcomes.filter((o) => o.ran).length, 1);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});
