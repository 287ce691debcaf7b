/**
 * A source's first `lists update` is compared with what the store already holds of the same list
 * (the shipped snapshot, or one imported by hand): the UN list of 2018-10-29 is imported first, the
 * fixture server then serves the edited list of 2018-11-05, and the first update reports and
 * records its changes against that snapshot. A sample of the list, a newer snapshot or another
 * list is never taken as the base.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importListFiles, recentListChanges, updateLists, type Store } from '../../src/app/index.ts';
import { baseSnapshot } from '../../src/app/lists-update.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';
import { editedUn, startFixtureServer, type FixtureServer, UN } from './fixture-server.ts';

let store: Store;
let server: FixtureServer;
let dir: string;
let shipped: string;

before(async () => {
  store = await openTestStore('lists_update_first');
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'leverage-lists-first-'));
  writeFileSync(join(dir, 'consolidated.xml'), UN);
  const [first] = await importListFiles(store, TEST_ACTOR, [join(dir, 'consolidated.xml')]);
  shipped = first!.snapshot;
  server.set('/un.xml', editedUn());
  writeFileSync(
    join(dir, 'sources.json'),
    JSON.stringify({ sources: [{ id: 'un', source: 'un-sc', label: 'UN', files: [{ url: server.url('/un.xml'), name: 'consolidated.xml' }] }] }),
  );
});
after(async () => {
  await server.close();
  await store.close();
});

test('the first update of a source is diffed against the stored snapshot of the same list', async () => {
  const out = await updateLists(store, TEST_ACTOR, { sourcesFile: join(dir, 'sources.json'), rawDir: join(dir, 'raw'), env: {} });
  const [un] = out.sources;
  assert.equal(un?.status, 'imported', un?.detail);
  assert.equal(un.published, '2018-11-05');
  assert.ok(un.changes, 'changes against the stored snapshot');
  assert.equal(un.changes.snapshotA, shipped);
  assert.equal(un.changes.snapshotB, un.snapshot);
  assert.deepEqual([un.changes.designated, un.changes.delisted, un.changes.amended], [0, 1, 1]);
  const recorded = await recentListChanges(store);
  assert.deepEqual(recorded.map((c) => [c.change, c.source_id]).sort(), [
    ['amended', '6908570'],
    ['delisted', '6908555'],
  ]);
  const [audit] = await store.query<{ details: { previous: string } }>(
    "SELECT after AS details FROM audit WHERE action = 'lists.update' ORDER BY id DESC LIMIT 1",
  );
  assert.equal(audit?.details.previous, shipped);
});

test('the base is the latest older complete snapshot of the same list: not newer ones, not samples', async () => {
  const newest = (await store.query<{ id: string }>("SELECT id FROM list_snapshot WHERE published = '2018-11-05'"))[0]!.id;
  assert.equal(await baseSnapshot(store, newest), shipped);
  // Nothing is older than the oldest.
  assert.equal(await baseSnapshot(store, shipped), null);
  // A one-entry excerpt of the list, dated between them, is a sample: passed over.
  const one = UN.replace(/<INDIVIDUAL>[\s\S]*<\/INDIVIDUAL>/, (all) => all.slice(0, all.indexOf('</INDIVIDUAL>') + '</INDIVIDUAL>'.length))
    .replace(/<ENTITY>[\s\S]*<\/ENTITY>/, '')
    .replace('dateGenerated="2018-10-29T19:09:49.856-04:00"', 'dateGenerated="2018-11-01T10:00:00.000-04:00"');
  writeFileSync(join(dir, 'excerpt.xml'), one);
  const [excerpt] = await importListFiles(store, TEST_ACTOR, [join(dir, 'excerpt.xml')]);
  assert.ok(excerpt && excerpt.entities < 10, `an excerpt: ${excerpt?.entities}`);
  assert.equal(await baseSnapshot(store, newest), shipped);
  assert.equal(await baseSnapshot(store, 'no-such-snapshot'), null);
});
