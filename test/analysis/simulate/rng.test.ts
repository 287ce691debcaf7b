import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gammaln } from 'simple-statistics';
import { APPROX_THRESHOLD, binomialQuantile, normalQuantile, poissonQuantile, shockQuantile, uniformStream } from '../../../src/analysis/simulate/index.ts';

function exactPoisson(u: number, mu: number): number {
  let cdf = 0;
  for (let k = 0; ; k++) {
    cdf += Math.exp(-mu + k * Math.log(mu) - gammaln(k + 1));
    if (cdf >= u) return k;
  }
}

function exactBinomial(u: number, n: number, p: number): number {
  let cdf = 0;
  for (let k = 0; k < n; k++) {
    cdf += Math.exp(gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p));
    if (cdf >= u) return k;
  }
  return n;
}

test('the same seed gives the same uniforms, in (0, 1); another seed gives others', () => {
  const a = uniformStream(7, 0, 1);
  const b = uniformStream(7, 0, 1);
  const c = uniformStream(8, 0, 1);
  const xs = Array.from({ length: 1000 }, () => a.next());
  assert.deepEqual(
    xs,
    Array.from({ length: 1000 }, () => b.next()),
  );
  assert.notDeepEqual(
    xs,
    Array.from({ length: 1000 }, () => c.next()),
  );
  assert.ok(xs.every((x) => x > 0 && x < 1));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.03, `mean ${mean}`);
});

test('normalQuantile matches known values', () => {
  assert.ok(Math.abs(normalQuantile(0.975) - 1.959963985) < 1e-8);
  assert.ok(Math.abs(normalQuantile(0.05) + 1.644853627) < 1e-8);
  assert.equal(normalQuantile(0.5), 0);
});

test('below the threshold Poisson and Binomial draws are exact quantiles', () => {
  for (const mu of [0.2, 3, 12.5, APPROX_THRESHOLD - 0.1]) {
    for (let i = 1; i < 200; i++) assert.equal(poissonQuantile(i / 200, mu), exactPoisson(i / 200, mu), `mu ${mu} u ${i / 200}`);
  }
  for (const [n, p] of [
    [10, 0.3],
    [1200, 0.02],
    [5000, 0.0002],
  ] as const) {
    for (let i = 1; i < 200; i++) assert.equal(binomialQuantile(i / 200, n, p), exactBinomial(i / 200, n, p), `n ${n} p ${p}`);
  }
});

test('above the threshold the Cornish–Fisher quantiles are within one count of exact, and rarely off', () => {
  for (const mu of [APPROX_THRESHOLD, 150, 700, 5000]) {
    let off = 0;
    for (let i = 1; i < 1000; i++) {
      const d = Math.abs(poissonQuantile(i / 1000, mu) - exactPoisson(i / 1000, mu));
      assert.ok(d <= 1, `mu ${mu}`);
      off += d;
    }
    assert.ok(off / 1000 < 0.02, `mu ${mu}: ${off} of 1000 off by one`);
  }
  for (const [n, p] of [
    [5000, 0.03],
    [3000, 0.3],
    [400, 0.7],
  ] as const) {
    let off = 0;
    for (let i = 1; i < 1000; i++) {
      const d = Math.abs(binomialQuantile(i / 1000, n, p) - exactBinomial(i / 1000, n, p));
      assert.ok(d <= 1, `n ${n} p ${p}`);
      off += d;
    }
    assert.ok(off / 1000 < 0.02, `n ${n} p ${p}: ${off} off by one`);
  }
});

test('draws keep rising with the mean across the switch to the approximation', () => {
  for (let i = 1; i < 20_000; i++) {
    const u = i / 20_000;
    for (const mu of [APPROX_THRESHOLD - 1e-9, APPROX_THRESHOLD + 0.5, 2 * APPROX_THRESHOLD - 1e-9])
      assert.ok(poissonQuantile(u, mu + 0.3) >= poissonQuantile(u, mu), `u ${u} mu ${mu}`);
    const n = Math.ceil(APPROX_THRESHOLD / 0.02) - 1;
    assert.ok(binomialQuantile(u, n + 1, 0.02) >= binomialQuantile(u, n, 0.02), `u ${u}`);
  }
});

test('draws rise with the mean (coupling) and stay in range', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
      fc.double({ min: 0, max: 2000, noNaN: true }),
      fc.double({ min: 0, max: 50, noNaN: true }),
      (u, mu, extra) => {
        assert.ok(poissonQuantile(u, mu + extra) >= poissonQuantile(u, mu));
        assert.ok(poissonQuantile(u, mu) >= 0);
      },
    ),
  );
  fc.assert(
    fc.property(
      fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
      fc.integer({ min: 0, max: 5000 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (u, n, p) => {
        const k = binomialQuantile(u, n, p);
        assert.ok(k >= 0 && k <= n);
        const k1 = binomialQuantile(u, n + 1, p);
        assert.ok(k1 === k || k1 === k + 1, `n ${n} p ${p}: ${k} then ${k1}`);
      },
    ),
  );
});

test('the arrival shock has mean 1 and the asked variance', () => {
  const s = uniformStream(3, 0, 0);
  const xs = Array.from({ length: 200_000 }, () => shockQuantile(s.next(), 0.2));
  const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length;
  assert.ok(Math.abs(mean - 1) < 0.01, `mean ${mean}`);
  assert.ok(Math.abs(variance - 0.2) < 0.01, `variance ${variance}`);
  assert.equal(shockQuantile(0.3, 0), 1);
});
