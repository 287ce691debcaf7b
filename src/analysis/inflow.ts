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
 *    between them covered, gets the difference minus the covered part.
 * 4. Otherwise the days are `missing`: never filled silently.
 *
 * This is the one inflow estimate: flows, refill, replacement times, the ledger and the
 * simulator's calibration all read it. Where they need different things they say so in
 * `InflowOptions` (the calibration wants rates, so it skips one-day batch announcements and
 * cumulative differences; the flow measures take every row).
 */
import type { Observation } from '../domain/records.ts';
import { isoOf, placeEdtf, settle, uniqueIds, compareText } from './dates.ts';
import { namesOf, Unique, type IdIndex } from './ids.ts';

export type InflowMethod = 'observed' | 'enclosing_remainder' | 'cumulative_difference';
const METHOD_CODE: Record<InflowMethod, number> = { observed: 1, enclosing_remainder: 2, cumulative_difference: 3 };

/** A run of days with one method and one total, spread evenly. */
export interface InflowSegment {
  start: number;
  end: number;
  value: number;
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

interface PeriodRow {
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
  /** Per method code (0 missing, 1–3 as METHOD_CODE), prefix sums of inflow and of day counts. */
  methodPrefix: Float64Array[];
  dayCountPrefix: Int32Array[];
  segmentOfDay: Int32Array;
  n: number;
}

/** What a span of days received: total, split by method, missing days, and the rows behind it. */
export interface InflowSum {
  from: string;
  to: string;
  days: number;
  value: number;
  observed: number;
  estimated: number;
  estimated_by: { enclosing_remainder: number; cumulative_difference: number };
  missing_days: number;
  /** True when rows fully inside the span tile it exactly: the figure is a sum of published counts. */
  exact: boolean;
  /** Observed rows only partly inside the span, counted pro rata. */
  pro_rata_ids: string[];
  clamped_ids: string[];
  source_ids: string[];
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
  const figure = (method: InflowMethod, ids: string[], negative: boolean) => figures.push({ method, ids, clamped: negative }) - 1;
  const add = (start: number, end: number, value: number, method: InflowMethod, ids: string[], fig: number) => {
    const idx = segments.length;
    segments.push({ start, end, value, method, source_ids: ids, figure: fig });
    const r = value / (end - start + 1);
    for (let d = start; d <= end; d++) {
      rate[d - first] = r;
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

/** Positions in `rows` of the rows fully inside [a, b] that tile it exactly (no gap, no overlap), or `undefined`. */
function exactTiling(rows: PeriodRow[], a: number, b: number): number[] | undefined {
  // `rows` is sorted by start, then end: only the rows starting inside [a, b] are looked at.
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].start < a) lo = mid + 1;
    else hi = mid;
  }
  if (lo === rows.length || rows[lo].start !== a) return undefined;
  if (b < a) return [];
  let end = lo;
  while (end < rows.length && rows[end].start <= b) end++;
  // Reachability from the end backwards: choice[pos − a] is the first row (in row order) starting
  // at pos, ending by b, from whose end+1 the tiling reaches b+1 (−1: none).
  const choice = new Int32Array(b - a + 1).fill(-1);
  for (let i = end - 1; i >= lo; ) {
    const start = rows[i].start;
    let g = i;
    while (g > lo && rows[g - 1].start === start) g--;
    for (let k = g; k <= i; k++) {
      const r = rows[k];
      if (r.end === b || (r.end < b && choice[r.end + 1 - a] >= 0)) {
        choice[start - a] = k;
        break;
      }
    }
    i = g - 1;
  }
  const out: number[] = [];
  for (let pos = a; pos <= b; ) {
    const k = choice[pos - a];
    if (k < 0) return undefined;
    out.push(k);
    pos = rows[k].end + 1;
  }
  return out;
}

/** Inflow over days [a, b] (day numbers, inclusive). Days outside the profile count as missing. */
export function inflowBetween(profile: InflowProfile, a: number, b: number): InflowSum {
  return inflowSpan(profile, a, b, null).sum;
}

/** Codes of a profile's rows (internal): the universe, per segment (in `source_ids` order) and per row. */
export interface InflowCodes {
  ix: IdIndex;
  segments: Int32Array[];
  rows: Int32Array;
}

/** `inflowBetween`, and with `coded` also the codes of its `source_ids` in their order (internal). */
export function inflowSpan(profile: InflowProfile, a: number, b: number, coded: InflowCodes | null): { sum: InflowSum; codes: ArrayLike<number> } {
  const base = { from: isoOf(a), to: isoOf(b), days: b - a + 1 };
  const tiling = exactTiling(profile.rows, a, b);
  if (tiling) {
    let value = 0;
    for (const i of tiling) value += profile.rows[i].value;
    value = settle(value);
    const head = {
      ...base,
      value,
      observed: value,
      estimated: 0,
      estimated_by: { enclosing_remainder: 0, cumulative_difference: 0 },
      missing_days: 0,
      exact: true,
      pro_rata_ids: [],
      clamped_ids: [],
    };
    if (!coded) return { sum: { ...head, source_ids: uniqueIds(tiling.map((i) => profile.rows[i].id)) }, codes: [] };
    const u = new Unique(coded.ix);
    for (const i of tiling) u.add(coded.rows[i]);
    const codes = u.ordered();
    return { sum: { ...head, source_ids: namesOf(coded.ix, codes) }, codes };
  }
  const lo = Math.max(a, profile.first) - profile.first;
  const hi = Math.min(b, profile.last) - profile.first;
  const inRange = hi >= lo;
  const sum = (p: Float64Array | Int32Array) => (inRange ? settle(p[hi + 1] - p[lo]) : 0);
  const outside = base.days - (inRange ? hi - lo + 1 : 0);
  const segs: number[] = [];
  const partial: string[] = [];
  if (inRange) {
    let last = -1;
    for (let i = lo; i <= hi; i++) {
      const s = profile.segmentOfDay[i];
      if (s < 0 || s === last) continue;
      last = s;
      const seg = profile.segments[s];
      segs.push(s);
      if (seg.method === 'observed' && (seg.start < a || seg.end > b)) partial.push(...seg.source_ids);
      i = Math.min(hi, seg.end - profile.first);
    }
  }
  let ids: string[];
  let codes: ArrayLike<number> = [];
  if (coded) {
    const u = new Unique(coded.ix);
    for (const s of segs) u.addAll(coded.segments[s]);
    codes = u.ordered();
    ids = namesOf(coded.ix, codes);
  } else {
    ids = uniqueIds(segs.flatMap((s) => profile.segments[s].source_ids));
  }
  const used = profile.clamped_ids.length ? new Set(ids) : null;
  return {
    sum: {
      ...base,
      value: sum(profile.prefix),
      observed: sum(profile.methodPrefix[1]),
      estimated: sum(profile.methodPrefix[2]) + sum(profile.methodPrefix[3]),
      estimated_by: { enclosing_remainder: sum(profile.methodPrefix[2]), cumulative_difference: sum(profile.methodPrefix[3]) },
      missing_days: sum(profile.dayCountPrefix[0]) + outside,
      exact: false,
      pro_rata_ids: uniqueIds(partial),
      clamped_ids: used ? profile.clamped_ids.filter((id) => used.has(id)) : [],
      source_ids: ids,
    },
    codes,
  };
}
