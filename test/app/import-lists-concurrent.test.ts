/**
 * Two imports of the same list file at once (issue 13): on PostgreSQL both can find no snapshot
 * with the file's hash, and the second insert then breaks the unique key. The loser gets a
 * `conflict` that says what happened, not the driver's raw `duplicate key` error.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LeverageError } from '../../src/domain/errors.ts';
import { importListFiles } from '../../src/app/index.ts';
import type { Queryable, Store } from '../../src/store/db.ts';
import { openStore } from '../../src/store/db.ts';
import { onPostgres, openTestStore, testSchema, TEST_ACTOR } from '../helpers/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'leverage-concurrent-import-'));
const sdn = (n: number) =>
  Array.from({ length: n }, (_, i) => `${1000 + i},"PERSON ${i}","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`).join('');

let store: Store;
before(async () => (store = await openTestStore('lists_concurrent')));
after(() => store.close());

const isConcurrentImport = (err: unknown) => {
  assert.ok(err instanceof LeverageError, `raw error: ${(err as Error)?.message}`);
  assert.equal(err.code, 'conflict');
  assert.match(err.message, /this file is being imported, or was just imported, by another process/);
  assert.match(err.location?.file ?? '', /sdn-/);
  return true;
};

test('the loser of a race on the same file gets a conflict naming the file (race replayed)', async () => {
  const file = join(dir, 'sdn-replay.csv');
  writeFileSync(file, sdn(3));
  await importListFiles(store, TEST_ACTOR, [file], { asOf: '2024-01-01' });
  // Replay the race: the other process's snapshot is not yet visible when this one looks for it.
  const racing: Store = {
    ...store,
    transaction: (work) => store.transaction((tx) => work(hidingSnapshots(tx))),
  };
  await assert.rejects(importListFiles(racing, TEST_ACTOR, [file], { asOf: '2024-01-01' }), isConcurrentImport);
});

function hidingSnapshots(tx: Queryable): Queryable {
  return {
    ...tx,
    query: (sql, params) => (/FROM list_snapshot WHERE content_hash/.test(sql) ? Promise.resolve([]) : tx.query(sql, params)),
  } as Queryable;
}

test('two processes importing one file on PostgreSQL: one imports, the other is told why it stopped', {
  skip: !onPostgres && 'PostgreSQL only (PGlite has one writer)',
}, async () => {
  const other = await openStore({ schema: testSchema('lists_concurrent') });
  try {
    let conflicts = 0;
    for (let round = 0; round < 4; round++) {
      const file = join(dir, `sdn-race-${round}.csv`);
      writeFileSync(file, sdn(400 + round));
      const outcomes = await Promise.allSettled([store, other].map((s) => importListFiles(s, TEST_ACTOR, [file], { asOf: '2024-02-01' })));
      for (const o of outcomes) if (o.status === 'rejected' && isConcurrentImport(o.reason)) conflicts++;
      assert.ok(
        outcomes.some((o) => o.status === 'fulfilled' && !o.value[0]!.skipped),
        'one of them imports',
      );
    }
    assert.ok(conflicts > 0, 'the race happened at least once in four rounds');
  } finally {
    await other.close();
  }
});
