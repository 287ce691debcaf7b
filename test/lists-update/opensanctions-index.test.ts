/**
 * An OpenSanctions source is fetched by its dataset index: the index's `version` names and dates
 * the snapshot, a second run with the same version fetches nothing more, and a broken index is
 * refused naming the index URL and the field. Served file: yente's t1 `entities.ftm.json` fixture.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listSnapshots, updateLists, type Store } from '../../src/app/index.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

let store: Store;
let server: FixtureServer;
let options: Parameters<typeof updateLists>[2];
before(async () => {
  store = await openTestStore('lists_update_opensanctions');
  server = await startFixtureServer();
  server.set(
    '/artifacts/20240528074703-npf/entities.ftm.json',
    readFileSync(new URL('../fixtures/lists/opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json', import.meta.url)),
  );
  const index = {
    name: 't1',
    version: '20240528074703-npf',
    resources: [{ name: 'entities.ftm.json', url: '/artifacts/20240528074703-npf/entities.ftm.json' }],
  };
  server.set('/datasets/latest/t1/index.json', JSON.stringify(index));
  server.set('/broken/index.json', JSON.stringify({ name: 't1', resources: [] }));
  const dir = mkdtempSync(join(tmpdir(), 'leverage-os-index-'));
  const sourcesFile = join(dir, 'sources.json');
  writeFileSync(
    sourcesFile,
    JSON.stringify({
      sources: [
        { id: 'os-t1', source: 'opensanctions', index: server.url('/datasets/latest/t1/index.json') },
        { id: 'os-broken', source: 'opensanctions', enabled: false, index: server.url('/broken/index.json') },
      ],
    }),
  );
  options = { sourcesFile, rawDir: join(dir, 'raw'), env: {} };
});
after(async () => {
  await server.close();
  await store.close();
});

test('the index version names the file and dates the snapshot', async () => {
  const [os] = (await updateLists(store, TEST_ACTOR, options)).sources;
  assert.equal(os?.status, 'imported', os?.detail);
  assert.equal(os.published, '2024-05-28');
  assert.match(os.files![0]!.file, /\/os-t1\/20240528074703-npf\/entities\.ftm\.json$/);
  const [snapshot] = await listSnapshots(store);
  assert.equal(snapshot?.version, '20240528074703-npf');
});

test('the same version again fetches only the index', async () => {
  const before = server.log.length;
  const [os] = (await updateLists(store, TEST_ACTOR, options)).sources;
  assert.equal(os?.status, 'unchanged');
  assert.equal(os.detail, 'index version 20240528074703-npf already fetched');
  assert.deepEqual(
    server.log.slice(before).map((r) => r.path),
    ['/datasets/latest/t1/index.json'],
  );
});

test('an index without a version is refused, naming the URL and the field', async () => {
  const [b] = (await updateLists(store, TEST_ACTOR, { ...options, names: ['os-broken'] })).sources;
  assert.equal(b?.status, 'failed');
  assert.match(b.detail!, /^os-broken: http:\/\/127\.0\.0\.1:\d+\/broken\/index\.json: the dataset index has no version/);
  assert.equal((await listSnapshots(store)).length, 1);
});
