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
import { dayArg, dayOf, isoOf, round2, type DateSpan } from './dates.ts';
import { preparedFor } from './context.ts';
import { flowWindow, prepareFlows, type FlowContext, type Outflow } from './flows.ts';
import { namesOf, Unique } from './ids.ts';
import type { InflowSum } from './inflow.ts';

/** A stated uncertainty interval. */
export interface Interval {
  low: number | null;
  high: number | null;
  level: number;
  method: string;
}

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
  outflow: number;
  outflow_detail: Outflow;
  refill_ratio: number | null;
  interval: Interval;
  /** The ratio under alternative readings, to show how much the choices matter. */
  sensitivity: {
    /** Outflow without the authorities' announced counts (confirmed, reported and death events only). */
    without_announced_outflow: number | null;
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
  if (n === 0) return { low: null, high: null, level, method };
  const z = Z[String(level)] ?? 1.959964;
  const p = i / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const lo = Math.max(0, centre - half);
  const hi = Math.min(1, centre + half);
  return { low: lo / (1 - lo), high: hi >= 1 ? null : hi / (1 - hi), level, method };
}

/** Refill ratio over [from, to]. Pass `ctx` (from `prepareFlows`) to reuse prepared data. */
export function refillRatio(registry: Pick<Registry, 'observations' | 'releases' | 'events'>, options: RefillOptions, ctx: FlowContext = prepareFlows(registry, options.counter)): RefillResult {
  const a = dayArg(options.from, 'start', 'from');
  const b = dayArg(options.to, 'end', 'to');
  const w = flowWindow(ctx, a, b);
  const i = w.inflow;
  const covered = i.days - i.missing_days;
  const filled = i.missing_days > 0 && covered > 0 ? (i.value / covered) * i.missing_days : 0;
  const inflow = i.value + filled;
  const outflow = w.outflow.total;
  const ratio = (x: number, y: number) => (y > 0 ? x / y : null);
  const implied = w.identity.delta_stock !== null ? inflow - w.identity.delta_stock : null;
  return {
    from: isoOf(a),
    to: isoOf(b),
    counter: ctx.counter,
    inflow,
    inflow_basis: i.missing_days > 0 ? 'rate_filled' : i.estimated > 0 ? 'estimated' : 'observed',
    inflow_detail: i,
    inflow_rate_filled: filled,
    outflow,
    outflow_detail: w.outflow,
    refill_ratio: ratio(inflow, outflow),
    interval: poissonRatioInterval(inflow, outflow, options.level ?? 0.95),
    sensitivity: {
      without_announced_outflow: ratio(inflow, outflow - w.outflow.by_basis.announced),
      all_exits_implied: implied !== null && i.missing_days === 0 ? ratio(inflow, implied) : null,
    },
    n: w.source_ids.length,
    span: { from: isoOf(a), to: isoOf(b) },
    source_ids: w.source_ids,
  };
}

/** How long one release took to be replaced by new recognitions. */
export interface Replacement {
  release_id: string;
  date: string;
  /** People to replace, and whose count it is. */
  count: number;
  count_basis: string;
  status: 'reached' | 'not_yet';
  /** Days from the release to the day the inflow reached `count` (status `reached`). */
  days: number | null;
  reached_on: string | null;
  /** Inflow from the day after the release to `as_of`. */
  inflow_so_far: number;
  /** Last day of continuous inflow data used; before `date` when the data ends before the release. */
  as_of: string;
  /** Share of that inflow that was estimated rather than published. */
  estimated_share: number;
  /** The same computation with the counter's own count of the release, when it published one for that day. */
  counter_count: { value: number; id: string; status: 'reached' | 'not_yet'; days: number | null } | null;
  source_ids: string[];
}

export interface ReplacementOptions {
  /** Releases to compute (ids). Default: every release of at least `minCount` people. */
  releaseIds?: string[];
  /** Default 1. */
  minCount?: number;
  counter?: string;
  /** Do not use inflow data after this day (ISO). Default: the end of the data. */
  asOf?: string;
}

