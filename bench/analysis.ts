/**
 * Bench: every analysis over a generated registry of 100,000 cases (individual releases) and
 * 10 years of daily observations, timed after generation ("load"). Target: < 200 ms in all.
 * Run: `npx tsx bench/analysis.ts [--passes N] [--warm small|large]` (writes nothing; paste the output into
 * bench/RESULTS.md). The generator is seeded (xoroshiro128+), so every run analyses the same data.
 * The context (`prepareFlows`) is prepared once after generation and timed with the load, as
 * the server prepares it once per data version; every pass runs every analysis over it.
 * Printed: the first pass after load, and the median and maximum of the later passes (wall clock and
 * process CPU time), with the garbage-collection pauses inside them. `--hash` prints a digest of
 * every result instead (compare them before and after a change: equal digests, equal results).
 */
import { createHash } from 'node:crypto';
import { PerformanceObserver } from 'node:perf_hooks';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { eventStudy, exchangeLedger, flows, prepareFlows, refillRatio, replacementTimes, stockSeries, type FlowContext } from '../src/analysis/index.ts';
import type { Contact, Measure, Observation, PoliticalEvent, Registry, Release } from '../src/domain/index.ts';

const CASES = 100_000;
const YEARS = 10;
const CITED = { source_url: 'https://example.org/bench', publisher: 'bench', evidence: 'generated' };

/** A registry of `cases` single releases and `years` of daily observations from `firstYear`, seeded. */
function generate(cases: number, years: number, firstYear: number, seed: number): Registry {
  const rng = xoroshiro128plus(seed);
  const day0 = Date.UTC(firstYear, 0, 1);
  const iso = (d: number) => new Date(day0 + d * 86400000).toISOString().slice(0, 10);
  const days = years * 365;
  const observations: Observation[] = [];
  const releases: Release[] = [];
  const perDay = new Int32Array(days);
  const modes = ['pardon', 'deportation', 'exchange', 'sentence_served', 'unknown'] as const;
  for (let i = 0; i < cases; i++) {
    const d = uniformInt(rng, 0, days - 1);
    perDay[d]++;
    releases.push({
      id: `rel-${i}`,
      date: iso(d),
      count: 1,
      count_basis: 'confirmed',
      mode: modes[i % modes.length],
      ...(i % 500 === 0 ? { brokered_by: ['US'], linked_concession: 'relief' } : {}),
      ...CITED,
    });
  }
  let stock = 40_000;
  let cumulative = 0;
  for (let d = 0; d < days; d++) {
    const inflow = uniformInt(rng, 10, 45);
    stock += inflow - perDay[d];
    cumulative += inflow;
    observations.push({
      id: `in-${d}`,
      date: iso(d),
      metric: 'recognised_in_period',
      value: inflow,
      period_start: iso(d),
      period_end: iso(d),
      source_org: 'Counter',
      ...CITED,
    });
    observations.push({ id: `s-${d}`, date: iso(d), metric: 'current', value: stock, source_org: 'Counter', ...CITED });
    if (d % 30 === 29) observations.push({ id: `c-${d}`, date: iso(d), metric: 'recognised_cumulative', value: cumulative, source_org: 'Counter', ...CITED });
  }
  const contacts: Contact[] = [];
  const measures: Measure[] = [];
  const events: PoliticalEvent[] = [];
  for (let i = 0; i < 300; i++) {
    contacts.push({
      id: `con-${i}`,
      date: iso(uniformInt(rng, 0, days - 1)),
      kind: 'visit',
      from_actor: i % 3 ? 'US' : 'Envoy',
      to_actor: 'BY',
      summary: 's',
      ...(i % 7 === 0 ? { outcome: '1 prisoner freed' } : {}),
      ...CITED,
    });
    measures.push({
      id: `m-${i}`,
      date: iso(uniformInt(rng, 0, days - 1)),
      issuer: i % 2 ? 'EU' : 'US',
      action: i % 5 === 0 ? 'ease' : 'expand',
      programme: ['P'],
      target_kind: ['person'],
      summary: 's',
      ...CITED,
    });
    events.push({ id: `e-${i}`, date: iso(uniformInt(rng, 0, days - 1)), kind: 'death_in_custody', summary: 's', quantity: 1, ...CITED });
  }
  return { releases, measures, contacts, events, observations };
}

