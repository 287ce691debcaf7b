import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backtest, builtinScenarios, calibrate, runScenario, SCENARIO_NAMES, scenarioByName, userScenario } from '../../../src/analysis/simulate/index.ts';
import { LeverageError } from '../../../src/domain/index.ts';
import { shippedRegistry } from './fixture.ts';

const cal = calibrate(shippedRegistry());

test('built-in scenarios: engagement is the main broker (US), changed only where named', () => {
  const all = builtinScenarios(cal);
  assert.deepEqual(
    all.map((s) => s.name),
    [...SCENARIO_NAMES],
  );
  const us = (name: string) => scenarioByName(cal, name).params.channels.find((c) => c.name === 'US')!;
  assert.ok(us('status-quo').perMonth > 0 && us('status-quo').everyMonths === 0);
  assert.ok(us('engagement-continues').everyMonths >= 1);
  assert.equal(us('engagement-stops').perMonth, 0);
  assert.equal(us('engagement-stops').everyMonths, 0);
  assert.ok(scenarioByName(cal, 'pressure-rises').params.lambdaMultiplier > 1);
  assert.equal(us('engagement-stops+pressure-rises').perMonth, 0);
  assert.throws(
    () => scenarioByName(cal, 'nope'),
    (e: unknown) => e instanceof LeverageError && e.code === 'not_found',
  );
});

test('the same seed gives the same quantiles; runs start after the start stock with known releases', () => {
  const s = scenarioByName(cal, 'status-quo');
  const a = runScenario(cal, s, { runs: 2000, months: 12, seed: 3 });
  const b = runScenario(cal, s, { runs: 2000, months: 12, seed: 3 });
  assert.deepEqual(a, b);
  assert.equal(a.quantiles[0].month, '2026-03');
  assert.equal(a.quantiles.length, 12);
  assert.ok(a.quantiles[0].releases >= 250); // the 19 March 2026 release
  assert.ok(a.n > 0 && a.span);
});

test('stopping engagement keeps more people in prison than continuing it (same seed)', () => {
  const stop = runScenario(cal, scenarioByName(cal, 'engagement-stops'), { runs: 3000, months: 24, seed: 1 });
  const go = runScenario(cal, scenarioByName(cal, 'engagement-continues'), { runs: 3000, months: 24, seed: 1 });
  assert.ok(stop.quantiles[23].p50 > go.quantiles[23].p50);
});

test('higher λ never lowers the median, with the calibrated posterior (ρ included)', () => {
  const base = scenarioByName(cal, 'status-quo');
  let previous: number[] | undefined;
  for (const m of [0.8, 1, 1.2, 1.5]) {
    const r = runScenario(cal, { ...base, params: { ...base.params, lambdaMultiplier: m } }, { runs: 3000, months: 24, seed: 2 });
    const medians = r.quantiles.map((q) => q.p50);
    if (previous) for (const [t, v] of medians.entries()) assert.ok(v >= previous![t]!, `×${m} month ${t + 1}`);
    previous = medians;
  }
});

test('user-defined parameters are validated with the path at fault', () => {
  const s = userScenario(cal, {
    name: 'mine',
    base: 'engagement-stops',
    rho: { min: 0, max: 2 },
    lambdaMultiplier: 0.9,
    channels: { domestic: { everyMonths: 6, sizes: [20, 40] }, EU: { perMonth: 0.1, sizes: [5] } },
  });
  assert.equal(s.name, 'mine');
  assert.deepEqual(s.params.rho, { mode: 'uniform', min: 0, max: 2 });
  assert.equal(s.params.channels.find((c) => c.name === 'domestic')!.everyMonths, 6);
  assert.ok(s.params.channels.some((c) => c.name === 'EU'));
  const r = runScenario(cal, s, { runs: 500, months: 6, seed: 1 });
  assert.equal(r.scenario.name, 'mine');
  const bad = (input: unknown, column: string) =>
    assert.throws(
      () => userScenario(cal, input),
      (e: unknown) => e instanceof LeverageError && e.location?.column === column,
    );
  bad({ lambda: -1 }, 'lambda');
  bad({ channels: { US: { perMonth: 2 } } }, 'channels.US.perMonth');
  bad({ channels: { XX: { perMonth: 0.2 } } }, 'channels.XX');
  bad({ surprise: 1 }, '(root)');
  bad({ rho: { min: 3, max: 1 } }, 'rho');
});

test('backtest: both variants and the naive baseline are scored on the same observed months', () => {
  const b = backtest(shippedRegistry(), { runs: 1000, seed: 1 });
  // Only rows published by the 30 June 2024 cut: the June count (BY-0092) came out on 9 July, so the
  // runs start from May's and June is the first month checked (15 observed months, not 14).
  assert.equal(b.start.month, '2024-05');
  assert.equal(b.variants.length, 2);
  const months = b.variants[0].rows.map((r) => r.month);
  assert.equal(months[0], '2024-06');
  assert.equal(months[months.length - 1], '2026-03');
  for (const v of b.variants) {
    assert.equal(v.observedMonths, 15);
    for (const r of v.rows) assert.equal(r.in90 === null, r.observed === null);
  }
  const given = b.variants.find((v) => v.name === 'given-releases')!;
  const quo = b.variants.find((v) => v.name === 'status-quo')!;
  // Knowing the deals must help: the pre-cut history had none of the 2024–2026 releases.
  assert.ok(given.coverage90! > quo.coverage90!);
  assert.ok(given.mae! < quo.mae!);
  assert.equal(b.naive.rows.length, months.length);
});
