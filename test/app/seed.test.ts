import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Store } from '../../src/store/db.ts';
import { seed, SHIPPED_DATA_DIR } from '../../src/app/index.ts';
import { loadRegistry, registryStats } from '../../src/store/registry.ts';
import { RECORD_KINDS } from '../../src/domain/schema/index.ts';
import { openTestStore } from '../helpers/store.ts';
import { csvRowCount } from '../helpers/csv.ts';

let store: Store;
before(async () => (store = await openTestStore('seed')));
after(() => store.close());

test('seed loads every shipped row, and stats count what the CSV files hold', async () => {
  const results = await seed(store);
  const stats = await registryStats(store);
  for (const kind of RECORD_KINDS) {
    const rows = csvRowCount(join(SHIPPED_DATA_DIR, kind.file));
    assert.equal(stats[kind.plural]!.count, rows, `${kind.plural}: ${kind.file} has ${rows} rows`);
    assert.equal(results.find((r) => r.kind === kind.plural)!.inserted, rows);
  }
  assert.equal(stats.releases!.from, '2020-10-01', 'month-precision release 2020-10 starts on the 1st');
  assert.ok(stats.sources!.count > 100, 'each row keeps its source');
});

test('a second seed changes nothing', async () => {
  const before = await loadRegistry(store);
  const [audit0] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM audit');
  const results = await seed(store);
  for (const r of results) assert.deepEqual([r.inserted, r.updated, r.unchanged], [0, 0, r.records], r.file);
  assert.deepEqual(await loadRegistry(store), before);
  const [audit1] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit WHERE action = 'update'`);
  assert.equal(Number(audit1!.n), 0);
  assert.ok(Number(audit0!.n) >= 1);
});

test('records come back in the domain shape with their citation', async () => {
  const { releases, observations } = await loadRegistry(store);
  const sept = releases.find((r) => r.id === 'rel-2025-09-11')!;
  assert.equal(sept.count, 52);
  assert.ok(Array.isArray(sept.notable_people) && sept.notable_people.includes('Mikola Statkevich'));
  assert.match(sept.source_url, /^https?:\/\//);
  assert.equal('date_start' in sept, false, 'store-internal columns are not leaked');
  const first = observations.find((o) => o.id === 'BY-0001')!;
  assert.deepEqual([first.metric, first.value, first.period_start], ['current', 25, undefined]);
});
