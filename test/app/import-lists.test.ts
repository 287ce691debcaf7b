/**
 * The sanctions-list repository on PGlite in memory (or PostgreSQL schema `test_lists` when
 * DATABASE_URL is set): import, re-import no-op, all-or-nothing batches, and the real 2019 → 2023
 * OFAC sdn.csv diff of the Belarus programmes. One store for the whole file (opening costs ~3 s).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LeverageError } from '../../src/domain/errors.ts';
import { deriveMeasures, diffDesignations } from '../../src/analysis/list-diff/index.ts';
import { SHIPPED_PROGRAMMES as BELARUS_PROGRAMMES } from '../helpers/country.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { importListFiles } from '../../src/app/index.ts';
import { TEST_ACTOR } from '../helpers/store.ts';
import { listsRepository } from '../../src/store/lists.ts';
import { migrate } from '../../src/store/migrate.ts';

const fx = (name: string) => fileURLToPath(new URL(`../fixtures/lists/${name}`, import.meta.url));
const SET19 = [
  'ofac-sdn-csv__moov-io_watchman__sdn.csv',
  'ofac-add-csv__moov-io_watchman__add.csv',
  'ofac-alt-csv__moov-io_watchman__alt.csv',
  'ofac-sdn-comments-csv__moov-io_watchman__sdn_comments.csv',
].map(fx);
const SET23 = [
  'ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv',
  'ofac-add-csv__loudringphone_sancbook__sdn_address_2023-01_reserialised.csv',
].map(fx);

let store: Store;
before(async () => {
  if (process.env.DATABASE_URL) {
    const admin = await openStore();
    await admin.exec('DROP SCHEMA IF EXISTS test_lists CASCADE');
    await admin.close();
    store = await openStore({ schema: 'test_lists' });
  } else store = await openStore({ dataDir: ':memory:' });
  await migrate(store);
});
after(async () => store?.close());

const count = async (table: string) => Number((await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

test('import: an OFAC CSV set is one snapshot with counts, kinds and programmes', async () => {
  const [r] = await importListFiles(store, TEST_ACTOR, SET19, { asOf: '2019-01-15' });
  assert.equal(r.skipped, false);
  assert.equal(r.format, 'ofac-csv');
  assert.equal(r.published, '2019-01-15');
  assert.equal(r.entities, 7379);
  assert.equal(r.names, 7379 + 9682 + 2026 + 11); // primary + alt.csv rows + weak + f.k.a. in remarks
  assert.deepEqual(r.by_kind, { organisation: 2994, person: 3845, vessel: 323, aircraft: 217 });
  assert.equal(r.by_programme.BELARUS, 25);
  assert.equal(await count('designation_name'), r.names);
});

test('re-importing the identical set is a no-op', async () => {
  const before = await count('designation');
  const [r] = await importListFiles(store, TEST_ACTOR, SET19, { asOf: '2019-01-15' });
  assert.equal(r.skipped, true);
  assert.equal(await count('designation'), before);
  assert.equal(await count('list_snapshot'), 1);
});

test('a failed file in a batch leaves nothing behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lists-'));
  const bad = join(dir, 'bad.xml');
  writeFileSync(bad, '<?xml version="1.0"?><!DOCTYPE sdnList [<!ENTITY x "y">]><sdnList></sdnList>');
  const snapshots = await count('list_snapshot');
  const designations = await count('designation');
  await assert.rejects(
    importListFiles(store, TEST_ACTOR, [fx('un-sc-xml__perchrh_sanction_list_search__consolidated.xml'), bad]),
    (e: unknown) => e instanceof LeverageError && e.location?.file === bad,
  );
  assert.equal(await count('list_snapshot'), snapshots);
  assert.equal(await count('designation'), designations);
});

test('XML and JSON-lines formats import too (UN 2018, EU, UK, FtM + delta on top)', async () => {
  const results = await importListFiles(store, TEST_ACTOR, [
    fx('un-sc-xml__perchrh_sanction_list_search__consolidated.xml'),
    fx('eu-fsf-xml__GSmiguel_sanctions_lists_etl__sample_eu_fsf.xml'),
    fx('uk-fcdo-xml__GSmiguel_sanctions_lists_etl__sample_uk_sanctions.xml'),
    fx('opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json'),
    fx('opensanctions-delta-jsonl__opensanctions_yente__t2_20240528134729-3iv_entities.delta.json'),
  ]);
  assert.deepEqual(
    results.map((r) => [r.source, r.entities]),
    [
      ['un-sc', 1093],
      ['eu-fsf', 5],
      ['gb-fcdo', 5],
      ['opensanctions', 6],
      ['opensanctions', 7],
    ],
  );
});

test('2019 → 2023 diff of BELARUS and BELARUS-EO14038 from the store', async () => {
  const [r23] = await importListFiles(store, TEST_ACTOR, SET23, { asOf: '2023-01-21' });
  const repo = listsRepository(store);
  const [a, b] = await repo.latestPair('us-ofac-sdn');
  assert.equal(b.id, r23.snapshot);
  assert.deepEqual(b.missing, ['names']);
  const summary: Record<string, number[]> = {};
  for (const programme of ['BELARUS', 'BELARUS-EO14038']) {
    const diff = diffDesignations(a, await repo.loadDesignations(a.id, { programme }), b, await repo.loadDesignations(b.id, { programme }), { programme });
    summary[programme] = [diff.designated.length, diff.delisted.length, diff.amended.length, diff.unchanged];
    const measures = deriveMeasures(diff, BELARUS_PROGRAMMES);
    await repo.saveMeasures(measures);
  }
  assert.deepEqual(summary, { BELARUS: [48, 0, 3, 22], 'BELARUS-EO14038': [91, 0, 0, 0] });
  const measures = await store.query<{ programme: string; action: string; target_count: number; date: string }>(
    'SELECT programme, action, target_count, date FROM list_measure ORDER BY programme',
  );
  assert.deepEqual(
    measures.map((m) => [m.programme, m.action, Number(m.target_count), m.date]),
    [
      ['BELARUS', 'expand', 48, '2023-01-21'],
      ['BELARUS-EO14038', 'impose', 91, '2023-01-21'],
    ],
  );
});
