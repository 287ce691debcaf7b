import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stockSeries, stockAt } from '../../src/analysis/index.ts';
import { obs } from './synthetic.ts';

test("stock: observed on a row's day, interpolated between rows, missing outside", () => {
  const r = stockSeries([obs('a', '2024-01-01', 'current', 100), obs('b', '2024-01-11', 'current', 200)]);
  assert.equal(r.counter, 'Counter');
  assert.equal(r.n, 2);
  assert.deepEqual(r.span, { from: '2024-01-01', to: '2024-01-11' });
  // 5 days of 10 → halfway: 100 + 0.5 × (200 − 100) = 150, and both rows are named.
  assert.deepEqual(stockAt(r.series!, '2024-01-06'), { date: '2024-01-06', value: 150, kind: 'interpolated', source_ids: ['a', 'b'] });
  assert.deepEqual(stockAt(r.series!, '2024-01-01'), { date: '2024-01-01', value: 100, kind: 'observed', source_ids: ['a'] });
  assert.equal(stockAt(r.series!, '2023-12-31').kind, 'missing');
  assert.equal(stockAt(r.series!, '2023-12-31').value, null);
});

test('stock: counters are never mixed; the default is the counter with most rows', () => {
  const rows = [obs('a', '2024-01-31', 'current', 100), obs('b', '2024-02-29', 'current', 90), obs('c', '2024-02-29', 'current', 150, { source_org: 'Other' })];
  const r = stockSeries(rows);
  assert.equal(r.counter, 'Counter');
  assert.deepEqual(r.counters, [
    { counter: 'Counter', n: 2 },
    { counter: 'Other', n: 1 },
  ]);
  assert.deepEqual(
    r.series!.points.map((p) => p.value),
    [100, 90],
  );
  // Month ends: January observed (a), February observed (b).
  assert.deepEqual(
    r.monthly.map((m) => [m.date, m.value, m.kind]),
    [
      ['2024-01-31', 100, 'observed'],
      ['2024-02-29', 90, 'observed'],
    ],
  );
  assert.deepEqual(
    stockSeries(rows, { counter: 'Other' }).series!.points.map((p) => p.id),
    ['c'],
  );
});

test('stock: same-day disagreement of one counter is reported as a conflict', () => {
  const r = stockSeries([obs('a', '2024-01-31', 'current', 100), obs('b', '2024-01-31', 'current', 104)]);
  assert.deepEqual(r.series!.conflicts, [{ date: '2024-01-31', values: [100, 104], ids: ['a', 'b'] }]);
});

test('stock: no current rows gives an empty result, not an error', () => {
  const r = stockSeries([obs('x', '2024-01-31', 'recognised_cumulative', 5)]);
  assert.equal(r.counter, null);
  assert.equal(r.n, 0);
  assert.equal(r.span, null);
});
