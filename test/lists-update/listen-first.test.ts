/**
 * The first start on an empty store listens before the shipped lists are loaded: the server
 * answers at once (`/api/v1/lists/status` says `loading`, `/api/health` answers), the lists load in
 * the background through the same audited write path, and screening finds a listed name after.
 * A lists directory holding the shipped OFAC SDN set of 2019 and the UN list of 2018-10-29 stands in
 * for data/lists (same manifest form).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../src/server/start.ts';
import { onPostgres, openTestStore, testSchema } from '../helpers/store.ts';

const SHIPPED = fileURLToPath(new URL('../../data/lists/', import.meta.url));
const UN_FILE = fileURLToPath(new URL('../fixtures/lists/un-sc-xml__perchrh_sanction_list_search__consolidated.xml', import.meta.url));
let close: () => Promise<void>;
let base: string;
const logged: string[] = [];
let listenedAt = 0;

before(async () => {
  if (onPostgres) {
    await (await openTestStore('lists_listen_first', { migrated: false })).close(); // drops the schema
    process.env.LEVERAGE_PG_SCHEMA = testSchema('lists_listen_first');
  } else process.env.LEVERAGE_DATA_DIR = mkdtempSync(join(tmpdir(), 'leverage-first-start-'));
  const listsDir = mkdtempSync(join(tmpdir(), 'leverage-first-lists-'));
  // The shipped OFAC SDN set of 2019 first: seconds of loading, so the first question surely finds it loading.
  const ofac = ['sdn', 'add', 'alt', 'sdn_comments'].map((f) => relative(listsDir, join(SHIPPED, `ofac-sdn_2019-01-15_${f}.csv`)));
  const snapshots = [
    { files: ofac, source: 'us-ofac-sdn', as_of: '2019-01-15' },
    { files: [relative(listsDir, UN_FILE)], source: 'un-sc' },
  ];
  writeFileSync(join(listsDir, 'lists.json'), JSON.stringify({ snapshots }));
  close = await serve({
    port: 0,
    host: '127.0.0.1',
    dashboard: false,
    listsDir,
    log: (m) => {
      logged.push(m);
      if (m.startsWith('Leverage is running')) listenedAt = Date.now();
    },
  });
  base = /open (http:\/\/\S+?)\/?$/.exec(logged.find((m) => m.startsWith('Leverage is running'))!)![1]!;
});
after(async () => {
  await close();
  delete process.env.LEVERAGE_DATA_DIR;
  delete process.env.LEVERAGE_PG_SCHEMA;
});

test('the server answers while the shipped lists are loading', async () => {
  const status = (await (await fetch(`${base}/api/v1/lists/status`)).json()) as { state: string; total?: number; loaded: unknown[] };
  assert.equal(status.state, 'loading');
  assert.equal(status.total, 2);
  assert.deepEqual(status.loaded, []);
  const health = await fetch(`${base}/api/health`);
  assert.equal(health.status, 200);
  assert.ok(logged.some((m) => m.startsWith('loading the shipped sanctions lists in the background')));
});

test('the lists finish loading through the audited write path, and screening finds a listed name', async () => {
  let status: { state: string; loaded: { source: string; published: string; entities: number }[] } = { state: 'loading', loaded: [] };
  for (let i = 0; i < 1800 && status.state === 'loading'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`${base}/api/v1/lists/status`);
    if (res.status === 503) continue; // shed while the machine is busy: the server's load policy, asked again
    status = (await res.json()) as typeof status;
  }
  assert.equal(status.state, 'ready', JSON.stringify(status));
  assert.deepEqual(
    status.loaded.map((l) => [l.source, l.published]),
    [
      ['us-ofac-sdn', '2019-01-15'],
      ['un-sc', '2018-10-29'],
    ],
  );
  assert.ok(Date.now() - listenedAt > 0);
  const snapshots = (await (await fetch(`${base}/api/v1/snapshots`)).json()) as { items: unknown[]; loading?: boolean };
  assert.equal(snapshots.items.length, 2);
  assert.equal(snapshots.loading, undefined);
  const res = await fetch(`${base}/api/v1/screen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Ri Won Ho' }),
  });
  assert.equal(res.status, 200);
  const { results } = (await res.json()) as { results: { name: string; list_source?: string }[] };
  assert.ok(
    results.some((r) => r.list_source === 'un-sc' && /RI WON HO/i.test(r.name.replace(/\s+/g, ' '))),
    JSON.stringify(results.slice(0, 3)),
  );
});
