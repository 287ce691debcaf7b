import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildInflowProfile, inflowBetween, dayOf, FLOW_INFLOW } from '../../src/analysis/index.ts';
import { obs } from './synthetic.ts';

const period = (id: string, start: string, end: string, value: number) => obs(id, end, 'recognised_in_period', value, { period_start: start, period_end: end });
const sum = (rows: Parameters<typeof buildInflowProfile>[0], a: string, b: string) =>
  inflowBetween(buildInflowProfile(rows, 'Counter', FLOW_INFLOW), dayOf(a), dayOf(b));

test('inflow: months that tile a window are an exact sum of published counts', () => {
  const r = sum([period('jan', '2024-01-01', '2024-01-31', 10), period('feb', '2024-02-01', '2024-02-29', 20)], '2024-01-01', '2024-02-29');
  assert.equal(r.value, 30); // 10 + 20
  assert.equal(r.exact, true);
  assert.deepEqual(r.source_ids, ['feb', 'jan']);
});

test('inflow: a year minus the month published inside it fills the other months (enclosing remainder)', () => {
  // 2023 (365 days): 120 in the year, 10 in January → 110 spread over 1 Feb … 31 Dec (334 days).
  const rows = [period('y', '2023-01-01', '2023-12-31', 120), period('jan', '2023-01-01', '2023-01-31', 10)];
  const feb = sum(rows, '2023-02-01', '2023-02-28');
  assert.ok(Math.abs(feb.value - (110 * 28) / 334) < 1e-9);
  assert.equal(feb.observed, 0);
  assert.ok(Math.abs(feb.estimated_by.enclosing_remainder - feb.value) < 1e-9);
  assert.deepEqual(feb.source_ids, ['jan', 'y']);
  const year = sum(rows, '2023-01-01', '2023-12-31');
  assert.equal(year.exact, true); // the year row alone tiles the year
  assert.equal(year.value, 120);
});

test('inflow: a missing month between two cumulative counts is their difference minus the covered months', () => {
  // Cumulative 100 on 31 Jan and 160 on 31 Mar; March published as 25 → February = 60 − 25 = 35.
  const rows = [
    obs('c1', '2024-01-31', 'recognised_cumulative', 100),
    obs('c2', '2024-03-31', 'recognised_cumulative', 160),
    period('mar', '2024-03-01', '2024-03-31', 25),
  ];
  const feb = sum(rows, '2024-02-01', '2024-02-29');
  assert.ok(Math.abs(feb.value - 35) < 1e-9);
  assert.ok(Math.abs(feb.estimated_by.cumulative_difference - 35) < 1e-9);
  assert.deepEqual(feb.source_ids, ['c1', 'c2', 'mar']);
});

test('inflow: days with no data are counted as missing, never as zero inflow', () => {
  const r = sum([period('jan', '2024-01-01', '2024-01-31', 31)], '2024-01-01', '2024-02-10');
  assert.equal(r.value, 31);
  assert.equal(r.missing_days, 10);
});

test('inflow: a year smaller than the months inside it is clamped to 0 and flagged', () => {
  const rows = [period('y', '2023-01-01', '2023-12-31', 5), period('jan', '2023-01-01', '2023-01-31', 10)];
  const p = buildInflowProfile(rows, 'Counter', FLOW_INFLOW);
  assert.deepEqual(p.clamped_ids, ['y']);
  assert.equal(inflowBetween(p, dayOf('2023-02-01'), dayOf('2023-12-31')).value, 0);
});

test('inflow: sums read off running totals come without binary-fraction noise (73 a year → 2 in any 10 days)', () => {
  const rows = [period('y', '2023-01-01', '2023-12-31', 73)];
  for (const [from, to] of [
    ['2023-01-10', '2023-01-19'],
    ['2023-03-03', '2023-03-12'],
    ['2023-11-20', '2023-11-29'],
  ] as const) {
    assert.equal(sum(rows, from, to).value, 2, `${from}…${to}`);
  }
});

test('inflow: minPeriodDays leaves shorter rows out and says so; cumulative: false reads no cumulative counts', () => {
  const rows = [
    period('batch', '2024-01-15', '2024-01-15', 7),
    period('jan', '2024-01-01', '2024-01-31', 31),
    obs('c1', '2024-01-31', 'recognised_cumulative', 100),
    obs('c2', '2024-02-29', 'recognised_cumulative', 129),
  ];
  const all = buildInflowProfile(rows, 'Counter', FLOW_INFLOW);
  assert.equal(inflowBetween(all, dayOf('2024-01-01'), dayOf('2024-02-29')).value, 60); // 31 (7 inside it on the 15th) + 29
  const rates = buildInflowProfile(rows, 'Counter', { minPeriodDays: 28, cumulative: false });
  assert.deepEqual(rates.excluded, [{ id: 'batch', reason: 'period shorter than 28 days' }]);
  const both = inflowBetween(rates, dayOf('2024-01-01'), dayOf('2024-02-29'));
  assert.equal(both.value, 31);
  assert.equal(both.missing_days, 29);
});

test('inflow: a remainder spread over several runs is one figure, named by the longer row', () => {
  // The year minus March leaves two runs (January–February, April–December): one count, 110.
  const rows = [period('y', '2023-01-01', '2023-12-31', 120), period('mar', '2023-03-01', '2023-03-31', 10)];
  const p = buildInflowProfile(rows, 'Counter', FLOW_INFLOW);
  const runs = p.segments.filter((s) => s.method === 'enclosing_remainder');
  assert.equal(runs.length, 2);
  assert.equal(runs[0].figure, runs[1].figure);
  assert.deepEqual(p.figures[runs[0].figure], { method: 'enclosing_remainder', ids: ['y'], clamped: false });
  assert.ok(Math.abs(runs[0].value + runs[1].value - 110) < 1e-9);
});
