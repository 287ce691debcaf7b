/**
 * The update schedule: off unless asked; intervals parsed with a clear error; once started it runs
 * after `after` settles and again each interval; two schedules on one store never run at once
 * (runOnce), so the second reports a skipped run. Served file: the OFAC advanced XML sample.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listSnapshots, parseInterval, scheduleListUpdates, type Store } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

let store: Store;
let server: FixtureServer;
let sourcesFile: string;
let dir: string;
before(async () => {
  store = await openTestStore('lists_update_schedule');
  server = await startFixtureServer();
  server.set(
    '/sdn_advanced.xml',
    readFileSync(new URL('../fixtures/lists/ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml', import.meta.url)),
  );
  dir = mkdtempSync(join(tmpdir(), 'leverage-schedule-'));
  sourcesFile = join(dir, 'sources.json');
  writeFileSync(
    sourcesFile,
    JSON.stringify({ sources: [{ id: 'sdn', source: 'us-ofac-sdn', files: [{ url: server.url('/sdn_advanced.xml'), name: 'sdn_advanced.xml' }] }] }),
  );
});
after(async () => {
  await server.close();
  await store.close();
});

test('intervals: 30m, 6h, 1d; empty or off is no schedule; anything else names the flag', () => {
  assert.equal(parseInterval('30m', 'x'), 1_800_000);
  assert.equal(parseInterval('6h', 'x'), 21_600_000);
  assert.equal(parseInterval('1d', 'x'), 86_400_000);
  assert.equal(parseInterval(undefined, 'x'), undefined);
  assert.equal(parseInterval('off', 'x'), undefined);
  assert.throws(() => parseInterval('6 hours', '--update-lists-every'), /--update-lists-every 6 hours/);
  assert.throws(() => parseInterval('0h', '--update-lists-every'), /expected|--update-lists-every/);
});

test('a schedule runs after its start signal, then each interval; a second one on the same store skips while the first runs', async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const logs: string[][] = [[], []];
  const options = (i: number) => ({ everyMs: 150, after: gate, sourcesFile, rawDir: join(dir, 'raw'), env: {}, log: (m: string) => logs[i]!.push(m) });
  const stopA = scheduleListUpdates(store, options(0));
  const stopB = scheduleListUpdates(store, options(1));
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(server.log.length, 0, 'nothing runs before the start signal');
  release();
  for (let i = 0; i < 200 && server.log.length < 3; i++) await new Promise((r) => setTimeout(r, 50));
  await stopA();
  await stopB();
  const all = [...logs[0]!, ...logs[1]!];
  assert.ok(
    all.some((m) => /^lists update: imported sdn/.test(m)),
    all.join('\n'),
  );
  assert.ok(
    all.some((m) => /^lists update: unchanged sdn: not modified \(304\)/.test(m)),
    all.join('\n'),
  );
  assert.ok(
    all.some((m) => /another process is updating the lists; skipped/.test(m)),
    all.join('\n'),
  );
  assert.equal((await listSnapshots(store)).length, 1);
  const after = server.log.length;
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(server.log.length, after, 'stopped schedules fetch nothing more');
});
