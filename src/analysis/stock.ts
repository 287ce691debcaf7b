/**
 * Stock S(t): the number of political prisoners held on a date, per counter, from `current`
 * observations. Between two observations a value may be interpolated (linearly), and it is then
 * labelled `interpolated` with the two rows it came from; outside the observed range there is no
 * value. Counters (rights groups, media tallies, the authorities) are kept apart: a series is always one counter's.
 */
import type { Observation } from '../domain/records.ts';
import { dayOf, isoOf, placeEdtf, spanOf, uniqueIds, windowsOf, type DateSpan, compareText } from './dates.ts';

/** One observed value of the stock. */
export interface StockPoint {
  date: string;
  value: number;
  id: string;
}

/** The stock on a day: observed (a row on that day), interpolated (between two rows) or missing. */
export interface StockValue {
  date: string;
  value: number | null;
  kind: 'observed' | 'interpolated' | 'missing';
  source_ids: string[];
}

/** One counter's stock series. `conflicts` lists same-day rows of the counter that disagree (the last id is used). */
export interface StockSeries {
  counter: string;
  n: number;
  span: DateSpan | null;
  points: StockPoint[];
  conflicts: Array<{ date: string; values: number[]; ids: string[] }>;
  source_ids: string[];
  /** Day numbers and values of `points`, for fast lookup (internal use by the other analyses). */
  days: number[];
  values: number[];
}

/** Result of `stockSeries`: the chosen counter's series, optionally resampled at month ends, and the other counters available. */
export interface StockResult {
  counter: string | null;
  /** Every counter with `current` rows and how many, so a reader sees what was left aside. */
  counters: Array<{ counter: string; n: number }>;
  series: StockSeries | null;
  /** The stock on the last day of each month in [from, to]; observed only where a row is dated that day. */
  monthly: StockValue[];
  n: number;
  span: DateSpan | null;
  source_ids: string[];
}

export interface StockOptions {
  /** The counter (`source_org`) to use. Default: the counter with the most `current` rows. */
  counter?: string;
  /** First and last day (ISO) of the monthly resampling. Default: the series' span. */
  from?: string;
  to?: string;
}

/** The counter with the most `current` rows (ties: alphabetical), or `undefined` when there are none. */
export function defaultCounter(observations: readonly Observation[]): string | undefined {
  const counts = countersOf(observations);
  return counts[0]?.counter;
}

function countersOf(observations: readonly Observation[]): Array<{ counter: string; n: number }> {
  const counts = new Map<string, number>();
  for (const o of observations) if (o.metric === 'current') counts.set(o.source_org, (counts.get(o.source_org) ?? 0) + 1);
  return [...counts].map(([counter, n]) => ({ counter, n })).sort((a, b) => b.n - a.n || compareText(a.counter, b.counter));
}

/** Builds one counter's series from `current` rows (placed on their middle day when imprecise). */
export function buildSeries(observations: readonly Observation[], counter: string): StockSeries {
  const rows = observations
    .filter((o) => o.metric === 'current' && o.source_org === counter)
    .map((o) => ({ o, day: placeEdtf(o.date, o.id).at }))
    .sort((a, b) => a.day - b.day || compareText(a.o.id, b.o.id));
  const points: StockPoint[] = [];
  const days: number[] = [];
  const values: number[] = [];
  const conflicts: StockSeries['conflicts'] = [];
  for (const { o, day } of rows) {
    if (days.length && days[days.length - 1] === day) {
      const prev = points[points.length - 1];
      if (prev.value !== o.value) {
        const c = conflicts.find((x) => x.date === prev.date);
        if (c) {
          c.values.push(o.value);
          c.ids.push(o.id);
        } else conflicts.push({ date: prev.date, values: [prev.value, o.value], ids: [prev.id, o.id] });
      }
      points[points.length - 1] = { date: isoOf(day), value: o.value, id: o.id };
      values[values.length - 1] = o.value;
      continue;
    }
    points.push({ date: isoOf(day), value: o.value, id: o.id });
    days.push(day);
    values.push(o.value);
  }
  return {
    counter,
    n: rows.length,
    span: points.length ? { from: points[0].date, to: points[points.length - 1].date } : null,
    points,
    conflicts,
    source_ids: uniqueIds(rows.map((r) => r.o.id)),
    days,
    values,
  };
}

/**
 * The stock on `day` (a day number or ISO date): observed when a row is dated that day,
 * linearly interpolated between the nearest rows before and after, missing outside the series.
 */
export function stockAt(series: StockSeries, day: number | string): StockValue {
  return stockAtCoded(series, typeof day === 'string' ? dayOf(day) : day, null).value;
}

/** `stockAt` on a day number, with the codes of its source rows (`codes` per point; internal). */
export function stockAtCoded(series: StockSeries, d: number, codes: Int32Array | null): { value: StockValue; codes: number[] } {
  const date = isoOf(d);
  const { days, values, points } = series;
  let lo = 0;
  let hi = days.length - 1;
  if (hi < 0 || d < days[0] || d > days[hi]) return { value: { date, value: null, kind: 'missing', source_ids: [] }, codes: [] };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < d) lo = mid + 1;
    else hi = mid;
  }
  if (days[lo] === d) return { value: { date, value: values[lo], kind: 'observed', source_ids: [points[lo].id] }, codes: codes ? [codes[lo]] : [] };
  const a = lo - 1;
  const t = (d - days[a]) / (days[lo] - days[a]);
  return {
    value: { date, value: values[a] + t * (values[lo] - values[a]), kind: 'interpolated', source_ids: [points[a].id, points[lo].id] },
    codes: codes ? [codes[a], codes[lo]] : [],
  };
}

/**
 * The stock series of one counter with month-end values over [from, to]. Returns an empty result
 * (counter null, no points) when no `current` rows exist.
 */
export function stockSeries(observations: readonly Observation[], options: StockOptions = {}): StockResult {
  const counters = countersOf(observations);
  const counter = options.counter ?? counters[0]?.counter ?? null;
  if (counter === null) return { counter: null, counters, series: null, monthly: [], n: 0, span: null, source_ids: [] };
  const series = buildSeries(observations, counter);
  const monthly: StockValue[] = [];
  if (series.days.length) {
    const from = options.from ? dayOf(options.from) : series.days[0];
    const to = options.to ? dayOf(options.to) : series.days[series.days.length - 1];
    for (const w of windowsOf(from, to, 'month')) monthly.push(stockAt(series, w.end));
  }
  return {
    counter,
    counters,
    series,
    monthly,
    n: series.n,
    span: spanOf(series.days.map((d) => ({ start: d, end: d }))),
    source_ids: series.source_ids,
  };
}
