/**
 * Seeded randomness for the simulator: a stream factory over `pure-rand`'s xoroshiro128+, and
 * quantile-function samplers (one uniform in, one value out).
 *
 * Why inversion everywhere: a sampler that turns exactly one uniform into one draw, through a
 * quantile function that rises with the mean, keeps runs *coupled*. Two scenarios run with the same
 * seed see the same uniforms month by month, so their difference is the scenario, not the dice;
 * and a higher arrival rate gives, path by path, at least as many arrivals (the monotonicity the
 * tests check). Rejection samplers (PTRS, BTRS) are exact but use a variable number of uniforms.
 *
 * Accuracy: below a mean of `APPROX_THRESHOLD` (100; the shipped data's arrivals and completions
 * are 20–70 a month) the Poisson and Binomial draws are exact sequential inversion. At or above it
 * they use the Cornish–Fisher expansion of the quantile (normal quantile corrected for skewness
 * and kurtosis, with a continuity correction): checked in test/analysis/simulate/rng.test.ts
 * against exact quantiles for means 30 to 5,000, it is off by at most one count, for under 1% of
 * u. Draws rise with the mean everywhere, across the switch too (see the guard). One known
 * imperfection: where n·p crosses the threshold, Binomial(n+1) may exceed Binomial(n) by 2 for a
 * fraction of a percent of u (elsewhere by 0 or 1, as exact quantiles do).
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Means at or above this use the Cornish–Fisher approximation; below it, exact inversion (cost ∝ mean). */
export const APPROX_THRESHOLD = 100;

/** A stream of uniforms in the open interval (0, 1). Mutable: each call advances it. */
export interface UniformStream {
  next(): number;
}

const TWO_M32 = 2 ** -32;

/** Mixes integers into a well-spread 32-bit seed (a murmur3-style finaliser), so nearby seeds give unrelated streams. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9 | 0;
  for (const p of parts) {
    let k = Math.imul(p | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * A uniform stream seeded by `parts` (e.g. seed, simulation index, component). Values are
 * multiples of 2^-32 shifted by half a step, so never exactly 0 or 1 (logs and quantiles stay
 * finite); 32 bits are plenty for counts of a few thousand.
 */
export function uniformStream(...parts: number[]): UniformStream {
  const g = xoroshiro128plus(mixSeed(...parts));
  // The generator's first outputs after a simple seeding are weakly mixed: skip a few.
  for (let i = 0; i < 8; i++) g.next();
  return { next: () => ((g.next() >>> 0) + 0.5) * TWO_M32 };
}

/**
 * Standard normal quantile Φ⁻¹(u), u in (0, 1): Acklam's rational approximation (relative
 * error below 1.2e-9), enough for the tails the bands use (5% and 95%).
 */
export function normalQuantile(u: number): number {
  if (u < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(u));
    return (
      (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) * q +
        2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1)
    );
  }
  if (u > 0.97575) {
    const q = Math.sqrt(-2 * Math.log(1 - u));
    return (
      -(
        ((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) * q +
        2.938163982698783
      ) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1)
    );
  }
  const q = u - 0.5;
  const r = q * q;
  return (
    ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r - 3.066479806614716e1) * r +
      2.506628277459239) *
      q) /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r - 1.328068155288572e1) * r + 1)
  );
}

/** Cornish–Fisher quantile of a discrete count with the given mean, sd, skewness and excess kurtosis. */
function cornishFisher(u: number, mean: number, sd: number, skew: number, kurt: number): number {
  const z = normalQuantile(u);
  const z2 = z * z;
  const w = z + (skew * (z2 - 1)) / 6 + (kurt * (z2 * z - 3 * z)) / 24 - (skew * skew * (2 * z2 * z - 5 * z)) / 36;
  // The continuity correction: P(X ≤ k) ≈ Φ-ish((k + 0.5 − mean) / sd).
  return Math.ceil(mean + sd * w - 0.5);
}

/**
 * Poisson(mean) quantile at u: the least k with P(X ≤ k) ≥ u. Exact below `APPROX_THRESHOLD`,
 * Cornish–Fisher above. Returns 0 for a mean ≤ 0 (or NaN).
 */
export function poissonQuantile(u: number, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < APPROX_THRESHOLD) return poissonExact(u, mean);
  const sd = Math.sqrt(mean);
  const k = cornishFisher(u, mean, sd, 1 / sd, 1 / mean);
  // Guard at the switch: never below the exact quantile at the threshold, so draws keep rising
  // with the mean across it (above twice the threshold the approximation is far above it).
  if (mean < 2 * APPROX_THRESHOLD) {
    const floor = poissonExact(u, APPROX_THRESHOLD);
    return k > floor ? k : floor;
  }
  return k;
}

function poissonExact(u: number, mean: number): number {
  let p = Math.exp(-mean);
  let cdf = p;
  let k = 0;
  // The cap stops a u rounding above the summed CDF from walking forever.
  const cap = mean + 20 * Math.sqrt(mean) + 30;
  while (cdf < u && k < cap) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

/**
 * Binomial(n, p) quantile at u (least k with P(X ≤ k) ≥ u), n a non-negative integer, p in [0, 1].
 * Exact inversion when n·min(p, 1−p) < `APPROX_THRESHOLD`, Cornish–Fisher (clamped to [0, n])
 * otherwise, guarded at the switch like `poissonQuantile` so it keeps rising with n. p above ½
 * goes through the complement, with u mirrored.
 */
export function binomialQuantile(u: number, n: number, p: number): number {
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  // Mirrored: equal to the direct quantile except on an atom's exact boundary (probability zero).
  if (p > 0.5) return n - binomialQuantile(1 - u, n, 1 - p);
  const q = 1 - p;
  const mean = n * p;
  if (mean < APPROX_THRESHOLD) return binomialExact(u, n, p);
  const v = mean * q;
  const sd = Math.sqrt(v);
  let k = cornishFisher(u, mean, sd, (q - p) / sd, (1 - 6 * p * q) / v);
  if (mean < 2 * APPROX_THRESHOLD) {
    const floor = binomialExact(u, Math.ceil(APPROX_THRESHOLD / p) - 1, p);
    if (k < floor) k = floor;
  }
  return k < 0 ? 0 : k > n ? n : k;
}

function binomialExact(u: number, n: number, p: number): number {
  const s = p / (1 - p);
  let prob = Math.exp(n * Math.log1p(-p));
  let cdf = prob;
  let k = 0;
  while (cdf < u && k < n) {
    k++;
    prob *= ((n - k + 1) / k) * s;
    cdf += prob;
  }
  return k;
}

/**
 * Log-normal multiplier with mean 1 and variance `cv2` (cv² of the monthly arrival rate), at u.
 * Returns 1 when cv2 ≤ 0. Used as a month's shock to the arrival rate (overdispersion).
 */
export function shockQuantile(u: number, cv2: number): number {
  if (!(cv2 > 0)) return 1;
  const s2 = Math.log1p(cv2);
  return Math.exp(Math.sqrt(s2) * normalQuantile(u) - s2 / 2);
}
