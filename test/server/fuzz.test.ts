/**
 * A standing fuzz test: requests generated from /api/openapi.json for every route and parameter
 * (declared types, edges, hostile strings and numbers) never get a 5xx, and every 4xx is
 * problem+json. A bounded run here; `npx tsx bench/fuzz-api.ts --runs 10000` for a large one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { importListFiles, seed } from '../../src/app/index.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';
import { contractBreach, requestsOf, type OpenApiDoc } from '../helpers/openapi-fuzz.ts';

let store: Store;
let app: FastifyInstance;
before(async () => {
  store = await openTestStore('server_fuzz');
  await seed(store);
  await importListFiles(store, TEST_ACTOR, [new URL('../fixtures/lists/ofac-sdn-csv__moov-io_watchman__sdn.csv', import.meta.url).pathname], {
    asOf: '2019-06-01',
  });
  app = await buildApp({ store, dashboard: false });
});
after(async () => {
  await app.close();
  await store.close();
});

test('generated requests to every route: no 5xx, every 4xx is problem+json', async () => {
  const doc = (await app.inject('/api/openapi.json')).json() as OpenApiDoc;
  assert.ok(Object.keys(doc.paths).length >= 25);
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(requestsOf(doc), async (req) => {
      const res = await app.inject({
        method: req.method as 'GET',
        url: req.url,
        headers: req.headers,
        ...(req.payload !== undefined ? { payload: req.payload } : {}),
      });
      seen.add(`${req.method} ${req.url.split('?')[0]!.replace(/\/api\/v1\/(\w+)\/[^/]+$/, '/api/v1/$1/{id}')}`);
      const breach = contractBreach(res);
      assert.equal(breach, undefined, `${req.method} ${req.url} ${req.payload ?? ''} → ${breach}`);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 500), seed: Number(process.env.FUZZ_SEED ?? 13) },
  );
  assert.ok(seen.size >= 20, `${seen.size} routes reached`);
});

test('the hostile inputs of the probe that found 500s are 400s now', async () => {
  for (const url of [
    '/api/v1/releases?mode=%00',
    '/api/v1/releases?limit=Infinity',
    '/api/v1/releases?limit=1e999',
    '/api/v1/releases?limit=-Infinity',
    '/api/v1/analysis/flows?from=0000',
  ]) {
    const res = await app.inject(url);
    assert.equal(res.statusCode, 400, url);
    assert.equal(contractBreach(res), undefined);
  }
});
