/**
 * Refill ratio and replacement time.
 *
 * - Refill ratio over [from, to]: R = I / O, where I is the counter's inflow (newly recognised)
 *   and O the recorded outflow (releases of every mode plus deaths in custody). R > 1: the list
 *   grows back faster than recorded releases empty it.
 * - Replacement time of a release of n people on day t: the number of days d such that the inflow
 *   over days t+1 … t+d first reaches n; "not yet" (with the inflow so far) when the data ends or
 *   a missing stretch comes first.
 */
import type { Registry } from '../domain/records.ts';
import { dayArg, isoOf, settle, type DateSpan } from './dates.ts';
import { flowWindow, prepareFlows, type FlowContext, type Outflow } from './flows.ts';
import type { InflowSum } from './inflow.ts';
import { refillInterval, RESAMPLES, type Interval } from './bootstrap.ts';
import { lowerBound, upperBound } from './records.ts';
import { politicalOutflow, type PoliticalOutflow } from './political-outflow.ts';
import { uniformStream, type UniformStream } from './simulate/rng.ts';

export type { Interval } from './bootstrap.ts';

/** Share of a window's days without inflow data above which the result warns. */
export const MISSING_WARN_SHARE = 0.1;

/** Result of `refillRatio`. `refill_ratio` is null when the outflow is 0. */
export interface RefillResult {
  from: string;
  to: string;
  counter: string | null;
  /** I used in the ratio: published + estimated counts, plus missing days filled at the window's own daily rate (see `inflow_basis`). */
  inflow: number;
  inflow_basis: 'observed' | 'estimated' | 'rate_filled';
  inflow_detail: InflowSum;
  /** Inflow added for missing days (0 when none were missing). */
  inflow_rate_filled: number;
  /** Range of I over the estimation choices: cumulative differences at their floor (low) or as published differences (high = `inflow`). */
  inflow_range: { low: number; high: number };
  /** Share of I that is estimated (estimated counts plus rate-filled days), 0–1. */
  estimated_share: number;
  /** Loud problems with the figure (e.g. more than 10 % of the window's days have no inflow data). */
  warnings: string[];
  outflow: number;
  outflow_detail: Outflow;
  /** People leaving the counter's list (its population, the one the inflow counts), each exit shown separately. */
  political_outflow: PoliticalOutflow;
  refill_ratio: number | null;
  /** The ratio's interval: a bootstrap over release batches and months with the estimation range drawn, or descriptive (see `interval.kind`). */
  interval: Interval;
  /** The former interval (people as independent Poisson events), kept for comparison: it ignores batches and estimation. */
  poisson_interval: Interval;
  /** The ratio under alternative readings, to show how much the choices matter. */
  sensitivity: {
    /** I over the inflow range's low end (cumulative differences at the published-rate floor). */
    inflow_low: number | null;
    /** I / political outflow: numerator and denominator on the same list. */
    political_outflow: number | null;
    /** I / (I − ΔS): against everyone who left the list by any route, when the stock is known at both ends. */
    all_exits_implied: number | null;
  };
  n: number;
  span: DateSpan;
  source_ids: string[];
}

export interface RefillOptions {
  /** First day (ISO day, month or year). Required. */
  from: string;
  /** Last day (ISO day, month or year). Required. */
  to: string;
  /** Counter for the inflow. Default: the counter with the most `current` rows. */
  counter?: string;
  /** Interval level. Default 0.95. */
  level?: number;
  /** Uniform stream for the bootstrap. Default: a stream seeded by `seed`. */
  rng?: UniformStream;
  /** Seed of the default stream. Default 1. */
  seed?: number;
  /** Bootstrap resamples. Default `RESAMPLES` (1,000). */
  resamples?: number;
}

const Z: Record<string, number> = { '0.9': 1.6448536, '0.95': 1.959964, '0.99': 2.5758293 };

/**
 * Interval for the ratio of two Poisson counts I/O: given I + O = N, I is Binomial(N, p) with
 * p = I/(I+O); a Wilson score interval for p is mapped through p / (1 − p).
 */
