import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/db.ts';
import { importRegistryFiles, SHIPPED_DATA_DIR } from '../../src/app/index.ts';
import { loadRegistry } from '../../src/store/registry.ts';
import { parseDatasetProfile } from '../../src/domain/index.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';

let store: Store;
before(async () => (store = await openTestStore('dataset_profile')));
after(() => store.close());

const shipped = JSON.parse(readFileSync(join(SHIPPED_DATA_DIR, 'dataset.json'), 'utf8'));

function folder(profile: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'leverage-profile-'));
  copyFileSync(join(SHIPPED_DATA_DIR, 'observations.csv'), join(dir, 'observations.csv'));
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(profile));
  return dir;
}

test('a dataset.json beside the imported files is stored, and comes back with the registry', async () => {
  assert.equal((await loadRegistry(store)).profile, undefined, 'no profile before any import');
  const dir = folder(shipped);
  const results = await importRegistryFiles(store, TEST_ACTOR, [join(dir, 'observations.csv')]);
  assert.deepEqual(
    results.map((r) => [r.kind, r.inserted]),
    [
      ['observations', 166],
      ['dataset profile', 1],
    ],
  );
  assert.deepEqual((await loadRegistry(store)).profile, parseDatasetProfile(shipped));
  // Named among the files, changed: replaced (one profile per country code).
  const changed = { ...shipped, report: { ...shipped.report, replacement_months: ['2025-12'] } };
  const again = await importRegistryFiles(store, TEST_ACTOR, [join(folder(changed), 'dataset.json')]);
  assert.deepEqual(
    again.map((r) => [r.kind, r.updated]),
    [['dataset profile', 1]],
  );
  assert.deepEqual((await loadRegistry(store)).profile!.report.replacement_months, ['2025-12']);
});

test('an invalid dataset.json fails the whole import, naming the file and the field', async () => {
  const dir = folder({ ...shipped, backtest: { cut: '2024-06', to: '2026-03' } });
  const [before] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM audit');
  await assert.rejects(
    importRegistryFiles(store, TEST_ACTOR, [join(dir, 'observations.csv')]),
    (err: Error & { code?: string; location?: { file?: string } }) => {
      assert.equal(err.code, 'invalid_value');
      assert.match(err.message, /backtest\.cut: a day such as/);
      assert.equal(err.location?.file, join(dir, 'dataset.json'));
      return true;
    },
  );
  const [after] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM audit');
  assert.equal(after!.n, before!.n);
});
