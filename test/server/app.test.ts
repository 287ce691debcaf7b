import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { seed } from '../../src/app/index.ts';
import { loadRegistry } from '../../src/store/registry.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importRegistryFiles } from '../../src/app/index.ts';
import { runAnalysis } from '../../src/analysis/index.ts';

let store: Store;
let app: FastifyInstance;
before(async () => {
  store = await openTestStore('server_app');
  await seed(store);
  app = await buildApp({ store, cacheCheckMs: 0 });
});
after(async () => {
  await app.close();
  await store.close();
});

test('GET /api/health answers with the engine; /api/v1/stats counts the records', async () => {
  const res = await app.inject('/api/health');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.status, 'ok');
  assert.equal(body.engine, store.engine);
  const stats = (await app.inject('/api/v1/stats')).json();
  assert.equal(stats.releases.count, 33); // the shipped releases.csv (33 rows since the five Ukrainians of 29 June 2024)
});

test('cached responses are served until an import changes the data', async () => {
  const first = await app.inject('/api/v1/releases?limit=1000');
  const again = await app.inject('/api/v1/releases?limit=1000');
  assert.equal(again.headers['x-cache'], 'hit');
  assert.equal(again.body, first.body);
  const dir = mkdtempSync(join(tmpdir(), 'leverage-cache-'));
  const file = join(dir, 'one.csv');
  writeFileSync(
    file,
    'id,date,count,count_basis,mode,source_url,publisher,evidence\nrel-test-1,2026-04-01,3,reported,pardon,https://example.org/r,Example,Three people freed.\n',
  );
  await importRegistryFiles(store, TEST_ACTOR, [file]);
  const fresh = await app.inject('/api/v1/releases?limit=1000');
  assert.notEqual(fresh.headers['x-cache'], 'hit');
  assert.equal(fresh.json().items.length, first.json().items.length + 1);
});

test('the timeline page lists every shipped release, measure and contact with its source', async () => {
  const res = await app.inject('/timeline');
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /text\/html/);
  const { releases, measures, contacts } = await loadRegistry(store);
  for (const r of [...releases, ...measures, ...contacts]) assert.ok(res.body.includes(`data-id="${r.id}"`), r.id);
  assert.ok(res.body.includes('href="https://'), 'sources are linked');
});

test('unknown routes answer with problem+json', async () => {
  const res = await app.inject('/api/v1/nothing-here');
  assert.equal(res.statusCode, 404);
  assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
  assert.equal(res.json().status, 404);
});

test('the API is browsable at /api/docs from bundled assets (no CDN)', async () => {
  const page = await app.inject('/api/docs');
  assert.equal(page.statusCode, 200);
  assert.match(page.headers['content-type'] as string, /text\/html/);
  assert.doesNotMatch(page.body, /https?:\/\/(cdn|unpkg|cdnjs)/);
  const bundle = await app.inject('/api/docs/static/swagger-ui-bundle.js');
  assert.equal(bundle.statusCode, 200);
});

test('analyses of one data version load and prepare the registry once; an import reloads it', async () => {
  const before = app.registryCache.stats();
  const refill = await app.inject('/api/v1/analysis/refill?from=2024-01-01&to=2025-12-31');
  const ledger = await app.inject('/api/v1/analysis/ledger?window=45');
  const flows = await app.inject('/api/v1/analysis/flows?window=quarter');
  for (const res of [refill, ledger, flows]) assert.equal(res.statusCode, 200, res.body);
  const mid = app.registryCache.stats();
  assert.ok(mid.loads - before.loads <= 1, 'at most one load for three analyses');
  assert.ok(mid.preparations - before.preparations <= 1, 'at most one preparation for three analyses');
  // The kept context gives what a fresh load and preparation give.
  const fresh = runAnalysis('ledger', await loadRegistry(store), { window: '45' });
  assert.deepEqual(ledger.json(), JSON.parse(JSON.stringify(fresh)));
  // An import moves the data version: the next analysis reloads and sees the new release.
  const dir = mkdtempSync(join(tmpdir(), 'leverage-registry-cache-'));
  const file = join(dir, 'one.csv');
  writeFileSync(
    file,
    'id,date,count,count_basis,mode,source_url,publisher,evidence\nrel-cache-1,2025-06-15,4,reported,pardon,https://example.org/r,Example,Four people freed.\n',
  );
  await importRegistryFiles(store, TEST_ACTOR, [file]);
  const after = await app.inject('/api/v1/analysis/refill?from=2024-01-01&to=2025-12-31');
  assert.equal(app.registryCache.stats().loads, mid.loads + 1);
  assert.equal(app.registryCache.stats().preparations, mid.preparations + 1);
  assert.ok(after.json().replacement.some((r: { release_id: string }) => r.release_id === 'rel-cache-1'));
  assert.ok(!refill.json().replacement.some((r: { release_id: string }) => r.release_id === 'rel-cache-1'));
});