/** The refill ratio's bootstrap: fixed seed and number of resamples (printed with the results). */
const BOOTSTRAP = { seed: 1, resamples: 1000 };

/** Every analysis once over a prepared context, each run through `time` (which keeps nothing it need not keep). */
function runAll(registry: Registry, last: string, ctx: FlowContext, time: (name: string, work: () => unknown) => void): void {
  time('stock series (monthly)', () => stockSeries(registry.observations));
  time('flows (120 monthly windows)', () => flows(registry, { window: 'month' }, ctx));
  time(`refill ratio (bootstrap ${BOOTSTRAP.resamples}, seed ${BOOTSTRAP.seed})`, () =>
    refillRatio(registry, { from: '2016-01-01', to: last, seed: BOOTSTRAP.seed, resamples: BOOTSTRAP.resamples }, ctx),
  );
  time('replacement times (100,000 releases)', () => replacementTimes(registry, {}, ctx));
  time('ledger (600 episodes, 100,000 releases)', () => exchangeLedger(registry, {}, ctx));
  time('event study (k = 30, 1,000 placebo draws)', () => eventStudy(registry, { k: 30, permutations: 1000 }, ctx));
}

/** sha-256 (first 16 hex digits) of each result's JSON: the same digests before and after a change mean the same results. */
const digest = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

const passes = Math.max(2, Number(process.argv[process.argv.indexOf('--passes') + 1]) || 7);
// `--hash`: print the digests of every result (the warm-up registry's and the 100,000-case one's) and stop.
if (process.argv.includes('--hash')) {
  for (const [name, r] of [
    ['warm-up (2,000 cases)', generate(2_000, 1, 1990, 7)],
    ['bench (100,000 cases)', generate(CASES, YEARS, 2016, 20260401)],
  ] as const) {
    runAll(r, r.observations.at(-1)!.date, prepareFlows(r), (step, work) => console.log(`${name.padEnd(24)} ${step.padEnd(44)} ${digest(work())}`));
  }
  process.exit(0);
}
// Warm-up, untimed, as in a server that has answered requests before: the JIT has compiled the
// code, but nothing computed is reused (other ids, other dates). Default (`--warm small`): the
// preparation and every analysis 20 times over a small registry (2,000 cases in 1990).
// `--warm large`: 5 times over a registry as large as the timed one (100,000 cases, 10 years from
// 1990, another seed), dropped before the load: a server whose previous data version was of the
// same size, so its heap has already grown to that size (see bench/RESULTS.md, 2026-12-04).
const warmArg = process.argv.includes('--warm') ? process.argv[process.argv.indexOf('--warm') + 1] : 'small';
if (warmArg !== 'small' && warmArg !== 'large') throw new Error(`--warm: expected small or large, not ${JSON.stringify(warmArg)}`);
const warmUp = (cases: number, years: number, rounds: number) => {
  const warm = generate(cases, years, 1990, 7);
  for (let k = 0; k < rounds; k++)
    runAll(warm, warm.observations.at(-1)!.date, prepareFlows(warm), (_name, work) => {
      work();
    });
};
if (warmArg === 'large') warmUp(CASES, YEARS, 5);
else warmUp(2_000, 1, 20);
// Load: the registry, and its context prepared once, as the server keeps both per data version
// (src/server/registry-cache.ts). The preparation is timed and printed with the load.
const registry = generate(CASES, YEARS, 2016, 20260401);
const last = registry.observations.at(-1)!.date;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const prepareStart = performance.now();
const prepareCpuStart = cpuNow();
const ctx = prepareFlows(registry);
const prepareMs = performance.now() - prepareStart;
const prepareCpu = cpuNow() - prepareCpuStart;
// Pass 1 is the first query after load; later passes are further queries on the same data.
// Each time is taken twice: wall clock, and the process's CPU time (user + system, every thread,
// so the garbage collector's helper threads count; less sensitive to other processes on the cores).
interface Pass {
  steps: Array<{ name: string; wall: number; cpu: number }>;
  wall: number;
  /** CPU time of the pass, including the 50 ms pause after it (background collection it left). */
  cpu: number;
  gc: number;
}
const runs: Pass[] = [];
// Garbage-collection pauses, summed per pass (entries arrive asynchronously: read after each pass).
let gcPause = 0;
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPause += e.duration;
});
gcObserver.observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
await settle();
gcPause = 0;
for (let pass = 0; pass < passes; pass++) {
  const steps: Pass['steps'] = [];
  const total = performance.now();
  const totalCpu = cpuNow();
  runAll(registry, last, ctx, (name, work) => {
    const t = performance.now();
    const c = cpuNow();
    work();
    steps.push({ name, cpu: cpuNow() - c, wall: performance.now() - t });
  });
  const wall = performance.now() - total;
  await settle();
  runs.push({ steps, wall, cpu: cpuNow() - totalCpu, gc: gcPause });
  gcPause = 0;
}
gcObserver.disconnect();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const later = runs.slice(1);
const ms = (x: number) => `${x.toFixed(1).padStart(8)}`;
const row = (name: string, first: number, xs: number[], firstCpu: number, cpus: number[]) =>
  console.log(`${name.padEnd(44)} ${ms(first)} ${ms(median(xs))} ${ms(Math.max(...xs))} | ${ms(firstCpu)} ${ms(median(cpus))} ${ms(Math.max(...cpus))}`);
