/**
 * The yente-compatible API on a store holding the shipped lists (OFAC SDN 2019 and 2023, UN 2025)
 * and yente's t1 and zala fixtures as OpenSanctions collections. In-process requests (fastify
 * inject), one at a time: the first request of each route after the data changed (cold: caches
 * empty) and the median and p95 of the following ones (warm).
 *   npx tsx bench/yente.ts [--runs 20]
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importListFiles, seedLists } from '../src/app/index.ts';
import { operator } from '../src/app/actor.ts';
import { buildApp } from '../src/server/app.ts';
import { openStore } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const runs = arg('runs', 20);
const samples = new URL('../test/fixtures/lists/', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'leverage-bench-yente-'));
const store = await openStore({ dataDir, url: '' });
await migrate(store);
const actor = operator('bench');
let t = performance.now();
await seedLists(store, undefined, { actor });
for (const name of ['t1', 'zala']) {
  mkdirSync(join(dataDir, name));
  copyFileSync(join(samples, `opensanctions-ftm-jsonl__opensanctions_yente__${name}_entities.ftm.json`), join(dataDir, name, 'entities.ftm.json'));
  await importListFiles(store, actor, [join(dataDir, name, 'entities.ftm.json')]);
}
const [counts] = await store.query<{ d: string; f: string }>('SELECT (SELECT count(*) FROM designation) AS d, (SELECT count(*) FROM ftm_entity) AS f');
console.log(`store: ${counts!.d} designations, ${counts!.f} whole FtM entities; loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const app = await buildApp({ store, dashboard: false });

const zakharov = { schema: 'Person', properties: { name: ['Alexander Vyacheslavovich ZAKHAROV'], birthDate: ['1965'] } };
const routes: { name: string; url: string; body?: object }[] = [
  { name: 'catalog', url: '/yente/catalog' },
  { name: 'search default, q=zakharov', url: '/yente/search/default?q=zakharov' },
  { name: 'search default, no q', url: '/yente/search/default' },
  { name: 'search zala, no q', url: '/yente/search/zala' },
  { name: 'search eu_fsf (a source dataset), q=zakharov', url: '/yente/search/eu_fsf?q=zakharov' },
  { name: 'entity, nested', url: '/yente/entities/NK-aU5ybkbRFJucf8YMwsJvDw' },
  { name: 'match default, one query', url: '/yente/match/default', body: { queries: { q: zakharov } } },
  { name: 'match eu_fsf, one query', url: '/yente/match/eu_fsf', body: { queries: { q: zakharov } } },
  {
    name: 'match default, a name written without spaces',
    url: '/yente/match/default',
    body: { queries: { q: { schema: 'Person', properties: { name: ['alexandervyacheslavovichzakharov'] } } } },
  },
  { name: 'adjacent, Zakharov', url: '/yente/entities/NK-aU5ybkbRFJucf8YMwsJvDw/adjacent' },
];

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
console.log(`\n| route | cold ms | warm p50 ms | warm p95 ms | answer bytes |\n|---|---:|---:|---:|---:|`);
for (const r of routes) {
  const once = async () => {
    t = performance.now();
    const res = await app.inject({ method: r.body ? 'POST' : 'GET', url: r.url, ...(r.body ? { payload: r.body } : {}) });
    if (res.statusCode !== 200) throw new Error(`${r.url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return { ms: performance.now() - t, bytes: res.body.length };
  };
  const cold = await once();
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) warm.push((await once()).ms);
  console.log(`| ${r.name} | ${cold.ms.toFixed(1)} | ${quantile(warm, 0.5).toFixed(1)} | ${quantile(warm, 0.95).toFixed(1)} | ${cold.bytes} |`);
}
await app.close();
await store.close();
rmSync(dataDir, { recursive: true, force: true });
