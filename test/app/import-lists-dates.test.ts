/**
 * Snapshots with certain dates, through the store and the use cases (issue 17, part 1): an undated
 * import is refused, the default diff compares the two latest complete snapshots of one list even
 * after a dated sample of the same list, snapshots can be re-dated and removed (audited), and
 * OpenSanctions deltas chain onto each other in version order.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { currentSnapshots } from '../../src/analysis/list-diff/index.ts';
import { LeverageError } from '../../src/domain/errors.ts';
import type { Store } from '../../src/store/db.ts';
import {
  diffSnapshots,
  importListFiles,
  listSnapshots,
  loadScreeningEntries,
  removeSnapshot,
  saveDiffMeasures,
  setSnapshotDate,
  snapshotDesignations,
} from '../../src/app/index.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';

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
const ADVANCED_SAMPLE = fx('ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml');
const T1 = fx('opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json');
const DELTAS = ['20240527194702-wnk', '20240528014702-pfh', '20240528074703-npf', '20240528134729-3iv'].map((v) =>
  fx(`opensanctions-delta-jsonl__opensanctions_yente__t2_${v}_entities.delta.json`),
);

let store: Store;
before(async () => {
  store = await openTestStore('lists_dates');
});
after(async () => store?.close());

/** Entries of BELARUS that also carry BELARUS-EO14038 (counted once by the wide filter). */
const overlap = (rows: { programmes: string[] }[]) => rows.filter((d) => d.programmes.includes('BELARUS-EO14038')).length;
const count = async (sql: string, params: unknown[] = []) => Number((await store.query<{ n: number }>(sql, params))[0].n);

test('an OFAC CSV set without --as-of is refused before anything is written, naming the flag', async () => {
  await assert.rejects(
    importListFiles(store, TEST_ACTOR, SET19),
    (e: unknown) => e instanceof LeverageError && /--as-of/.test(e.message) && e.code === 'invalid_value',
  );
  assert.equal(await count('SELECT count(*)::int AS n FROM list_snapshot'), 0);
});

let s19 = '';
let s23 = '';
let sample = '';
test('the default diff after a dated 4-entity sample still compares OFAC SDN 2019 → 2023, and says so', async () => {
  [{ snapshot: s19 }] = await importListFiles(store, TEST_ACTOR, SET19, { asOf: '2019-01-15' });
  [{ snapshot: s23 }] = await importListFiles(store, TEST_ACTOR, SET23, { asOf: '2023-01-21' });
  const [adv] = await importListFiles(store, TEST_ACTOR, [ADVANCED_SAMPLE]);
  sample = adv.snapshot;
  assert.equal(adv.source, 'us-ofac-sdn');
  assert.equal(adv.published, '2026-09-09'); // the file's DateOfIssue
  assert.equal(adv.entities, 4);

  const diff = await diffSnapshots(store, { programme: 'BELARUS', exact: true });
  assert.deepEqual([diff.a.id, diff.b.id], [s19, s23]);
  assert.deepEqual([diff.designated.length, diff.delisted.length, diff.amended.length], [48, 0, 3]);
  // Without --exact, BELARUS takes its sub-programme BELARUS-EO14038: the union of both exact diffs.
  const eo = await diffSnapshots(store, { programme: 'BELARUS-EO14038', exact: true });
  const wide = await diffSnapshots(store, { programme: 'BELARUS' });
  const ids = (d: typeof diff) => [...new Set([...d.designated, ...d.amended].map((e) => e.sourceId))].sort();
  assert.equal(eo.designated.length, 91);
  assert.deepEqual(ids(wide), [...new Set([...ids(diff), ...ids(eo)])].sort());
  assert.deepEqual(Object.keys(wide.programmeCounts.b).sort(), ['BELARUS', 'BELARUS-EO14038']);
  assert.equal(
    (await snapshotDesignations(store, s23, { programme: 'BELARUS' })).length,
    73 + 91 - overlap(await snapshotDesignations(store, s23, { programme: 'BELARUS', exact: true })),
  );
  assert.match(diff.pair.reason, /two latest complete snapshots of us-ofac-sdn/);
  assert.ok(diff.pair.reason.includes(s19) && diff.pair.reason.includes(s23));
  assert.deepEqual(
    diff.pair.skipped.map((s) => s.id),
    [sample],
  );
  assert.match(diff.pair.skipped[0].reason, /sample: 4 entities against 11\d{3}/);

  // Screening and export use the latest complete snapshot of the list, never the sample.
  assert.deepEqual(
    currentSnapshots(await listSnapshots(store)).map((s) => s.id),
    [s23],
  );
  const screened = new Set((await loadScreeningEntries(store)).map((e) => (e as { snapshotId?: string }).snapshotId).filter(Boolean));
  assert.deepEqual([...screened], [s23]);

  // A pair with the sample, given explicitly, is diffed with a warning, and no measures are derived from it.
  const forced = await diffSnapshots(store, { a: s23, b: sample });
  assert.equal(forced.delisted.length > 11000, true);
  assert.match(forced.pair.warnings.join(' '), new RegExp(`${sample}: a sample`));
  await assert.rejects(saveDiffMeasures(store, TEST_ACTOR, forced, { toleranceDays: 7 }), /no measures from snapshot .*sample/);
  assert.equal(await count('SELECT count(*)::int AS n FROM list_measure'), 0);
});