/** Replacement time of each release. */
export function replacementTimes(registry: Pick<Registry, 'observations' | 'releases' | 'events'>, options: ReplacementOptions = {}, ctx: FlowContext = prepareFlows(registry, options.counter)) {
  const wanted = options.releaseIds ? new Set(options.releaseIds) : null;
  const min = options.minCount ?? 1;
  const items: Replacement[] = [];
  const p = ctx.profile;
  const { rec, codes } = preparedFor(ctx, registry);
  const limit = Math.min(p ? p.last : -Infinity, options.asOf ? dayOf(options.asOf) : Infinity);
  // The counter's own count of a release on its day: the first single-day row (position in counterReleases).
  const ownCount = new Map<number, number>();
  ctx.counterReleases.forEach((c, k) => { if (c.start === c.end && !ownCount.has(c.start)) ownCount.set(c.start, k); });
  // Walks the daily profile from the day after `t` until the inflow reaches `n` (or the data stop);
  // the segments walked over are left in `segs`, the outcome in the `w…` variables.
  const segs: number[] = [];
  const observed = new Uint8Array(p ? p.segments.length : 0);
  if (p) p.segments.forEach((x, s) => { if (x.method === 'observed') observed[s] = 1; });
  let wReached = false;
  let wOn = 0;
  let wSum = 0;
  let wEst = 0;
  const walk = (t: number, n: number) => {
    let sum = 0;
    let est = 0;
    let d = t + 1;
    segs.length = 0;
    for (; p && d <= limit; d++) {
      if (d < p.first) break;
      const i = d - p.first;
      const s = p.segmentOfDay[i];
      if (s < 0) break;
      const v = p.prefix[i + 1] - p.prefix[i];
      sum += v;
      if (!observed[s]) est += v;
      if (segs[segs.length - 1] !== s) segs.push(s);
      if (sum >= n - 1e-9) { wReached = true; wOn = d; wSum = sum; wEst = est; return; }
    }
    wReached = false; wOn = Math.min(d - 1, limit); wSum = sum; wEst = est;
  };
  // Ids behind all replacement times, in order of first use (a mark array of its own).
  const all = new Unique(rec.ix, new Uint32Array(rec.ix.names.length), 1024);
  let lo = Infinity;
  let hi = -Infinity;
  const releases = registry.releases;
  for (let j = 0; j < releases.length; j++) {
    const r = releases[j];
    if (wanted ? !wanted.has(r.id) : r.count < min) continue;
    const t = rec.at[j];
    if (rec.start[j] < lo) lo = rec.start[j];
    if (rec.end[j] > hi) hi = rec.end[j];
    const k = ownCount.get(t);
    const own = k === undefined ? undefined : ctx.counterReleases[k];
    let alt: Replacement['counter_count'] = null;
    if (own) {
      walk(t, own.value);
      alt = { value: own.value, id: own.id, status: wReached ? 'reached' : 'not_yet', days: wReached ? wOn - t : null };
    }
    walk(t, r.count);
    // The release, the inflow rows walked over and the counter's own count; de-duplicated when more than one segment or an own count.
    let ids: string[];
    if (segs.length > 1 || own) {
      const u = new Unique(rec.ix);
      u.add(rec.release[j]);
      if (own) u.add(codes.counterReleases[k!]);
      for (const s of segs) u.addAll(codes.segments[s]);
      const ordered = u.ordered();
      ids = namesOf(rec.ix, ordered);
      all.addAll(ordered);
    } else if (segs.length === 1) {
      const rows = p!.segments[segs[0]].source_ids;
      ids = rows.length === 1 ? [r.id, rows[0]] : [r.id, ...rows];
      all.add(rec.release[j]);
      all.addAll(codes.segments[segs[0]]);
    } else {
      ids = [r.id];
      all.add(rec.release[j]);
    }
    items.push({
      release_id: r.id,
      date: r.date,
      count: r.count,
      count_basis: r.count_basis,
      status: wReached ? 'reached' : 'not_yet',
      days: wReached ? wOn - t : null,
      reached_on: wReached ? isoOf(wOn) : null,
      inflow_so_far: round2(wSum),
      as_of: isoOf(wOn),
      estimated_share: wSum > 0 ? round2(wEst / wSum) : 0,
      counter_count: alt,
      source_ids: ids,
    });
  }
  const span: DateSpan | null = lo === Infinity ? null : { from: isoOf(lo), to: isoOf(hi) };
  return { counter: ctx.counter, items, n: items.length, span, source_ids: namesOf(rec.ix, all.ordered()) };
}

/** Result of `replacementTimes`. */
export type ReplacementResult = ReturnType<typeof replacementTimes>;
