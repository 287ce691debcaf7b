/**
 * Interval of the refill ratio I/O that matches how the data arise: releases come in batches
 * (a decree frees 1 or 250 people at once) and monthly recognitions are over-dispersed, so people
 * are not independent events. Each resample
 *
 * - draws the window's release batches (exits) with replacement, as many as there are;
 * - draws the window's calendar months with replacement, as many as have inflow data, and scales
 *   their inflow to the window's days (a month partly without data counts by its covered days);
 * - computes the ratio twice from the same draws: with each month's inflow at the low end of its
 *   estimation range and at the high end (cumulative differences are upper bounds, their floor is
 *   the published rate; see `inflow.ts`).
 *
 * The estimation range is propagated as a bound, not as a distribution (nothing says where in the
 * range the truth lies, and an estimation choice is systematic, not month-by-month noise): the
 * interval runs from the lower percentile of the low-end ratios to the upper percentile of the
 * high-end ratios (a resample without outflow counts as an infinite ratio). With fewer than `MIN_MONTHS` months or `MIN_BATCHES` batches the
 * bootstrap is not defensible: the result is descriptive, the range of the ratio over the
 * estimation choices (low and high inflow) alone. With more than `EXACT_BATCHES` batches the sum
 * of the drawn batches is taken from its normal limit (mean m·μ, variance m·σ²), which the exact
 * draw approaches at that size; the method text says which.
 */
import { settle, windowsOf } from './dates.ts';
import type { InflowProfile } from './inflow.ts';
import { normalQuantile, type UniformStream } from './simulate/rng.ts';

export const MIN_MONTHS = 3;
export const MIN_BATCHES = 3;
export const EXACT_BATCHES = 2000;
/** Default number of resamples (bench and reports use it). */
export const RESAMPLES = 1000;

/** A stated uncertainty interval. `kind` says whether it is a sampling interval or a descriptive range. */
export interface Interval {
  low: number | null;
  high: number | null;
  level: number;
  kind: 'bootstrap' | 'descriptive' | 'poisson';
  method: string;
  resamples?: number;
}

export interface BootstrapInput {
  profile: InflowProfile | null;
  /** Window [a, b] (day numbers). */
  a: number;
  b: number;
  /** Sizes of the window's release batches (and deaths in custody). */
  batches: ArrayLike<number>;
  /** Their sum, added one by one in their order, when the caller has it already (else added here). */
  total?: number;
  rng: UniformStream;
  resamples: number;
  level: number;
}

/** Per month of the window: inflow high and low over its covered days, and those days (read off the profile's running sums). */
function monthsOf(profile: InflowProfile | null, a: number, b: number) {
  const out: Array<{ high: number; low: number; covered: number }> = [];
  if (!profile) return out;
  const { first, last, prefix, lowPrefix, dayCountPrefix } = profile;
  for (const w of windowsOf(a, b, 'month')) {
    const lo = Math.max(w.start, first) - first;
    const hi = Math.min(w.end, last) - first;
    if (hi < lo) continue;
    const covered = hi - lo + 1 - (dayCountPrefix[0][hi + 1] - dayCountPrefix[0][lo]);
    const high = prefix[hi + 1] - prefix[lo];
    if (covered > 0) out.push({ high, low: Math.min(high, lowPrefix[hi + 1] - lowPrefix[lo]), covered });
  }
  return out;
}

function quantile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const i = Math.floor(pos);
  const f = pos - i;
  return i + 1 < sorted.length ? sorted[i] * (1 - f) + sorted[i + 1] * f : sorted[i];
}

/** The months' inflow (high, low, covered days) and the resampled ratios (filled by the loops below). */
interface Drawn {
  mHigh: Float64Array;
  mLow: Float64Array;
  mDays: Float64Array;
  days: number;
  lows: Float64Array;
  highs: Float64Array;
  /** The current resample's months: inflow high and low, covered days. */
  inHigh: number;
  inLow: number;
  covered: number;
}

/**
 * Resample r, first half: draws its months (k draws) into `d.inHigh`, `d.inLow`, `d.covered`.
 * The same function for both ways of drawing the outflow, with no call through a closure: code
 * compiled for one way (a small registry) serves the other (a large one) unchanged.
 */
function drawMonths(d: Drawn, rng: UniformStream): void {
  const k = d.mHigh.length;
  let inHigh = 0;
  let inLow = 0;
  let covered = 0;
  for (let j = 0; j < k; j++) {
    const x = Math.min(k - 1, Math.floor(rng.next() * k));
    inHigh += d.mHigh[x];
    inLow += d.mLow[x];
    covered += d.mDays[x];
  }
  d.inHigh = inHigh;
  d.inLow = inLow;
  d.covered = covered;
}

