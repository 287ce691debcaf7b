import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { flows } from '../../src/analysis/index.ts';
import type { Release } from '../../src/domain/index.ts';
import { obs, rel, registry } from './synthetic.ts';

const period = (id: string, start: string, end: string, value: number) => obs(id, end, 'recognised_in_period', value, { period_start: start, period_end: end });

test('flows: one month by hand, identity closes with residual 0', () => {
  // S(31 Dec) = 100, S(31 Jan) = 110; 30 recognised in January; 15 pardoned + 5 deported.
  // ΔS = 10 = I − O = 30 − 20 → residual 0.
  const reg = registry({
    observations: [obs('s0', '2023-12-31', 'current', 100), obs('s1', '2024-01-31', 'current', 110), period('i1', '2024-01-01', '2024-01-31', 30)],
    releases: [rel('r1', '2024-01-10', 15), rel('r2', '2024-01-20', 5, { mode: 'deportation', count_basis: 'announced' })],
  });
  const r = flows(reg, { from: '2024-01', to: '2024-01' });
  assert.equal(r.windows.length, 1);
  const w = r.windows[0];
  assert.equal(w.inflow.value, 30);
  assert.equal(w.outflow.total, 20);
  assert.equal(w.outflow.by_mode.pardon, 15);
  assert.equal(w.outflow.by_mode.deportation, 5);
  assert.equal(w.outflow.by_basis.announced, 5);
  assert.deepEqual(w.identity, { checked: true, delta_stock: 10, inflow_minus_outflow: 10, residual: 0, stock_basis: 'observed', inflow_basis: 'observed' });
  assert.deepEqual(w.source_ids, ['i1', 'r1', 'r2', 's0', 's1']);
});

test('flows: unrecorded exits show up as a negative residual; deaths in custody count as outflow', () => {
  // ΔS = −10, I = 30, O = 15 + 1 death → I − O = 14 → residual −24 (people who left unrecorded).
  const reg = registry({
    observations: [obs('s0', '2023-12-31', 'current', 100), obs('s1', '2024-01-31', 'current', 90), period('i1', '2024-01-01', '2024-01-31', 30)],
    releases: [rel('r1', '2024-01-10', 15)],
    events: [{ id: 'd1', date: '2024-01-05', kind: 'death_in_custody', summary: 's', quantity: 1, source_url: 'https://e.org', publisher: 'p', evidence: 'e' }],
  });
  const w = flows(reg, { from: '2024-01', to: '2024-01' }).windows[0];
  assert.equal(w.outflow.by_mode.death_in_custody, 1);
  assert.equal(w.identity.residual, -24);
});

test("flows: another counter's rows are left aside and named", () => {
  const reg = registry({
    observations: [
      obs('s0', '2023-12-31', 'current', 100),
      obs('s1', '2024-01-31', 'current', 100),
      obs('x', '2024-01-31', 'current', 999, { source_org: 'Other' }),
      period('i1', '2024-01-01', '2024-01-31', 0),
    ],
  });
  const r = flows(reg, { from: '2024-01', to: '2024-01' });
  assert.equal(r.counter, 'Counter');
  assert.deepEqual(r.other_counters, ['Other']);
  assert.equal(r.windows[0].stock_end.value, 100);
});

test('flows: a window without stock at an end is not checked, and says so', () => {
  const reg = registry({ observations: [obs('s0', '2023-12-31', 'current', 100), period('i1', '2024-01-01', '2024-01-31', 5)] });
  const w = flows(reg, { from: '2024-01', to: '2024-01' }).windows[0];
  assert.equal(w.identity.checked, false);
  assert.equal(w.identity.residual, null);
  assert.equal(w.identity.stock_basis, 'missing');
});

test('property: on consistent synthetic data the identity holds with residual 0 in every month', () => {
  const month = fc.record({
    inflow: fc.nat(200),
    releases: fc.array(
      fc.record({
        day: fc.integer({ min: 1, max: 28 }),
        count: fc.nat(50),
        mode: fc.constantFrom('pardon', 'deportation', 'exchange', 'sentence_served', 'unknown') as fc.Arbitrary<'pardon'>,
      }),
      { maxLength: 4 },
    ),
  });
  fc.assert(
    fc.property(fc.array(month, { minLength: 1, maxLength: 24 }), fc.integer({ min: 1000, max: 5000 }), (months, start) => {
      const observations = [obs('s-0', '2019-12-31', 'current', start)];
      const releases: Release[] = [];
      let stock = start;
      for (let i = 0; i < months.length; i++) {
        const y = 2020 + Math.floor(i / 12);
        const m = String((i % 12) + 1).padStart(2, '0');
        const last = new Date(Date.UTC(y, (i % 12) + 1, 0)).toISOString().slice(0, 10);
        observations.push(period(`i-${i}`, `${y}-${m}-01`, last, months[i].inflow));
        let out = 0;
        months[i].releases.forEach((r, j) => {
          releases.push(rel(`r-${i}-${j}`, `${y}-${m}-${String(r.day).padStart(2, '0')}`, r.count, { mode: r.mode }));
          out += r.count;
        });
        stock += months[i].inflow - out;
        observations.push(obs(`s-${i + 1}`, last, 'current', stock));
      }
      const r = flows(registry({ observations, releases }), { from: '2020-01', to: observations[observations.length - 1].date });
      return r.windows.length === months.length && r.windows.every((w) => w.identity.checked && w.identity.residual === 0) && r.totals.identity.residual === 0;
    }),
    { numRuns: 100 },
  );
});
