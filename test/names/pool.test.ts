/**
 * Bulk screening on worker threads (src/names-worker) gives what screening on one thread
 * gives, in query order, with the entry objects of the caller.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { buildCandidateIndex, screenName, type ScreeningEntry } from '../../src/names/index.ts';
import { ScreeningPool } from '../../src/names-worker/pool.ts';

const pairs = parse(readFileSync(new URL('../fixtures/names/pairs-excerpt.csv', import.meta.url)), { columns: true, bom: true }) as Record<string, string>[];
const entries: ScreeningEntry[] = pairs.map((p, k) => ({
  id: `e${k}`,
  schema: p.schema === 'Organization' ? 'Organization' : 'Person',
  names: [p.name1!, p.name2!],
  list: 'test',
}));

test('the worker pool screens like one thread, in order, with the caller’s entries', async () => {
  const queries = [
    ...pairs.flatMap((p) => [{ query: p.name1!, schema: p.schema }, { query: p.name2!.split(' ').reverse().join(' ') }]),
    { query: '  ' },
    { query: 'Łukašenka', limit: 1 },
  ];
  const pool = await ScreeningPool.start(entries, { threads: 2, batch: 3 });
  try {
    const got = await pool.screen(queries);
    const index = buildCandidateIndex(entries);
    assert.equal(got.length, queries.length);
    queries.forEach((q, i) => {
      const want = q.query.trim() ? screenName(index, q.query, q) : [];
      assert.deepEqual(got[i], want, q.query);
      for (const r of got[i]!)
        assert.equal(
          r.entry,
          entries.find((e) => e.id === r.id),
        );
    });
    let progress = 0;
    await pool.screen(queries.slice(0, 7), (done) => (progress = done));
    assert.equal(progress, 7);
  } finally {
    await pool.close();
  }
});
