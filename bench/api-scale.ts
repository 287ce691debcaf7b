/**
 * The API at realistic size (issue 13): the shipped dataset plus 200,000 generated releases in a
 * fresh embedded store, the app driven in-process (inject, no port).
 *  1. /api/v1/timeline pages: the first, and 20 deep ones followed by cursor; target < 100 ms a page.
 *  2. The /timeline HTML page (500 rows) at that size.
 * Memory under varied Accept headers is measured on a real server process: bench/api-memory.ts
 * (in-process `inject` keeps every response it made alive, so it cannot measure the server).
 *   npx tsx bench/api-scale.ts [--releases 200000]
 */
import { buildApp } from '../src/server/app.ts';
import { seed } from '../src/app/index.ts';
import { openTestStore } from '../test/helpers/store.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const releases = arg('releases', 200_000);
const store = await openTestStore('bench_api_scale');
await seed(store);
const t0 = performance.now();
const [src] = await store.query<{ id: string }>('SELECT id FROM source LIMIT 1');
await store.query(
  `INSERT INTO release (id, date, date_start, date_end, count, count_basis, mode, source_id, evidence)
   SELECT 'gen-' || g, d, d, d, 1 + g % 5, 'reported', 'pardon', $1, 'generated'
   FROM (SELECT g, to_char(DATE '2000-01-01' + (g % 9000), 'YYYY-MM-DD') AS d FROM generate_series(1, $2::int) g) s`,
  [src!.id, releases],
);
console.log(`${releases} releases generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const app = await buildApp({ store, dashboard: false });

const timed = async (url: string, headers: Record<string, string> = {}) => {
  const t = performance.now();
  const res = await app.inject({ url, headers });
  return { ms: performance.now() - t, res };
};
const ms: number[] = [];
let url = '/api/v1/timeline?limit=100';
for (let i = 0; i < 21; i++) {
  const { ms: m, res } = await timed(url);
  if (res.statusCode !== 200) throw new Error(res.body);
  ms.push(m);
  url = `/api/v1/timeline?limit=100&cursor=${res.json().next_cursor}`;
}
const deep = await timed(`/api/v1/timeline?limit=100&from=2020-06-01`);
const sorted = [...ms].sort((a, b) => a - b);
console.log(
  `timeline page of 100: first ${ms[0]!.toFixed(0)} ms; next 20 by cursor median ${sorted[10]!.toFixed(0)} ms, max ${sorted[20]!.toFixed(0)} ms; from=2020-06-01 ${deep.ms.toFixed(0)} ms`,
);
const html = await timed('/timeline');
console.log(`/timeline HTML page (500 rows): ${html.ms.toFixed(0)} ms, ${html.res.body.length} bytes`);

await app.close();
await store.close();