test('a sample declared complete counts as a publication of its list', async () => {
  const all = await listSnapshots(store);
  const declared = all.map((s) => (s.id === sample ? { ...s, sample: false } : s));
  assert.deepEqual(
    currentSnapshots(declared).map((s) => s.id),
    [sample],
  );
});

test('snapshots set-date re-orders the snapshots, audited; remove deletes a snapshot with its rows, audited', async () => {
  const moved = await setSnapshotDate(store, TEST_ACTOR, s19, '2024-06-01');
  assert.equal(moved.published, '2024-06-01');
  let diff = await diffSnapshots(store, { source: 'us-ofac-sdn' });
  assert.deepEqual([diff.a.id, diff.b.id], [s23, s19]);
  await setSnapshotDate(store, TEST_ACTOR, s19, '2019-01-15');
  diff = await diffSnapshots(store, { source: 'us-ofac-sdn' });
  assert.deepEqual([diff.a.id, diff.b.id], [s19, s23]);
  const audits = await store.query<{ after: { before: string; after: string } }>(
    `SELECT after FROM audit WHERE action = 'lists.snapshot.set-date' ORDER BY id`,
  );
  assert.deepEqual(
    audits.map((a) => [a.after.before, a.after.after]),
    [
      ['2019-01-15', '2024-06-01'],
      ['2024-06-01', '2019-01-15'],
    ],
  );
  await assert.rejects(setSnapshotDate(store, TEST_ACTOR, s19, '15/01/2019'), /date 15\/01\/2019/);

  await removeSnapshot(store, TEST_ACTOR, sample);
  assert.equal(await count('SELECT count(*)::int AS n FROM list_snapshot WHERE id = $1', [sample]), 0);
  assert.equal(await count('SELECT count(*)::int AS n FROM designation WHERE snapshot_id = $1', [sample]), 0);
  assert.equal(await count('SELECT count(*)::int AS n FROM designation_name WHERE snapshot_id = $1', [sample]), 0);
  assert.equal(await count(`SELECT count(*)::int AS n FROM audit WHERE action = 'lists.snapshot.remove'`), 1);
  await assert.rejects(removeSnapshot(store, TEST_ACTOR, sample), (e: unknown) => e instanceof LeverageError && e.code === 'not_found');
});

test('t1 + four t2 deltas, given out of order, chain in version order: 9 entities, NK-500Poltergeist deleted', async () => {
  const results = await importListFiles(store, TEST_ACTOR, [T1, DELTAS[3], DELTAS[1], DELTAS[0], DELTAS[2]]);
  assert.deepEqual(
    results.map((r) => [r.published, r.entities]),
    [
      ['2024-03-28', 6],
      ['2024-05-27', 8],
      ['2024-05-28', 9],
      ['2024-05-28', 8],
      ['2024-05-28', 9],
    ],
  );
  const rows = await listSnapshots(store);
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Each delta's base is the snapshot before it.
  for (let i = 1; i < results.length; i++) assert.equal(byId.get(results[i].snapshot)?.base_snapshot, results[i - 1].snapshot);
  const last = results.at(-1)!.snapshot;
  const ids = (await snapshotDesignations(store, last)).map((d) => d.sourceId);
  assert.equal(ids.length, 9);
  assert.equal(ids.includes('NK-500Poltergeist'), false);
  // The delete-only delta is dated by its version, and the chain's last snapshot is the list's current one.
  assert.equal(byId.get(results[3].snapshot)?.version, '20240528074703-npf');
  assert.ok(currentSnapshots(rows).some((s) => s.id === last));
  // Re-applying an older delta on top of the chain is refused.
  await assert.rejects(importListFiles(store, TEST_ACTOR, [DELTAS[0]]), /not newer than its base/);
});

test('a delta whose path has no version needs --as-of', async () => {
  const { mkdtempSync, copyFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const plain = join(mkdtempSync(join(tmpdir(), 'delta-')), 'entities.delta.json');
  copyFileSync(DELTAS[2], plain);
  await assert.rejects(importListFiles(store, TEST_ACTOR, [plain]), (e: unknown) => e instanceof LeverageError && /--as-of/.test(e.message));
});

test('programme filters: a tag and its sub-programmes unless exact; a trailing * is a prefix', async () => {
  const { programmeMatches } = await import('../../src/analysis/list-diff/index.ts');
  assert.equal(programmeMatches('BELARUS-EO14038', 'BELARUS'), true);
  assert.equal(programmeMatches('BELARUS', 'BELARUS'), true);
  assert.equal(programmeMatches('BELARUSX', 'BELARUS'), false);
  assert.equal(programmeMatches('BELARUS-EO14038', 'BELARUS', true), false);
  assert.equal(programmeMatches('IRAN-HR', 'IRAN*'), true);
});
