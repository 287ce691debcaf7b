/**
 * Bench: every analysis over a generated registry of 100,000 cases (individual releases) and
 * 10 years of daily observations, timed after generation ("load"). Target: < 200 ms in all.
 * Run: `npx tsx bench/analysis.ts` (writes nothing; paste the output into bench/RESULTS.md).
 * The generator is seeded (xoroshiro128+), so every run analyses the same data. The context from
 * `prepareFlows` (timed as "prepare") is passed to every analysis, the event study included.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { eventStudy, exchangeLedger, flows, prepareFlows, refillRatio, replacementTimes, stockSeries } from '../src/analysis/index.ts';
import type { Contact, Measure, Observation, PoliticalEvent, Registry, Release } from '../src/domain/index.ts';

const CASES = 100_000;
const YEARS = 10;
const rng = xoroshiro128plus(20260401);
const CITED = { source_url: 'https://example.org/bench', publisher: 'bench', evidence: 'generated' };
const day0 = Date.UTC(2016, 0, 1);
const iso = (d: number) => new Date(day0 + d * 86400000).toISOString().slice(0, 10);

function generate(): Registry {
  const days = YEARS * 365;
  const observations: Observation[] = [];
  const releases: Release[] = [];
  const perDay = new Int32Array(days);
  const modes = ['pardon', 'deportation', 'exchange', 'sentence_served', 'unknown'] as const;
  for (let i = 0; i < CASES; i++) {
    const d = uniformInt(rng, 0, days - 1);
    perDay[d]++;
    releases.push({ id: `rel-${i}`, date: iso(d), count: 1, count_basis: 'confirmed', mode: modes[i % modes.length], ...(i % 500 === 0 ? { brokered_by: ['US'], linked_concession: 'relief' } : {}), ...CITED });
  }
  let stock = 40_000;
  let cumulative = 0;
  for (let d = 0; d < days; d++) {
    const inflow = uniformInt(rng, 10, 45);
    stock += inflow - perDay[d];
    cumulative += inflow;
    observations.push({ id: `in-${d}`, date: iso(d), metric: 'recognised_in_period', value: inflow, period_start: iso(d), period_end: iso(d), source_org: 'Counter', ...CITED });
    observations.push({ id: `s-${d}`, date: iso(d), metric: 'current', value: stock, source_org: 'Counter', ...CITED });
    if (d % 30 === 29) observations.push({ id: `c-${d}`, date: iso(d), metric: 'recognised_cumulative', value: cumulative, source_org: 'Counter', ...CITED });
  }
  const contacts: Contact[] = [];
  const measures: Measure[] = [];
  const events: PoliticalEvent[] = [];
  for (let i = 0; i < 300; i++) {
    contacts.push({ id: `con-${i}`, date: iso(uniformInt(rng, 0, days - 1)), kind: 'visit', from_actor: i % 3 ? 'US' : 'Envoy', to_actor: 'BY', summary: 's', ...(i % 7 === 0 ? { outcome: '1 prisoner freed' } : {}), ...CITED });
    measures.push({ id: `m-${i}`, date: iso(uniformInt(rng, 0, days - 1)), issuer: i % 2 ? 'EU' : 'US', action: i % 5 === 0 ? 'ease' : 'expand', programme: ['P'], target_kind: ['person'], summary: 's', ...CITED });
    events.push({ id: `e-${i}`, date: iso(uniformInt(rng, 0, days - 1)), kind: 'death_in_custody', summary: 's', quantity: 1, ...CITED });
  }
  return { releases, measures, contacts, events, observations };
}

const registry = generate();
const last = iso(YEARS * 365 - 1);
const timings: Array<[string, number]> = [];
const time = <T>(name: string, work: () => T): T => {
  const t = performance.now();
  const out = work();
  timings.push([name, performance.now() - t]);
  return out;
};
// One untimed warm-up so the JIT and the EDTF cache start as they would in a long-running server.
eventStudy(registry, { permutations: 10 });
const total = performance.now();
const ctx = time('prepare (series, inflow profile, exits)', () => prepareFlows(registry));
time('stock series (monthly)', () => stockSeries(registry.observations));
time('flows (120 monthly windows)', () => flows(registry, { window: 'month' }, ctx));
time('refill ratio (10 years)', () => refillRatio(registry, { from: '2016-01-01', to: last }, ctx));
time('replacement times (100,000 releases)', () => replacementTimes(registry, {}, ctx));
time('ledger (600 episodes, 100,000 releases)', () => exchangeLedger(registry, {}, ctx));
time('event study (k = 30, 1,000 placebo draws)', () => eventStudy(registry, { k: 30, permutations: 1000 }, ctx));
const all = performance.now() - total;
console.log(`# analysis bench: ${CASES.toLocaleString('en')} cases, ${YEARS} years of daily observations (${registry.observations.length.toLocaleString('en')} observation rows)`);
for (const [name, ms] of timings) console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms`);
console.log(`${'all analyses'.padEnd(44)} ${all.toFixed(1).padStart(8)} ms  (target 200 ms: ratio ${(all / 200).toFixed(2)})`);
