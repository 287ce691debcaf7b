/**
 * Screening benchmark: builds a candidate index of ≥ 40,000 entities / 200,000 names — the
 * real OFAC SDN names and aliases from ../shared/data/sanctions-samples plus the names of
 * ../shared/data/names/pairs.csv, and generated entities shaped like them (seeded) — then
 * measures single-query latency (p50/p95) and bulk throughput, against a stated baseline:
 * a linear scan scoring every name of the same schema (on a 2,000-name slice, extrapolated).
 *
 *   npx tsx bench/screen.ts [--entities 40000] [--queries 1000] [--seed 20251125]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { buildCandidateIndex, compareNames, GIVEN_NAMES, romanise, screenName, SYSTEMS, type ScreeningEntry } from '../src/names/index.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const ENTITIES = arg('--entities', 40000);
const QUERIES = arg('--queries', 1000);
const SEED = arg('--seed', 20251125);
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
const sdn = parse(readFileSync(`${SAMPLES}/ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv`), { columns: true, bom: true, relax_column_count: true }) as Record<string, string>[];
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
const STEMS = ['лукаш', 'бабар', 'ціханоў', 'статкев', 'калеснік', 'бяляц', 'карн', 'лос', 'пачоб', 'знак', 'вакульч', 'шэйм', 'наум', 'кубрак', 'зімоў', 'сухар', 'ярмош', 'павліч', 'бубенч', 'салаў', 'гаран', 'мазур', 'жук', 'сакалоў', 'навум', 'кавал', 'дзямідз', 'ганчар', 'пятроў', 'сідар', 'шапавал', 'карп', 'мельн', 'філіп', 'рабц', 'ляшч', 'зайц', 'грыц', 'марозаў', 'кулеш'];
const MID = ['', 'ан', 'ер', 'ал', 'ін', 'ык', 'ян', 'ов', 'ец', 'ар', 'ул', 'ош', 'ач', 'ен'];
const END = ['энка', 'ка', 'іч', 'скі', 'аў', 'ук', 'ын', 'ель', 'ёнак', 'овіч', 'ай', 'ец'];
const FEM_END: Record<string, string> = { скі: 'ская', аў: 'ава', ын: 'ына' };
const ORG_WORDS = ['завод', 'камбінат', 'трэст', 'банк', 'фабрыка', 'холдынг', 'кампанія', 'цэнтр', 'аб\'яднанне'];
const ORG_NAMES = ['нафтан', 'азот', 'граніт', 'нёман', 'прогрэс', 'зорка', 'атлант', 'інтэграл', 'гомсельмаш', 'мотавела', 'палімір', 'белшына', 'амкадор', 'кераміка', 'святло', 'крыніца'];
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
    const surname = pick(STEMS) + pick(MID) + (female ? FEM_END[end] ?? end : end);
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
const bulkStart = performance.now();
for (const { query, schema } of queries) screenName(index, query, { schema, limit: 10 });
const bulkRate = queries.length / ((performance.now() - bulkStart) / 1000);

// Baseline: linear scan scoring every same-schema name (2,000-name slice, extrapolated).
const slice = allNames.slice(0, 2000);
const ls = performance.now();
for (const { query, schema } of queries.slice(0, 20)) for (const x of slice) if (x.schema === schema) compareNames(query, x.n, { schema });
const linearMsPerQuery = ((performance.now() - ls) / 20) * (allNames.length / slice.length);

console.log(`# Screening bench — ${new Date().toISOString().slice(0, 10)}, seed ${SEED}`);
console.log(`index: ${entries.length} entities (${real.length} real), ${index.names.length} names, ${index.postings.size} keys; largest buckets ${buckets.slice(0, 3).join(', ')}; built in ${(buildMs / 1000).toFixed(1)} s`);
console.log(`single query (${QUERIES} queries, limit 10): p50 ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms, mean results ${(candidates / QUERIES).toFixed(1)}`);
console.log(`bulk (one thread): ${bulkRate.toFixed(0)} names/s`);
console.log(`baseline linear scan: ≈ ${linearMsPerQuery.toFixed(0)} ms per query → index speed-up ×${(linearMsPerQuery / q(0.5)).toFixed(0)} at p50`);
