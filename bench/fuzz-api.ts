/**
 * The OpenAPI fuzz at scale: `npx tsx bench/fuzz-api.ts --runs 10000 [--seed 1]`. Builds the app
 * over a fresh in-memory store with the shipped data and one OFAC snapshot, generates requests
 * from /api/openapi.json (test/helpers/openapi-fuzz.ts) and counts responses by status; exits 1
 * on any 5xx or any 4xx that is not problem+json.
 */
import fc from 'fast-check';
import { buildApp } from '../src/server/app.ts';
import { importListFiles, seed } from '../src/app/index.ts';
import { openTestStore, TEST_ACTOR } from '../test/helpers/store.ts';
import { contractBreach, requestsOf, type FuzzRequest, type OpenApiDoc } from '../test/helpers/openapi-fuzz.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 10000);
const seedValue = arg('seed', 1);

const store = await openTestStore('bench_fuzz_api');
await seed(store);
await importListFiles(store, TEST_ACTOR, [new URL('../test/fixtures/lists/ofac-sdn-csv__moov-io_watchman__sdn.csv', import.meta.url).pathname], {
  asOf: '2019-06-01',
});
const app = await buildApp({ store, dashboard: false });
const doc = (await app.inject('/api/openapi.json')).json() as OpenApiDoc;
const requests: FuzzRequest[] = fc.sample(requestsOf(doc), { numRuns: runs, seed: seedValue });
const byStatus = new Map<number, number>();
const breaches: string[] = [];
const started = performance.now();
for (const req of requests) {
  const res = await app.inject({
    method: req.method as 'GET',
    url: req.url,
    headers: req.headers,
    ...(req.payload !== undefined ? { payload: req.payload } : {}),
  });
  byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
  const breach = contractBreach(res);
  if (breach) breaches.push(`${req.method} ${req.url.slice(0, 200)} ${(req.payload ?? '').slice(0, 200)} → ${breach}`);
}
const seconds = (performance.now() - started) / 1000;
const fiveXX = [...byStatus].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
console.log(`${requests.length} requests over ${Object.keys(doc.paths).length} paths in ${seconds.toFixed(0)} s (seed ${seedValue})`);
console.log(
  `by status: ${[...byStatus]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s} × ${n}`)
    .join(', ')}`,
);
console.log(`${fiveXX} × 5xx in ${requests.length}; ${breaches.length} contract breaches`);
for (const b of breaches.slice(0, 20)) console.log('  ' + b);
await app.close();
await store.close();
process.exit(breaches.length ? 1 : 0);
