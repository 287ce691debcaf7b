import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { refillRatio, replacementTimes, poissonRatioInterval } from '../../src/analysis/index.ts';
import { addDays, obs, rel, registry } from './synthetic.ts';

const period = (id: string, start: string, end: string, value: number) => obs(id, end, 'recognised_in_period', value, { period_start: start, period_end: end });

test('refill: 30 recognised against 20 released is a ratio of 1.5, with a stated interval around it', () => {
  const reg = registry({ observations: [period('i1', '2024-01-01', '2024-01-31', 30)], releases: [rel('r1', '2024-01-10', 20)] });
  const r = refillRatio(reg, { from: '2024-01', to: '2024-01' });
  assert.equal(r.inflow, 30);
  assert.equal(r.outflow, 20);
  assert.equal(r.refill_ratio, 1.5);
  assert.equal(r.inflow_basis, 'observed');
  assert.ok(r.interval.low! < 1.5 && r.interval.high! > 1.5);
  assert.match(r.interval.method, /Wilson/);
  assert.deepEqual(r.source_ids, ['i1', 'r1']);
});

test('refill: Poisson-ratio interval by hand (I = 50, O = 50: p = 0.5, n = 100)', () => {
  // Wilson for p = 0.5, n = 100, z = 1.96: centre 0.5, half-width ≈ 0.0962 → p in [0.4038, 0.5962]
  // → I/O in [0.4038/0.5962, 0.5962/0.4038] = [0.677, 1.476].
  const i = poissonRatioInterval(50, 50);
  assert.ok(Math.abs(i.low! - 0.677) < 0.002, String(i.low));
  assert.ok(Math.abs(i.high! - 1.476) < 0.002, String(i.high));
  assert.deepEqual(poissonRatioInterval(0, 0).low, null);
});

test("refill: missing days are filled at the window's own rate and labelled", () => {
  // January has 31 recognised (1 a day); February has no data → 29 days filled at 1 a day.
  const reg = registry({ observations: [period('i1', '2024-01-01', '2024-01-31', 31)], releases: [rel('r1', '2024-01-10', 10)] });
  const r = refillRatio(reg, { from: '2024-01', to: '2024-02' });
  assert.equal(r.inflow_basis, 'rate_filled');
  assert.equal(r.inflow_detail.missing_days, 29);
  assert.equal(r.inflow, 60);
  assert.equal(r.refill_ratio, 6);
});

test('replacement: a release of 5 is replaced 5 days later at 1 recognition a day; a release of 100 is not yet', () => {
  const reg = registry({
    observations: [period('i1', '2024-01-01', '2024-01-31', 31)],
    releases: [rel('r5', '2024-01-10', 5), rel('r100', '2024-01-10', 100)],
  });
  const [a, b] = replacementTimes(reg).items;
  assert.equal(a.status, 'reached');
  assert.equal(a.days, 5); // 11, 12, 13, 14, 15 January
  assert.equal(a.reached_on, '2024-01-15');
  assert.equal(b.status, 'not_yet');
  assert.equal(b.inflow_so_far, 21); // 11 … 31 January
  assert.equal(b.as_of, '2024-01-31');
});

const arbData = fc.record({
  months: fc.array(fc.nat(300), { minLength: 1, maxLength: 12 }),
  releases: fc.array(fc.record({ day: fc.integer({ min: 0, max: 330 }), count: fc.integer({ min: 1, max: 80 }) }), { maxLength: 20 }),
});

function build(data: { months: number[]; releases: Array<{ day: number; count: number }> }, shift = 0) {
  const observations = data.months.map((v, i) => {
    const s = addDays('2023-01-01', i * 30 + shift);
    return period(`i-${i}`, s, addDays(s, 29), v);
  });
  const releases = data.releases.map((r, j) => rel(`r-${j}`, addDays('2023-01-01', r.day + shift), r.count));
  return registry({ observations, releases });
}

test('property: the refill ratio does not depend on the order of records', () => {
  fc.assert(
    fc.property(arbData, fc.integer(), (data, seed) => {
      const reg = build(data);
      const shuffled = registry({
        observations: [...reg.observations].sort(() => 0).reverse(),
        releases: fc.sample(fc.shuffledSubarray(reg.releases, { minLength: reg.releases.length }), { numRuns: 1, seed })[0],
      });
      const a = refillRatio(reg, { from: '2023-01-01', to: '2023-12-31' });
      const b = refillRatio(shuffled, { from: '2023-01-01', to: '2023-12-31' });
      return a.refill_ratio === b.refill_ratio && a.inflow === b.inflow && a.outflow === b.outflow;
    }),
    { numRuns: 100 },
  );
});

test('property: shifting every date (and the window) by the same days changes nothing', () => {
  fc.assert(
    fc.property(arbData, fc.integer({ min: -2000, max: 2000 }), (data, shift) => {
      const a = refillRatio(build(data), { from: '2023-01-01', to: '2023-12-31' });
      const b = refillRatio(build(data, shift), { from: addDays('2023-01-01', shift), to: addDays('2023-12-31', shift) });
      const ra = replacementTimes(build(data)).items.map((x) => [x.status, x.days]);
      const rb = replacementTimes(build(data, shift)).items.map((x) => [x.status, x.days]);
      return Math.abs(a.inflow - b.inflow) < 1e-6 && a.outflow === b.outflow && JSON.stringify(ra) === JSON.stringify(rb);
    }),
    { numRuns: 100 },
  );
});