/** Resample r, second half: its two ratios from the months drawn and the outflow `out`. */
function storeRatios(d: Drawn, r: number, out: number): void {
  d.lows[r] = out > 0 ? (d.inLow * d.days) / d.covered / out : Infinity;
  d.highs[r] = out > 0 ? (d.inHigh * d.days) / d.covered / out : Infinity;
}

/** Resamples with the m batches drawn one by one (months first, then batches, per resample). */
function resampleExact(d: Drawn, rng: UniformStream, batches: ArrayLike<number>): void {
  const m = batches.length;
  for (let r = 0; r < d.lows.length; r++) {
    drawMonths(d, rng);
    let out = 0;
    for (let i = 0; i < m; i++) out += batches[Math.min(m - 1, Math.floor(rng.next() * m))];
    storeRatios(d, r, out);
  }
}

/** Resamples with the sum of m batches from its normal limit: mean m·μ, standard deviation √(m·σ²) (`mean` = m·μ, `sd`). */
function resampleNormal(d: Drawn, rng: UniformStream, mean: number, sd: number): void {
  for (let r = 0; r < d.lows.length; r++) {
    drawMonths(d, rng);
    storeRatios(d, r, Math.max(0, mean + sd * normalQuantile(rng.next())));
  }
}

/**
 * The batches' sum, added one by one. The loops over all batches are functions of their own: a
 * first call on a large registry compiles them alone, and the rest of `refillInterval` (whose
 * bootstrap a small registry may never reach) does not run uncompiled for their length.
 */
function sumOf(xs: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += xs[i];
  return total;
}

/** The mean of (x − centre)² over `xs` (their variance when `centre` is their mean). */
function meanSquareAround(xs: ArrayLike<number>, centre: number): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    // d · d, the same value as d ** 2, and far cheaper before the loop is compiled.
    const d = xs[i] - centre;
    sum += d * d;
  }
  return sum / xs.length;
}

/** The refill-ratio interval (see the module note). `inflowLow`/`inflowHigh` are the window's inflow range (rate-filled). */
export function refillInterval(input: BootstrapInput, inflowLow: number, inflowHigh: number): Interval {
  const { profile, a, b, batches, rng, resamples, level } = input;
  const m = batches.length;
  const total = input.total ?? sumOf(batches);
  const months = monthsOf(profile, a, b);
  const pct = `${Math.round(level * 100)}%`;
  if (months.length < MIN_MONTHS || m < MIN_BATCHES || total <= 0) {
    const low = total > 0 ? settle(inflowLow / total) : null;
    const high = total > 0 ? settle(inflowHigh / total) : null;
    return {
      low,
      high,
      level,
      kind: 'descriptive',
      method:
        `descriptive range over the estimation choices (inflow ${settle(inflowLow)}–${settle(inflowHigh)}); no sampling interval: ` +
        `${months.length} month(s) with inflow data and ${m} release batch(es) are too few to bootstrap (needs ${MIN_MONTHS} and ${MIN_BATCHES})`,
    };
  }
  const days = b - a + 1;
  const normal = m > EXACT_BATCHES;
  const k = months.length;
  const drawn: Drawn = {
    mHigh: Float64Array.from(months, (x) => x.high),
    mLow: Float64Array.from(months, (x) => x.low),
    mDays: Float64Array.from(months, (x) => x.covered),
    days,
    lows: new Float64Array(resamples),
    highs: new Float64Array(resamples),
    inHigh: 0,
    inLow: 0,
    covered: 0,
  };
  // Two loops, one per way of drawing the outflow, sharing the month draws (`drawMonths`): a first
  // call that takes the other way (a larger registry than before) finds that part compiled. The
  // draws come in the same order either way.
  // The batches' variance, used by the normal limit only but computed on every call: a loop that
  // only large registries reach would first run uncompiled, 100,000s of times, on the first one.
  const mean = total / m;
  const varr = meanSquareAround(batches, mean);
  if (normal) resampleNormal(drawn, rng, m * mean, Math.sqrt(m * varr));
  else resampleExact(drawn, rng, batches);
  const { lows, highs } = drawn;
  lows.sort();
  highs.sort();
  const lo = quantile(lows, (1 - level) / 2);
  const hi = quantile(highs, (1 + level) / 2);
  return {
    low: Number.isFinite(lo) ? settle(lo) : null,
    high: Number.isFinite(hi) ? settle(hi) : null,
    level,
    kind: 'bootstrap',
    resamples,
    method:
      `bootstrap (${pct}, ${resamples} resamples, seeded): ${m} release batches drawn with replacement` +
      `${normal ? ' (sum from its normal limit)' : ''}, ${k} months of inflow drawn with replacement, ` +
      'the estimation range as a bound (low end with estimated inflow at its floor, high end at its upper bound)',
  };
}
