/** The response cache: keyed on the negotiated representation, bounded in bytes (least recently used goes first). */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { seed } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
before(async () => {
  store = await openTestStore('server_response_cache');
  await seed(store);
});
after(() => store.close());

async function withApp(cacheBytes: number | undefined, run: (app: FastifyInstance) => Promise<void>): Promise<void> {
  const app = await buildApp({ store, dashboard: false, ...(cacheBytes ? { cacheBytes } : {}) });
  try {
    await run(app);
  } finally {
    await app.close();
  }
}

test('300 distinct Accept headers make two entries (JSON and CSV), not 300', async () => {
  await withApp(undefined, async (app) => {
    const url = '/api/v1/releases?limit=1000';
    for (let i = 0; i < 300; i++) {
      const accept = i % 2 ? `application/json;q=0.${i}` : `text/csv, */*;q=0.${i}`;
      const res = await app.inject({ url, headers: { accept } });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), i % 2 ? /json/ : /csv/);
      if (i >= 2) assert.equal(res.headers['x-cache'], 'hit', `request ${i} (${accept})`);
    }
    assert.equal(app.responseCache.entries(), 2);
  });
});

test('the cache never holds more bytes than its budget; the least recently used entry is dropped first', async () => {
  const budget = 256 * 1024;
  await withApp(budget, async (app) => {
    const sizes: number[] = [];
    for (let limit = 1; limit <= 40; limit++) sizes.push((await app.inject(`/api/v1/releases?limit=${limit}`)).body.length);
    assert.ok(sizes.reduce((a, b) => a + b, 0) > budget, 'the responses together exceed the budget');
    assert.ok(app.responseCache.bytes() <= budget, `${app.responseCache.bytes()} bytes held`);
    assert.ok(app.responseCache.entries() < 40);
    assert.equal((await app.inject('/api/v1/releases?limit=40')).headers['x-cache'], 'hit', 'the latest is kept');
    assert.notEqual((await app.inject('/api/v1/releases?limit=1')).headers['x-cache'], 'hit', 'the oldest was dropped');
  });
});

test('a response larger than an eighth of the budget is served but not kept', async () => {
  await withApp(16 * 1024, async (app) => {
    const big = await app.inject('/api/v1/releases?limit=1000');
    assert.ok(big.body.length > 2 * 1024);
    assert.notEqual((await app.inject('/api/v1/releases?limit=1000')).headers['x-cache'], 'hit');
    assert.equal(app.responseCache.entries(), 0);
  });
});
