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
import { availableParallelism } from 'node:os';
import { buildCandidateIndex, compareNames, screenName } from '../src/names/index.ts';
import { BULK, entries, pick, QUERIES, rand, real, rng, SEED, THREADS } from './screen-data.ts';
import { ScreeningPool } from '../src/names-worker/pool.ts';

const t0 = performance.now();
const index = buildCandidateIndex(entries);
const buildMs = performance.now() - t0;
const buckets = [...index.keyLists.values()].map((l) => l.size).sort((a, b) => b - a);

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
// CPU time besides wall time: the machine is shared, and a busy neighbour stretches wall times.
const cpuMs = (from: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
};
let cpu = process.cpuUsage();
for (const { query, schema } of queries) {
  const s = performance.now();
  const r = screenName(index, query, { schema, limit: 10 });
  times.push(performance.now() - s);
  candidates += r.length;
}
const singleCpuMs = cpuMs(cpu) / queries.length;
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
cpu = process.cpuUsage();
const single = bulkQueries.slice(0, half).map((b) => screenName(index, b.query, b));
const bulkRate = half / ((performance.now() - bulkStart) / 1000);
const bulkCpuRate = half / (cpuMs(cpu) / 1000);

// Bulk on worker threads (src/names-worker): every worker builds its own index, in parallel.
const poolStart = performance.now();
const pool = await ScreeningPool.start(entries, { threads: THREADS });
const poolStartMs = performance.now() - poolStart;
// Warm-up (JIT) of the workers on names that are not measured, as for the single queries.
await pool.screen(Array.from({ length: 200 * pool.readyMs.length }, () => ({ query: pick(allNames).n, limit: 10 })));
bulkStart = performance.now();
cpu = process.cpuUsage(); // all threads of the process, workers included
const pooled = await pool.screen(bulkQueries.slice(half));
const poolRate = (BULK - half) / ((performance.now() - bulkStart) / 1000);
const poolCpuRate = (BULK - half) / (cpuMs(cpu) / 1000);
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
// words reversed (commas dropped), and every other one with one letter changed to "e". Drawn
// from a generator of their own, so that the probes are the same whatever --queries and --bulk.
const withIds = entries.flatMap((e) => e.names.map((n) => ({ n, schema: e.schema, id: e.id })));
const probeRand = rng(SEED + 1);
const probePick = <T>(xs: readonly T[]): T => xs[Math.floor(probeRand() * xs.length)]!;
const probes = Array.from({ length: 3000 }, (_, k) => {
  const { n, schema, id } = probePick(withIds);
  const words = n.replace(/,/gu, ' ').split(/\s+/u).filter(Boolean).reverse();
  if (k % 2) {
    const w = probePick(words);
    const pos = Math.floor(probeRand() * w.length);
    words[words.indexOf(w)] = w.slice(0, pos) + 'e' + w.slice(pos + 1);
  }
  return { query: words.join(' '), schema, id };
});
const found = [0, 0];
// The same among the probes the scorer would match with their entity (some name of it scores
// at or above the threshold): what the issue asks of retrieval.
const matchable = [0, 0];
const matchedFound = [0, 0];
const byId = new Map(entries.map((e) => [e.id, e]));
for (const [k, p] of probes.entries()) {
  const hit = screenName(index, p.query, { schema: p.schema, limit: 10 }).some((r) => r.id === p.id);
  if (hit) found[k % 2]!++;
  if (byId.get(p.id)!.names.some((n) => compareNames(p.query, n, { schema: p.schema }).match)) {
    matchable[k % 2]!++;
    if (hit) matchedFound[k % 2]!++;
  }
}
const recall = found.map((f) => (100 * f) / (probes.length / 2));
const matchedRecall = matchedFound.map((f, k) => (100 * f) / matchable[k]!);

const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').match(/--max-semi-space-size\S*/u)?.[0] ?? 'none';
console.log(
  `# Screening bench — ${new Date().toISOString().slice(0, 10)}, seed ${SEED}, Node ${process.version}, ${availableParallelism()} CPUs, heap flags: ${flags}`,
);
console.log(
  `index: ${entries.length} entities (${real.length} real), ${index.names.length} names, ${index.keyLists.size} keys; largest buckets ${buckets.slice(0, 3).join(', ')}; built in ${(buildMs / 1000).toFixed(1)} s (rebuild ${(rebuildMs / 1000).toFixed(1)} s, reusing the previous index ${(reuseMs / 1000).toFixed(1)} s)`,
);
console.log(
  `single query (${QUERIES} queries, limit 10): p50 ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms, CPU ${singleCpuMs.toFixed(2)} ms per query, mean results ${(candidates / QUERIES).toFixed(1)}`,
);
console.log(
  `bulk (no explanations, as the CSV output), one thread: ${bulkRate.toFixed(0)} names/s on ${half} fresh names, ${bulkCpuRate.toFixed(0)} per CPU-second (${repeatRate.toFixed(0)} names/s repeating the timed queries)`,
);
console.log(
  `bulk (no explanations), ${pool.readyMs.length} worker threads: ${poolRate.toFixed(0)} names/s on ${BULK - half} fresh names, ${poolCpuRate.toFixed(0)} per CPU-second of all threads, after ${(poolStartMs / 1000).toFixed(1)} s to start (index build and warm-up ${pool.readyMs.map((m) => (m / 1000).toFixed(1)).join(', ')} s); same results as one thread: ${same ? 'yes' : 'NO'}`,
);
console.log(
  `retrieval (entity among the results, limit 10): words reversed ${recall[0]!.toFixed(1)} %, reversed and one letter changed ${recall[1]!.toFixed(1)} % (1,500 queries each)`,
);
console.log(
  `retrieval of what the scorer would match (a name of the entity scores ≥ threshold): words reversed ${matchedRecall[0]!.toFixed(1)} % of ${matchable[0]}, reversed and one letter changed ${matchedRecall[1]!.toFixed(1)} % of ${matchable[1]}`,
);
console.log(`baseline linear scan: ≈ ${linearMsPerQuery.toFixed(0)} ms per query → index speed-up ×${(linearMsPerQuery / q(0.5)).toFixed(0)} at p50`);
