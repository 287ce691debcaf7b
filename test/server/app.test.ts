import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { seed } from '../../src/store/seed.ts';
import { loadRegistry } from '../../src/store/registry.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
let app: FastifyInstance;
before(async () => {
  store = await openTestStore('server_app');
  await seed(store);
  app = await buildApp({ store });
});
after(async () => {
  await app.close();
  await store.close();
});

test('GET /api/health answers with the engine and record counts', async () => {
  const res = await app.inject('/api/health');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.status, 'ok');
  assert.equal(body.engine, store.engine);
  assert.equal(body.records.releases, 32);
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
