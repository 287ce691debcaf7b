/**
 * Inflow profile: newly recognised political prisoners per day for one counter, built from its
 * `recognised_in_period` rows (and `recognised_cumulative` where those leave gaps). Each count is
 * spread evenly over the days of its period; every day is labelled by how its value was obtained:
 *
 * 1. `observed`: the finest non-overlapping period rows are taken first (shortest period first).
 * 2. `enclosing_remainder`: a longer row that overlaps taken rows (e.g. a year containing some
 *    observed months) gives its remainder (its count minus what is already inside it) to its
 *    uncovered days. A negative remainder is clamped to 0 and the row listed in `clamped_ids`.
 * 3. `cumulative_difference`: a gap bracketed by two cumulative counts, with everything else
 *    between them covered, gets the difference minus the covered part. This is an **upper bound**:
 *    a counter's cumulative figure also grows when it adds former prisoners (for rehabilitation)
 *    and may be a rounded "about" figure. Its lower end is the counter's own published rate: the
 *    median daily rate of its published in-period rows of at least 28 days, times the gap's days
 *    (capped at the difference; 0 when it published none). Every estimate is carried as the range
 *    [low, value] (`InflowSegment.low`, `InflowSum.low`/`high`), never as a point alone.
 * 4. Otherwise the days are `missing`: never filled silently.
 *
 * This is the one inflow estimate: flows, refill, replacement times, the ledger and the
 * simulator's calibration all read it. Where they need different things they say so in
 * `InflowOptions` (the calibration wants rates, so it skips one-day batch announcements and
 * cumulative differences; the flow measures take every row).
 */
import type { Observation } from '../domain/records.ts';
import { placeEdtf, uniqueIds, compareText } from './dates.ts';

export type InflowMethod = 'observed' | 'enclosing_remainder' | 'cumulative_difference';
const METHOD_CODE: Record<InflowMethod, number> = { observed: 1, enclosing_remainder: 2, cumulative_difference: 3 };

/** A run of days with one method and one total, spread evenly. */
export interface InflowSegment {
  start: number;
  end: number;
  value: number;
  /** Lower end of the run's total: `value` for published counts and remainders, the published-rate floor for cumulative differences. */
  low: number;
  method: InflowMethod;
  source_ids: string[];
  /** Position in the profile's `figures` of the count it is part of (a remainder spread over several runs shares one). */
  figure: number;
}

/** One count the profile spreads: a published row, a longer row's remainder, or a difference of cumulative counts. */
export interface InflowFigure {
  method: InflowMethod;
  /** The rows whose numbers make this count: the row itself, the longer row, or the two cumulative rows. */
  ids: string[];
  /** True when the count came out negative and was clamped to 0. */
  clamped: boolean;
  /** True for cumulative differences: the count is an upper bound (see the module note). */
  upper_bound: boolean;
}

/** What the profile reads, chosen by each caller. */
export interface InflowOptions {
  /**
   * Shortest `recognised_in_period` row used, in days; shorter ones are listed in `excluded`. The
   * flow measures take every row (1); the calibration wants rates, and a one-day row is a batch
   * announcement, not a rate (28).
   */
  minPeriodDays: number;
  /**
   * Fill gaps from differences of `recognised_cumulative` rows (step 3). The flow measures do; the
   * calibration does not by default, because a counter's cumulative figure may also hold names
   * added later and be a rounded "about" figure, so its differences overstate a period's count.
   */
  cumulative: boolean;
}

/** The flow measures' choice: every period row, and cumulative differences where they leave gaps. */
export const FLOW_INFLOW: InflowOptions = { minPeriodDays: 1, cumulative: true };

export interface PeriodRow {
  id: string;
  start: number;
  end: number;
  value: number;
}

/** The daily inflow of one counter over [first, last] (day numbers). Internal arrays are indexed by day − first. */
export interface InflowProfile {
  counter: string;
  first: number;
  last: number;
  segments: InflowSegment[];
  figures: InflowFigure[];
  rows: PeriodRow[];
  /** Rows not read, with why (periods shorter than `minPeriodDays`). */
  excluded: Array<{ id: string; reason: string }>;
  clamped_ids: string[];
  /** prefix[i] = inflow over days first … first+i−1. */
  prefix: Float64Array;
  /** The same for the lower end of each day's range. */
  lowPrefix: Float64Array;
  /** Median daily rate of the published in-period rows of at least 28 days (the cumulative differences' floor), or 0. */
  published_rate: number;
  /** Per method code (0 missing, 1–3 as METHOD_CODE), prefix sums of inflow and of day counts. */
  methodPrefix: Float64Array[];
  dayCountPrefix: Int32Array[];
  segmentOfDay: Int32Array;
  n: number;
}

