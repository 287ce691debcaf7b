import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refillRatio, replacementTimes } from '../../src/analysis/index.ts';
import { uniformStream } from '../../src/analysis/simulate/rng.ts';
import { obs, rel, registry } from './synthetic.ts';

const period = (id: string, start: string, end: string, value: number) => obs(id, end, 'recognised_in_period', value, { period_start: start, period_end: end });
const cumulative = (id: string, date: string, value: number) => obs(id, date, 'recognised_cumulative', value);
const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (m: number) => new Date(Date.UTC(2024, m, 0)).toISOString().slice(0, 10);
/** Twelve published months of 2024 with uneven counts (over-dispersed). */
const MONTHS = [20, 60, 35, 40, 80, 50, 90, 70, 45, 30, 25, 55];
const months = (skip: Set<number> = new Set()) =>
  MONTHS.flatMap((v, i) => (skip.has(i) ? [] : [period(`m${i + 1}`, `2024-${pad(i + 1)}-01`, monthEnd(i + 1), v)]));
/** Releases of sizes 1 … 24, on the 1st and 15th of each month, or merged six by six into four batches (same total, 300). */
const spread = () => Array.from({ length: 24 }, (_, k) => rel(`r${k}`, `2024-${pad((k >> 1) + 1)}-${k % 2 ? '15' : '01'}`, k + 1));
const merged = () =>
  [0, 1, 2, 3].map((g) =>
    rel(
      `g${g}`,
      `2024-${pad(g * 3 + 2)}-10`,
      [0, 1, 2, 3, 4, 5].reduce((s, i) => s + g * 6 + i + 1, 0),
    ),
  );
const width = (r: ReturnType<typeof refillRatio>) => r.interval.high! - r.interval.low!;
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

test('refill interval: a bootstrap over batches and months, seeded and stated', () => {
  const reg = registry({ observations: months(), releases: spread() });
  const a = refillRatio(reg, { ...YEAR, rng: uniformStream(7) });
  const b = refillRatio(reg, { ...YEAR, rng: uniformStream(7) });
  assert.equal(a.interval.kind, 'bootstrap');
  assert.equal(a.interval.resamples, 1000);
  assert.match(a.interval.method, /24 release batches.*12 months/);
  assert.deepEqual(a.interval, b.interval);
  assert.ok(a.interval.low! < a.refill_ratio! && a.refill_ratio! < a.interval.high!, JSON.stringify(a.interval));
  // People treated as independent Poisson events give a narrower interval than batches do.
  assert.ok(width(a) > a.poisson_interval.high! - a.poisson_interval.low!);
});

test('refill interval: merging the same releases into fewer, larger batches widens it', () => {
  const few = refillRatio(registry({ observations: months(), releases: merged() }), { ...YEAR, seed: 3 });
  const many = refillRatio(registry({ observations: months(), releases: spread() }), { ...YEAR, seed: 3 });
  assert.equal(few.outflow, many.outflow);
  assert.equal(few.refill_ratio, many.refill_ratio);
  assert.ok(width(few) > width(many) * 1.3, `${width(few)} vs ${width(many)}`);
});

test('refill interval: a larger estimated share of inflow widens it (cumulative differences are upper bounds)', () => {
  // Same totals and the same daily profile: May–August are one published four-month count in the
  // first registry, and only bracketed by cumulative counts (an upper bound) in the second.
  const before = MONTHS.slice(0, 4).reduce((s, v) => s + v, 0);
  const gap = MONTHS.slice(4, 8).reduce((s, v) => s + v, 0);
  const published = registry({ observations: [...months(new Set([4, 5, 6, 7])), period('may-aug', '2024-05-01', '2024-08-31', gap)], releases: spread() });
  const estimated = registry({
    observations: [...months(new Set([4, 5, 6, 7])), cumulative('c0', '2024-04-30', 1000 + before), cumulative('c1', '2024-08-31', 1000 + before + gap)],
    releases: spread(),
  });
  const p = refillRatio(published, { ...YEAR, seed: 5 });
  const e = refillRatio(estimated, { ...YEAR, seed: 5 });
  assert.equal(e.inflow, p.inflow);
  assert.equal(p.estimated_share, 0);
  assert.ok(e.estimated_share > 0.3, String(e.estimated_share));
  assert.ok(e.inflow_range.low < e.inflow_range.high);
  assert.ok(width(e) > width(p), `${width(e)} vs ${width(p)}`);
  assert.ok(e.interval.low! < p.interval.low!);
});

test('refill: more than 10 % of the window without inflow data warns; 10 % or less does not', () => {
  // Two months missing of twelve (62 of 366 days, 17 %) warns; one missing 30-day month (8 %) does not.
  const loud = refillRatio(registry({ observations: months(new Set([6, 7])), releases: spread() }), YEAR);
  assert.equal(loud.inflow_basis, 'rate_filled');
  assert.equal(loud.warnings.length, 1);
  assert.match(loud.warnings[0], /62 of 366 days \(17 %\) have no inflow data/);
  const quiet = refillRatio(registry({ observations: months(new Set([8])), releases: spread() }), YEAR);
  assert.equal(quiet.inflow_basis, 'rate_filled');
  assert.deepEqual(quiet.warnings, []);
});

test('replacement: estimated inflow gives a range of days (upper-bound inflow fast, published-rate floor slow)', () => {
  // January published: 31 (1 a day). February–March only by cumulative difference: 120 in 60 days (2 a day), floor 1 a day.
  const reg = registry({
    observations: [period('jan', '2024-01-01', '2024-01-31', 31), cumulative('c0', '2024-01-31', 500), cumulative('c1', '2024-03-31', 620)],
    releases: [rel('r', '2024-01-31', 20)],
  });
  const [x] = replacementTimes(reg).items;
  assert.equal(x.days, 10);
  assert.deepEqual(x.days_range, { low: 10, high: 20 });
  assert.ok(x.estimated_share > 0.99);
});

test("political outflow: a note saying how many of a batch were on the counter's list counts only those; each exit is shown", () => {
  const reg = registry({
    observations: months(),
    releases: [
      rel('mixed', '2024-03-01', 15, { note: "Only 8 were political convicts. On the counter's list: 8." }),
      rel('foreign', '2024-05-01', 31, { note: "On the counter's list: 0." }),
      rel('plain', '2024-07-01', 20),
    ],
  });
  const r = refillRatio(reg, YEAR);
  assert.equal(r.outflow, 66);
  assert.equal(r.political_outflow.total, 28);
  assert.equal(r.political_outflow.total_recorded, 66);
  assert.deepEqual(
    r.political_outflow.exits.map((x) => [x.id, x.count, x.on_list, x.basis]),
    [
      ['mixed', 15, 8, 'note'],
      ['foreign', 31, 0, 'note'],
      ['plain', 20, 20, 'count'],
    ],
  );
  assert.deepEqual(r.political_outflow.adjusted_ids, ['mixed', 'foreign']);
  assert.equal(r.sensitivity.political_outflow, r.inflow / 28);
});