export function poissonRatioInterval(inflow: number, outflow: number, level = 0.95): Interval {
  const method = `Wilson score interval (${level * 100}%) for I/(I+O), treating I and O as independent Poisson counts (rounded to whole people) and mapped to I/O; counting noise only`;
  const i = Math.round(inflow);
  const n = i + Math.round(outflow);
  if (n === 0) return { low: null, high: null, level, kind: 'poisson', method };
  const z = Z[String(level)] ?? 1.959964;
  const p = i / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const lo = Math.max(0, centre - half);
  const hi = Math.min(1, centre + half);
  return { low: lo / (1 - lo), high: hi >= 1 ? null : hi / (1 - hi), level, kind: 'poisson', method };
}

/** Refill ratio over [from, to]. Pass `ctx` (from `prepareFlows`) to reuse prepared data. */
export function refillRatio(
  registry: Pick<Registry, 'observations' | 'releases' | 'events'>,
  options: RefillOptions,
  ctx: FlowContext = prepareFlows(registry, options.counter),
): RefillResult {
  const a = dayArg(options.from, 'start', 'from');
  const b = dayArg(options.to, 'end', 'to');
  const w = flowWindow(ctx, a, b);
  const i = w.inflow;
  const covered = i.days - i.missing_days;
  const filled = i.missing_days > 0 && covered > 0 ? settle((i.value / covered) * i.missing_days) : 0;
  const filledLow = i.missing_days > 0 && covered > 0 ? (i.low / covered) * i.missing_days : 0;
  const inflow = settle(i.value + filled);
  const inflowLow = settle(Math.min(inflow, i.low + filledLow));
  const outflow = w.outflow.total;
  const political = politicalOutflow(registry, ctx, a, b);
  const ratio = (x: number, y: number) => (y > 0 ? x / y : null);
  const implied = w.identity.delta_stock !== null ? inflow - w.identity.delta_stock : null;
  const level = options.level ?? 0.95;
  const lo = lowerBound(ctx.exitDays, a);
  const hi = Math.max(lo, upperBound(ctx.exitDays, b));
  const interval = refillInterval(
    {
      profile: ctx.profile,
      a,
      b,
      batches: ctx.exitCounts.subarray(lo, hi),
      // The outflow is these batches added one by one, in order (`outflowBetween`).
      total: outflow,
      rng: options.rng ?? uniformStream(options.seed ?? 1),
      resamples: options.resamples ?? RESAMPLES,
      level,
    },
    inflowLow,
    inflow,
  );
  const warnings: string[] = [];
  if (i.missing_share > MISSING_WARN_SHARE) {
    warnings.push(
      `${i.missing_days} of ${i.days} days (${Math.round(i.missing_share * 100)} %) have no inflow data: they are filled at the window's own rate (about ${Math.round(filled)} people); the ratio rests on that fill`,
    );
  }
  if (covered === 0) warnings.push('no inflow data in the window at all: the ratio is not meaningful');
  const estimatedShare = inflow > 0 ? settle((i.estimated + filled) / inflow) : 0;
  if (estimatedShare > 0.5) warnings.push(`${Math.round(estimatedShare * 100)} % of the inflow is estimated rather than published`);
  return {
    from: isoOf(a),
    to: isoOf(b),
    counter: ctx.counter,
    inflow,
    inflow_basis: i.missing_days > 0 ? 'rate_filled' : i.estimated > 0 ? 'estimated' : 'observed',
    inflow_detail: i,
    inflow_rate_filled: filled,
    inflow_range: { low: inflowLow, high: inflow },
    estimated_share: estimatedShare,
    warnings,
    outflow,
    outflow_detail: w.outflow,
    political_outflow: political,
    refill_ratio: ratio(inflow, outflow),
    interval,
    poisson_interval: poissonRatioInterval(inflow, outflow, level),
    sensitivity: {
      inflow_low: ratio(inflowLow, outflow),
      political_outflow: ratio(inflow, political.total),
      all_exits_implied: implied !== null && i.missing_days === 0 ? ratio(inflow, implied) : null,
    },
    n: w.source_ids.length,
    span: { from: isoOf(a), to: isoOf(b) },
    source_ids: w.source_ids,
  };
}

export { replacementTimes, type Replacement, type ReplacementOptions, type ReplacementResult } from './replacement.ts';
