/**
 * `lists update` end to end against a real local HTTP server serving the UN consolidated list of
 * 2018-10-29 (test/fixtures/lists), and an edited copy of it: first fetch imports, the second gets a
 * 304 and imports nothing, new content is imported and its changes printed per programme; a 500, a
 * truncated body and a slow server are refused with the source and URL named, nothing imported.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeUpdate, listSnapshots, recentListChanges, updateLists, type Store } from '../../src/app/index.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';
import { editedUn, startFixtureServer, type FixtureServer, UN } from './fixture-server.ts';

let store: Store;
let server: FixtureServer;
let dir: string;
let sourcesFile: string;

before(async () => {
  store = await openTestStore('lists_update');
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'leverage-lists-update-'));
  server.set('/un.xml', UN);
  server.set('/broken.xml', UN, 'error500');
  server.set('/cut.xml', UN, 'truncate');
  server.set('/slow.xml', UN, 'slow');
  sourcesFile = join(dir, 'sources.json');
  const file = (id: string, path: string) => ({ id, source: 'un-sc', label: id, files: [{ url: server.url(path), name: 'consolidated.xml' }] });
  writeFileSync(
    sourcesFile,
    JSON.stringify({
      sources: [
        file('un', '/un.xml'),
        { ...file('broken', '/broken.xml'), enabled: false },
        { ...file('cut', '/cut.xml'), enabled: false },
        { ...file('slow', '/slow.xml'), enabled: false },
      ],
    }),
  );
});
after(async () => {
  await server.close();
  await store.close();
});

const update = (names: string[] = [], extra = {}) => updateLists(store, TEST_ACTOR, { names, sourcesFile, rawDir: join(dir, 'raw'), env: {}, ...extra });

test('the first fetch imports the list and keeps the raw file with its sha256', async () => {
  const out = await update();
  assert.equal(out.ran, true);
  const [un] = out.sources;
  assert.equal(un?.status, 'imported', un?.detail);
  assert.equal(un.published, '2018-10-29');
  assert.ok(un.entities! > 900);
  assert.equal(un.changes, undefined, 'nothing to compare on the first snapshot');
  const kept = un.files![0]!;
  assert.ok(existsSync(kept.file));
  assert.equal(readFileSync(kept.file, 'utf8'), UN);
  assert.match(readFileSync(join(kept.file, '..', 'SHA256SUMS'), 'utf8'), new RegExp(`^${kept.sha256}  consolidated.xml`));
  assert.equal((await listSnapshots(store)).length, 1);
});

test('the second fetch sends the ETag, gets 304 and imports nothing', async () => {
  const out = await update();
  const [un] = out.sources;
  assert.equal(un?.status, 'unchanged');
  assert.match(un.detail!, /304/);
  const last = server.log.filter((r) => r.path === '/un.xml').at(-1)!;
  assert.equal(last.status, 304);
  assert.ok(last.headers['if-none-match']);
  assert.equal((await listSnapshots(store)).length, 1);
});

test('a 500 is a clear error naming the source and URL; nothing imported', async () => {
  const out = await update(['broken']);
  const [b] = out.sources;
  assert.equal(b?.status, 'failed');
  assert.match(b.detail!, /^broken: http:\/\/127\.0\.0\.1:\d+\/broken\.xml: the server answered 500/);
  assert.equal((await listSnapshots(store)).length, 1);
});

test('a truncated body (shorter than Content-Length) is refused; nothing imported', async () => {
  const [c] = (await update(['cut'])).sources;
  assert.equal(c?.status, 'failed');
  assert.match(c.detail!, /cut\.xml: truncated: received \d+ of the \d+ bytes announced/);
  assert.equal((await listSnapshots(store)).length, 1);
  assert.equal(existsSync(join(dir, 'raw', 'cut', 'incoming', 'consolidated.xml.partial')), false, 'the partial file is removed');
});

test('a slow server times out with the URL named; nothing imported', async () => {
  const started = Date.now();
  const [s] = (await update(['slow'], { timeoutMs: 300 })).sources;
  assert.equal(s?.status, 'failed');
  assert.match(s.detail!, /slow\.xml: no complete answer within 0\.3 s \(timed out\)/);
  assert.ok(Date.now() - started < 5000);
  assert.equal((await listSnapshots(store)).length, 1);
});

test('new content (a changed checksum) is imported and its changes summarised per programme', async () => {
  server.set('/un.xml', editedUn());
  const [un] = (await update()).sources;
  assert.equal(un?.status, 'imported', un?.detail);
  assert.equal(un.published, '2018-11-05');
  assert.ok(un.changes);
  assert.equal(un.changes.designated, 0);
  assert.equal(un.changes.delisted, 1);
  assert.equal(un.changes.amended, 1);
  const [programme] = Object.keys(un.changes.byProgramme);
  assert.deepEqual(un.changes.byProgramme[programme!], { designated: 0, delisted: 1, amended: 1 });
  const printed = describeUpdate(un).join('\n');
  assert.match(printed, /designated 0, delisted 1, amended 1/);
  assert.match(printed, new RegExp(`${programme}: \\+0 -1 ~1`));
  const changes = await recentListChanges(store);
  assert.deepEqual(changes.map((c) => [c.change, c.source_id]).sort(), [
    ['amended', '6908570'],
    ['delisted', '6908555'],
  ]);
  assert.equal((await listSnapshots(store)).length, 2);
});

test('the same bytes from a server that ignores validators are recognised by their checksum', async () => {
  server.mode('/un.xml', 'no-validators');
  const [un] = (await update()).sources;
  assert.equal(server.log.at(-1)?.status, 200);
  assert.equal(un?.status, 'unchanged');
  assert.equal(un.detail, 'same checksum');
  assert.equal((await listSnapshots(store)).length, 2);
});

test('content already stored as a snapshot (another URL, same file) is reported unchanged', async () => {
  server.set('/copy.xml', editedUn());
  const sources = JSON.parse(readFileSync(sourcesFile, 'utf8')) as { sources: { files: { url: string }[] }[] };
  sources.sources[0]!.files[0]!.url = server.url('/copy.xml');
  const other = join(dir, 'sources-copy.json');
  writeFileSync(other, JSON.stringify(sources));
  const [un] = (await updateLists(store, TEST_ACTOR, { names: ['un'], sourcesFile: other, rawDir: join(dir, 'raw'), env: {} })).sources;
  assert.equal(un?.status, 'unchanged');
  assert.match(un.detail!, /already stored as snapshot un-sc-/);
  assert.equal((await listSnapshots(store)).length, 2);
});