console.log(
  `# analysis bench: ${CASES.toLocaleString('en')} cases, ${YEARS} years of daily observations (${registry.observations.length.toLocaleString('en')} observation rows), ${passes} passes, warm-up ${warmArg === 'large' ? 'on 100,000 other cases (5 rounds)' : 'on 2,000 other cases (20 rounds)'}`,
);
console.log(
  `refill-ratio bootstrap: ${BOOTSTRAP.resamples.toLocaleString('en')} resamples, seed ${BOOTSTRAP.seed} (fixed); event study: 1,000 placebo draws and label shuffles, seed 1`,
);
console.log(`load: context prepared once (series, inflow profile, exits, ids): ${prepareMs.toFixed(1)} ms wall, ${prepareCpu.toFixed(1)} ms CPU`);
console.log(
  `${'ms'.padEnd(44)} ${'wall: first'.padStart(11)} ${'median 2..n'.padStart(8)} ${'max 2..n'.padStart(8)} | ${'CPU: first'.padStart(8)} ${'median'.padStart(8)} ${'max'.padStart(8)}`,
);
runs[0].steps.forEach(({ name }, i) => {
  row(
    name,
    runs[0].steps[i].wall,
    later.map((r) => r.steps[i].wall),
    runs[0].steps[i].cpu,
    later.map((r) => r.steps[i].cpu),
  );
});
row(
  'all analyses',
  runs[0].wall,
  later.map((r) => r.wall),
  runs[0].cpu,
  later.map((r) => r.cpu),
);
const gcs = later.map((r) => r.gc);
console.log(`${'of which garbage-collection pauses (wall)'.padEnd(44)} ${ms(runs[0].gc)} ${ms(median(gcs))} ${ms(Math.max(...gcs))}`);
const m = median(later.map((r) => r.wall));
const mc = median(later.map((r) => r.cpu));
console.log(
  `target 200 ms after load: wall first pass ${(runs[0].wall / 200).toFixed(2)}, median ${(m / 200).toFixed(2)}; CPU first pass ${(runs[0].cpu / 200).toFixed(2)}, median ${(mc / 200).toFixed(2)}; with the preparation (first query after an import, wall) ${((prepareMs + runs[0].wall) / 200).toFixed(2)}`,
);
