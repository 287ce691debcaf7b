import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expectedStock, simulate, type ChannelSpec, type ModelSpec } from '../../../src/analysis/simulate/index.ts';

function spec(over: Partial<ModelSpec> = {}): ModelSpec {
  return {
    months: 36,
    startStock: 1000,
    memoryMonths: 3,
    priorReleases: [],
    deathRate: 0,
    cv2: 0,
    channels: [],
    fixedReleases: new Float64Array(over.months ?? 36),
    channelsFrom: 1,
    ...over,
  };
}

function draws(runs: number, lambda: number, delta: number, rho = 0) {
  return { lambda: new Float64Array(runs).fill(lambda), delta: new Float64Array(runs).fill(delta), rho: new Float64Array(runs).fill(rho) };
}

test('with ρ = 0 and no deals the mean stock follows the closed form', () => {
  const runs = 20_000;
  for (const [lambda, delta, mu, s0, cv2] of [
    [45, 0.028, 0.0002, 1140, 0],
    [120, 0.05, 0, 300, 0.2],
    [10, 0.01, 0.001, 2000, 0],
  ] as const) {
    const q = simulate(spec({ startStock: s0, deathRate: mu, cv2 }), draws(runs, lambda, delta), 11);
    for (const t of [0, 5, 11, 23, 35]) {
      const expected = expectedStock(s0, lambda, delta, mu, t + 1);
      // Standard error of the mean: the stationary sd is at most about √(λ/(1−q²))·(1+cv²λ) — bounded by 6 SE here.
      const sd = Math.sqrt((lambda * (1 + cv2 * lambda)) / (1 - (1 - delta) ** 2));
      assert.ok(Math.abs(q[t].mean - expected) < 6 * (sd / Math.sqrt(runs)) + 0.05, `λ ${lambda} δ ${delta} month ${t + 1}: ${q[t].mean} vs ${expected}`);
    }
  }
});

test('the closed form itself: a fixed point and a start at it stays there', () => {
  const star = 45 / (1 - (1 - 0.03) * (1 - 0.001));
  assert.ok(Math.abs(expectedStock(star, 45, 0.03, 0.001, 24) - star) < 1e-9);
  assert.equal(expectedStock(100, 5, 0, 0, 10), 150);
});

test('the same seed gives the same quantiles; another seed does not', () => {
  const ch: ChannelSpec = { perMonth: 0.4, everyMonths: 0, phase: 0, sizes: Float64Array.from([10, 50, 120]), sizeMultiplier: 1 };
  const s = spec({ channels: [ch], cv2: 0.2 });
  const a = simulate(s, draws(2000, 45, 0.03, 1.5), 5);
  const b = simulate(s, draws(2000, 45, 0.03, 1.5), 5);
  const c = simulate(s, draws(2000, 45, 0.03, 1.5), 6);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test('a channel on a schedule fires exactly every k months from its phase, after channelsFrom', () => {
  const ch: ChannelSpec = { perMonth: 0, everyMonths: 3, phase: 1, sizes: Float64Array.from([40]), sizeMultiplier: 1.5 };
  const q = simulate(spec({ months: 12, channels: [ch], channelsFrom: 3 }), draws(10, 0, 0), 1);
  assert.deepEqual(
    q.map((m) => m.releases),
    [0, 0, 0, 0, 60, 0, 0, 60, 0, 0, 60, 0],
  );
  assert.deepEqual(
    q.map((m) => m.p50),
    [1000, 1000, 1000, 1000, 940, 940, 940, 880, 880, 880, 820, 820],
  );
});

test('given releases are applied and capped at the stock', () => {
  const fixed = new Float64Array(6);
  fixed[1] = 30;
  fixed[3] = 5000;
  const q = simulate(spec({ months: 6, fixedReleases: fixed }), draws(10, 0, 0), 1);
  assert.deepEqual(
    q.map((m) => m.p50),
    [1000, 970, 970, 0, 0, 0],
  );
});

const paramsArb = fc.record({
  lambda: fc.double({ min: 0, max: 300, noNaN: true }),
  delta: fc.double({ min: 0, max: 0.5, noNaN: true }),
  rho: fc.double({ min: -2, max: 6, noNaN: true }),
  mu: fc.double({ min: 0, max: 0.01, noNaN: true }),
  cv2: fc.double({ min: 0, max: 1, noNaN: true }),
  s0: fc.integer({ min: 0, max: 5000 }),
  perMonth: fc.double({ min: 0, max: 1, noNaN: true }),
  sizes: fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 5 }),
  seed: fc.integer(),
});

test('property: the stock is never negative and the quantiles are ordered', () => {
  fc.assert(
    fc.property(paramsArb, (p) => {
      const ch: ChannelSpec = { perMonth: p.perMonth, everyMonths: 0, phase: 0, sizes: Float64Array.from(p.sizes), sizeMultiplier: 1 };
      const q = simulate(
        spec({ months: 24, startStock: p.s0, deathRate: p.mu, cv2: p.cv2, channels: [ch], priorReleases: [p.sizes[0]] }),
        draws(200, p.lambda, p.delta, p.rho),
        p.seed,
      );
      for (const m of q) {
        assert.ok(m.p05 >= 0);
        assert.ok(m.p05 <= m.p25 && m.p25 <= m.p50 && m.p50 <= m.p75 && m.p75 <= m.p95, JSON.stringify(m));
        assert.ok(m.arrivals >= 0 && m.completions >= 0 && m.deaths >= 0 && m.releases >= 0);
      }
    }),
    { numRuns: 150 },
  );
});

test('property: a higher λ never lowers the median (ρ = 0: runs are coupled path by path)', () => {
  fc.assert(
    fc.property(paramsArb, fc.double({ min: 0, max: 100, noNaN: true }), (p, extra) => {
      const ch: ChannelSpec = { perMonth: p.perMonth, everyMonths: 0, phase: 0, sizes: Float64Array.from(p.sizes), sizeMultiplier: 1 };
      const s = spec({ months: 24, startStock: p.s0, deathRate: p.mu, cv2: p.cv2, channels: [ch] });
      const low = simulate(s, draws(300, p.lambda, p.delta), p.seed);
      const high = simulate(s, draws(300, p.lambda + extra, p.delta), p.seed);
      for (let t = 0; t < low.length; t++) assert.ok(high[t].p50 >= low[t].p50, `month ${t + 1}: ${high[t].p50} < ${low[t].p50}`);
    }),
    { numRuns: 150 },
  );
});