/** Builds the profile for `counter`. With no rows at all it spans nothing (`first` > `last`). */
export function buildInflowProfile(observations: readonly Observation[], counter: string, options: InflowOptions): InflowProfile {
  const rows: PeriodRow[] = [];
  const excluded: InflowProfile['excluded'] = [];
  const cumulative: Array<{ id: string; day: number; value: number }> = [];
  for (const o of observations) {
    if (o.source_org !== counter) continue;
    if (o.metric === 'recognised_in_period') {
      const d = placeEdtf(o.date, o.id);
      const start = o.period_start ? placeEdtf(o.period_start, o.id).start : d.start;
      const end = Math.max(start, o.period_end ? placeEdtf(o.period_end, o.id).end : d.end);
      if (end - start + 1 < options.minPeriodDays) excluded.push({ id: o.id, reason: `period shorter than ${options.minPeriodDays} days` });
      else rows.push({ id: o.id, start, end, value: o.value });
    } else if (o.metric === 'recognised_cumulative' && options.cumulative) {
      cumulative.push({ id: o.id, day: placeEdtf(o.date, o.id).at, value: o.value });
    }
  }
  cumulative.sort((a, b) => a.day - b.day || compareText(a.id, b.id));
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    first = Math.min(first, r.start);
    last = Math.max(last, r.end);
  }
  // A cumulative count closes its day: what it can tell starts on the day after.
  for (const c of cumulative) {
    first = Math.min(first, c.day + 1);
    last = Math.max(last, c.day);
  }
  if (first === Infinity) {
    first = 0;
    last = -1;
  }
  const len = last - first + 1;
  const rate = new Float64Array(len);
  const code = new Uint8Array(len);
  const segmentOfDay = new Int32Array(len).fill(-1);
  const segments: InflowSegment[] = [];
  const figures: InflowFigure[] = [];
  const clamped: string[] = [];
  const lowRate = new Float64Array(len);
  const monthly = rows
    .filter((r) => r.end - r.start + 1 >= 28)
    .map((r) => r.value / (r.end - r.start + 1))
    .sort((x, y) => x - y);
  const mid = monthly.length >> 1;
  const publishedRate = !monthly.length ? 0 : monthly.length % 2 ? monthly[mid] : (monthly[mid - 1] + monthly[mid]) / 2;
  const figure = (method: InflowMethod, ids: string[], negative: boolean) =>
    figures.push({ method, ids, clamped: negative, upper_bound: method === 'cumulative_difference' }) - 1;
  const add = (start: number, end: number, value: number, method: InflowMethod, ids: string[], fig: number) => {
    const idx = segments.length;
    const days = end - start + 1;
    const low = method === 'cumulative_difference' ? Math.min(value, publishedRate * days) : value;
    segments.push({ start, end, value, low, method, source_ids: ids, figure: fig });
    const r = value / days;
    const lr = low / days;
    for (let d = start; d <= end; d++) {
      rate[d - first] = r;
      lowRate[d - first] = lr;
      code[d - first] = METHOD_CODE[method];
      segmentOfDay[d - first] = idx;
    }
  };
  const idsWithin = (start: number, end: number): string[] => {
    const seen = new Set<number>();
    for (let d = start; d <= end; d++) {
      const s = segmentOfDay[d - first];
      if (s >= 0) seen.add(s);
    }
    return [...seen].flatMap((s) => segments[s].source_ids);
  };
  const sumRate = (start: number, end: number) => {
    let s = 0;
    for (let d = start; d <= end; d++) s += rate[d - first];
    return s;
  };
  const uncoveredRuns = (start: number, end: number) => {
    const runs: Array<[number, number]> = [];
    for (let d = start; d <= end; d++) {
      if (code[d - first]) continue;
      let e = d;
      while (e + 1 <= end && !code[e + 1 - first]) e++;
      runs.push([d, e]);
      d = e;
    }
    return runs;
  };

  // 1. Finest rows first; a row overlapping a taken one waits for step 2.
  const byLength = [...rows].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || compareText(a.id, b.id));
  const rejected: PeriodRow[] = [];
  for (const r of byLength) {
    let free = true;
    for (let d = r.start; d <= r.end && free; d++) if (code[d - first]) free = false;
    if (free) add(r.start, r.end, r.value, 'observed', [r.id], figure('observed', [r.id], false));
    else rejected.push(r);
  }
  // 2. Longer rows give their remainder to the days they cover that nothing else covers.
  for (const r of rejected) {
    const runs = uncoveredRuns(r.start, r.end);
    if (!runs.length) continue;
    const inside = idsWithin(r.start, r.end);
    let remainder = r.value - sumRate(r.start, r.end);
    const fig = figure('enclosing_remainder', [r.id], remainder < 0);
    if (remainder < 0) {
      clamped.push(r.id);
      remainder = 0;
    }
    const free = runs.reduce((s, [a, b]) => s + b - a + 1, 0);
    for (const [a, b] of runs) add(a, b, (remainder * (b - a + 1)) / free, 'enclosing_remainder', uniqueIds([r.id, ...inside]), fig);
  }
  // 3. Cumulative differences across what is still uncovered.
  const covered = (a: number, b: number) => {
    for (let d = a; d <= b; d++) if (!code[d - first]) return false;
    return true;
  };
  for (let [g0, g1] of uncoveredRuns(first, last)) {
    while (g0 <= g1) {
      const c0 = latestBefore(cumulative, g0);
      if (!c0 || !covered(c0.day + 1, g0 - 1)) break;
      const c1 = cumulative.find((c) => c.day >= g1 && covered(g1 + 1, c.day));
      if (c1) {
        const value = c1.value - c0.value - sumRate(c0.day + 1, g0 - 1) - sumRate(g1 + 1, c1.day);
        const ids = uniqueIds([c0.id, c1.id, ...idsWithin(c0.day + 1, g0 - 1), ...idsWithin(g1 + 1, c1.day)]);
        if (value < 0) clamped.push(c0.id, c1.id);
        add(g0, g1, Math.max(0, value), 'cumulative_difference', ids, figure('cumulative_difference', [c0.id, c1.id], value < 0));
        break;
      }
      const mid = latestBefore(cumulative, g1 + 1);
      if (!mid || mid.day < g0) break;
      const value = mid.value - c0.value - sumRate(c0.day + 1, g0 - 1);
      if (value < 0) clamped.push(c0.id, mid.id);
      add(
        g0,
        mid.day,
        Math.max(0, value),
        'cumulative_difference',
        uniqueIds([c0.id, mid.id, ...idsWithin(c0.day + 1, g0 - 1)]),
        figure('cumulative_difference', [c0.id, mid.id], value < 0),
      );
      g0 = mid.day + 1;
    }
  }
  segments.sort((a, b) => a.start - b.start);
  rows.sort((a, b) => a.start - b.start || a.end - b.end);
  // Re-index days to the sorted segments for window look-ups.
  segmentOfDay.fill(-1);
  segments.forEach((s, i) => {
    for (let d = s.start; d <= s.end; d++) segmentOfDay[d - first] = i;
  });
  const prefix = new Float64Array(len + 1);
  const lowPrefix = new Float64Array(len + 1);
  for (let i = 0; i < len; i++) lowPrefix[i + 1] = lowPrefix[i] + lowRate[i];
  const methodPrefix = [0, 1, 2, 3].map(() => new Float64Array(len + 1));
  const dayCountPrefix = [0, 1, 2, 3].map(() => new Int32Array(len + 1));
  for (let i = 0; i < len; i++) {
    prefix[i + 1] = prefix[i] + rate[i];
    for (let m = 0; m < 4; m++) {
      methodPrefix[m][i + 1] = methodPrefix[m][i] + (code[i] === m ? rate[i] : 0);
      dayCountPrefix[m][i + 1] = dayCountPrefix[m][i] + (code[i] === m ? 1 : 0);
    }
  }
  return {
    counter,
    first,
    last,
    segments,
    figures,
    rows,
    excluded,
    clamped_ids: uniqueIds(clamped),
    prefix,
    lowPrefix,
    published_rate: publishedRate,
    methodPrefix,
    dayCountPrefix,
    segmentOfDay,
    n: rows.length + cumulative.length,
  };
}

function latestBefore<T extends { day: number }>(sorted: T[], day: number): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

export { inflowBetween, inflowSpan, type InflowCodes, type InflowSum } from './inflow-sum.ts';
