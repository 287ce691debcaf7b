/**
 * Screening benchmark: builds a candidate index of ≥ 40,000 entities / 200,000 names — the
 * real OFAC SDN names and aliases from ../shared/data/sanctions-samples plus the names of
 * ../shared/data/names/pairs.csv, and generated entities shaped like them (seeded) — then
 * measures single-query latency (p50/p95), bulk throughput on one thread and on worker
 * threads (`src/names-worker`), rebuild times and retrieval (whether screening a perturbed
 * name finds the entity it came from), against a stated baseline: a linear scan scoring every
 * name of the same schema (on a 2,000-name slice, extrapolated). Single queries build
 * explanations; bulk names do not (as `leverage screen --file` writing CSV). Bulk names are
 * fresh (never screened before in the run): a quarter on one thread, the rest on the pool.
 *
 *   npx tsx bench/screen.ts [--entities 40000] [--queries 1000] [--bulk 8000] [--threads N] [--seed 20251125]
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parse } from 'csv-parse/sync';
import { buildCandidateIndex, compareNames, GIVEN_NAMES, romanise, screenName, SYSTEMS, type ScreeningEntry } from '../src/names/index.ts';
import { ScreeningPool } from '../src/names-worker/pool.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const ENTITIES = arg('--entities', 40000);
const QUERIES = arg('--queries', 1000);
const SEED = arg('--seed', 20251125);
const BULK = arg('--bulk', 8000);
const THREADS = arg('--threads', availableParallelism());
const SAMPLES = '../shared/data/sanctions-samples';

/** mulberry32: a small seeded PRNG, so every run indexes the same names. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// Real names: OFAC SDN primary names with their aliases, and the Belarus pairs.
const real: ScreeningEntry[] = [];
const sdn = parse(readFileSync(`${SAMPLES}/ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv`), {
  columns: true,
  bom: true,
  relax_column_count: true,
}) as Record<string, string>[];
const alt = parse(readFileSync(`${SAMPLES}/ofac-alt-csv__moov-io_watchman__alt.csv`), { relax_column_count: true, relax_quotes: true }) as string[][];
const aliases = new Map<string, string[]>();
for (const r of alt) aliases.set(r[0]!, [...(aliases.get(r[0]!) ?? []), r[3]!]);
for (const r of sdn) {
  const schema = r.Type?.trim() === 'individual' ? 'Person' : r.Type?.trim() === '-0-' ? 'Organization' : undefined;
  if (!schema) continue;
  real.push({ id: `ofac:${r.ID}`, schema, names: [r.Name!, ...(aliases.get(r.ID!) ?? [])] });
}
const pairs = parse(readFileSync('../shared/data/names/pairs.csv'), { columns: true, bom: true }) as Record<string, string>[];
const bySet = new Map<string, ScreeningEntry>();
for (const p of pairs) {
  if (p.is_match !== 'true') continue;
  const e = bySet.get(p.set_id!) ?? { id: `pairs:${p.set_id}`, schema: p.schema as 'Person' | 'Organization', names: [] };
  for (const n of [p.name1!, p.name2!]) if (!e.names.includes(n)) e.names.push(n);
  bySet.set(p.set_id!, e);
}
real.push(...bySet.values());

// Generated entities shaped like the Belarus data: Cyrillic originals in several
// romanisations and word orders; organisations with legal forms.
const STEMS = [
  'лукаш',
  'бабар',
  'ціханоў',
  'статкев',
  'калеснік',
  'бяляц',
  'карн',
  'лос',
  'пачоб',
  'знак',
  'вакульч',
  'шэйм',
  'наум',
  'кубрак',
  'зімоў',
  'сухар',
  'ярмош',
  'павліч',
  'бубенч',
  'салаў',
  'гаран',
  'мазур',
  'жук',
  'сакалоў',
  'навум',
  'кавал',
  'дзямідз',
  'ганчар',
  'пятроў',
  'сідар',
  'шапавал',
  'карп',
  'мельн',
  'філіп',
  'рабц',
  'ляшч',
  'зайц',
  'грыц',
  'марозаў',
  'кулеш',
];
const MID = ['', 'ан', 'ер', 'ал', 'ін', 'ык', 'ян', 'ов', 'ец', 'ар', 'ул', 'ош', 'ач', 'ен'];
const END = ['энка', 'ка', 'іч', 'скі', 'аў', 'ук', 'ын', 'ель', 'ёнак', 'овіч', 'ай', 'ец'];
const FEM_END: Record<string, string> = { скі: 'ская', аў: 'ава', ын: 'ына' };
const ORG_WORDS = ['завод', 'камбінат', 'трэст', 'банк', 'фабрыка', 'холдынг', 'кампанія', 'цэнтр', "аб'яднанне"];
const ORG_NAMES = [
  'нафтан',
  'азот',
  'граніт',
  'нёман',
  'прогрэс',
  'зорка',
  'атлант',
  'інтэграл',
  'гомсельмаш',
  'мотавела',
  'палімір',
  'белшына',
  'амкадор',
  'кераміка',
  'святло',
  'крыніца',
];
const CITIES = ['мінскі', 'гродзенскі', 'брэсцкі', 'віцебскі', 'магілёўскі', 'гомельскі', 'барысаўскі', 'пінскі'];
const LEGAL = ['ААТ', 'ОАО', 'OJSC', 'JSC', 'РУП', 'УП', 'ТАА', 'ООО'];
const givenM = GIVEN_NAMES.filter((g) => g.gender === 'm');
const givenF = GIVEN_NAMES.filter((g) => g.gender === 'f');
const cap = (s: string) => s.replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
const render = (cyr: string) => {
  const sys = pick(SYSTEMS.filter((s) => s.languages.includes('be') || s.languages.includes('ru')));
  return rand() < 0.3 ? cyr : romanise(cyr, sys);
};
const generated: ScreeningEntry[] = [];
for (let i = 0; real.length + generated.length < ENTITIES; i++) {
  if (rand() < 0.8) {
    const female = rand() < 0.35;
    const g = pick(female ? givenF : givenM);
    const gCyr = g.forms.filter((f) => /\p{Script=Cyrillic}/u.test(f));
    const end = pick(END);
    const surname = pick(STEMS) + pick(MID) + (female ? (FEM_END[end] ?? end) : end);
    const father = pick(givenM).forms[0]!.replace(/[йь]$/u, '');
    const patr = father + (female ? 'аўна' : 'авіч');
    const names = new Set<string>();
    while (names.size < 5) {
      const given = pick(gCyr);
      const layout = Math.floor(rand() * 4);
      const cyr = [`${given} ${patr} ${surname}`, `${surname}, ${given} ${patr}`, `${given} ${surname}`, `${surname} ${given}`][layout]!;
      names.add(cap(render(cyr)));
    }
    generated.push({ id: `gen:${i}`, schema: 'Person', names: [...names] });
  } else {
    const core = `${pick(CITIES)} ${pick(ORG_NAMES)}${rand() < 0.5 ? '-' + pick(MID) : ''} ${pick(ORG_WORDS)}`;
    const names = new Set<string>();
    while (names.size < 5) names.add(`${rand() < 0.5 ? pick(LEGAL) + ' ' : ''}${render(core).toUpperCase()}${rand() < 0.3 ? ' ' + pick(LEGAL) : ''}`);
    generated.push({ id: `gen:${i}`, schema: 'Organization', names: [...names] });
  }
}
let entries = [...real, ...generated];
// Top up with more generated aliases until there are 200,000 names.
let nameCount = entries.reduce((s, e) => s + e.names.length, 0);
for (let k = 0; nameCount < 201000; k++) {
  const e = generated[k % generated.length]!;
  const extra = `${e.names[0]} ${String.fromCharCode(0x430 + (k % 20))}`;
  e.names.push(extra);
  nameCount++;
}
entries = [...real, ...generated];

const t0 = performance.now();
const index = buildCandidateIndex(entries);
const buildMs = performance.now() - t0;
const buckets = [...index.postings.values()].map((l) => l.length).sort((a, b) => b - a);

// Queries: half real names (as given), half perturbed (case, order, one letter changed).
const allNames = entries.flatMap((e) => e.names.map((n) => ({ n, schema: e.schema })));
const queries = Array.from({ length: QUERIES }, (_, q) => {
  const { n, schema } = pick(allNames);
  if (q % 2 === 0) return { query: n, schema };
  const words = n.split(/\s+/u).reverse();
  const w = pick(words);
  const pos = Math.floor(rand() * w.length);
  words[words.indexOf(w)] = w.slice(0, pos) + 'e' + w.slice(pos + 1);
  return { query: words.join(' '), schema };
});

// Warm-up (JIT) on queries that are not measured.
for (let w = 0; w < 200; w++) {
  const { n, schema } = pick(allNames);
  screenName(index, n, { schema, limit: 10 });
}
const times: number[] = [];
let candidates = 0;
for (const { query, schema } of queries) {
  const s = performance.now();
  const r = screenName(index, query, { schema, limit: 10 });
  times.push(performance.now() - s);
  candidates += r.length;
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
// Bulk, one thread: first the timed queries again (the measure of earlier runs, which the
// matcher's memo tables now favour), then fresh names never screened before.
let bulkStart = performance.now();
for (const { query, schema } of queries) screenName(index, query, { schema, limit: 10 });
const repeatRate = queries.length / ((performance.now() - bulkStart) / 1000);
const bulkQueries = Array.from({ length: BULK }, () => {
  const { n, schema } = pick(allNames);
  // As `leverage screen --file` writes CSV: no explanations (they are built for --json only).
  return { query: rand() < 0.5 ? n : n.split(/\s+/u).reverse().join(' '), schema, limit: 10, explain: false };
});
// A quarter on one thread, the rest on the pool (long enough to show its steady rate).
const half = Math.floor(BULK / 4);
bulkStart = performance.now();
const single = bulkQueries.slice(0, half).map((b) => screenName(index, b.query, b));
const bulkRate = half / ((performance.now() - bulkStart) / 1000);

// Bulk on worker threads (src/names-worker): every worker builds its own index, in parallel.
const poolStart = performance.now();
const pool = await ScreeningPool.start(entries, { threads: THREADS });
const poolStartMs = performance.now() - poolStart;
// Warm-up (JIT) of the workers on names that are not measured, as for the single queries.
await pool.screen(Array.from({ length: 200 * pool.readyMs.length }, () => ({ query: pick(allNames).n, limit: 10 })));
bulkStart = performance.now();
const pooled = await pool.screen(bulkQueries.slice(half));
const poolRate = (BULK - half) / ((performance.now() - bulkStart) / 1000);
// The pool must give what one thread gives (ids, names and scores, in order).
const again = await pool.screen(bulkQueries.slice(0, half));
await pool.close();
const same = again.every((rs, i) => JSON.stringify(rs.map((r) => [r.id, r.name, r.score])) === JSON.stringify(single[i]!.map((r) => [r.id, r.name, r.score])));

// Rebuilds in the same process: from scratch (memo tables warm) and reusing the parsed names.
let rb = performance.now();
buildCandidateIndex(entries);
const rebuildMs = performance.now() - rb;
rb = performance.now();
buildCandidateIndex(entries, { reuse: index });
const reuseMs = performance.now() - rb;

// Baseline: linear scan scoring every same-schema name (2,000-name slice, extrapolated).
const slice = allNames.slice(0, 2000);
const ls = performance.now();
for (const { query, schema } of queries.slice(0, 20)) for (const x of slice) if (x.schema === schema) compareNames(query, x.n, { schema });
const linearMsPerQuery = ((performance.now() - ls) / 20) * (allNames.length / slice.length);

// Retrieval: does screening find the entity a query was made from? 3,000 names of the index,
// words reversed (commas dropped), and every other one with one letter changed to "e".
const withIds = entries.flatMap((e) => e.names.map((n) => ({ n, schema: e.schema, id: e.id })));
const probes = Array.from({ length: 3000 }, (_, k) => {
  const { n, schema, id } = pick(withIds);
  const words = n.replace(/,/gu, ' ').split(/\s+/u).filter(Boolean).reverse();
  if (k % 2) {
    const w = pick(words);
    const pos = Math.floor(rand() * w.length);
    words[words.indexOf(w)] = w.slice(0, pos) + 'e' + w.slice(pos + 1);
  }
  return { query: words.join(' '), schema, id };
});
const found = [0, 0];
for (const [k, p] of probes.entries()) if (screenName(index, p.query, { schema: p.schema, limit: 10 }).some((r) => r.id === p.id)) found[k % 2]!++;
const recall = found.map((f) => (100 * f) / (probes.length / 2));

const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').match(/--max-semi-space-size\S*/u)?.[0] ?? 'none';
console.log(
  `# Screening bench — ${new Date().toISOString().slice(0, 10)}, seed ${SEED}, Node ${process.version}, ${availableParallelism()} CPUs, heap flags: ${flags}`,
);
console.log(
  `index: ${entries.length} entities (${real.length} real), ${index.names.length} names, ${index.postings.size} keys; largest buckets ${buckets.slice(0, 3).join(', ')}; built in ${(buildMs / 1000).toFixed(1)} s (rebuild ${(rebuildMs / 1000).toFixed(1)} s, reusing the previous index ${(reuseMs / 1000).toFixed(1)} s)`,
);
console.log(
  `single query (${QUERIES} queries, limit 10): p50 ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms, mean results ${(candidates / QUERIES).toFixed(1)}`,
);
console.log(
  `bulk (no explanations, as the CSV output), one thread: ${bulkRate.toFixed(0)} names/s on ${half} fresh names (${repeatRate.toFixed(0)} names/s repeating the timed queries)`,
);
console.log(
  `bulk (no explanations), ${pool.readyMs.length} worker threads: ${poolRate.toFixed(0)} names/s on ${BULK - half} fresh names, after ${(poolStartMs / 1000).toFixed(1)} s to start (index build and warm-up ${pool.readyMs.map((m) => (m / 1000).toFixed(1)).join(', ')} s); same results as one thread: ${same ? 'yes' : 'NO'}`,
);
console.log(
  `retrieval (entity among the results, limit 10): words reversed ${recall[0]!.toFixed(1)} %, reversed and one letter changed ${recall[1]!.toFixed(1)} % (1,500 queries each)`,
);
console.log(`baseline linear scan: ≈ ${linearMsPerQuery.toFixed(0)} ms per query → index speed-up ×${(linearMsPerQuery / q(0.5)).toFixed(0)} at p50`);
