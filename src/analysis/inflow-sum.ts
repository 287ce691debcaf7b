/**
 * Reading an inflow profile: what a span of days received, by method, with its range, its
 * missing days and the rows behind it (`inflowBetween`), and the same with row codes for the
 * measures that collect sources per window (`inflowSpan`). The profile itself is built in
 * `inflow.ts`.
 */
import { isoOf, settle, uniqueIds } from './dates.ts';
import type { InflowProfile, PeriodRow } from './inflow.ts';
import { namesOf, Unique, type IdIndex } from './ids.ts';

/** What a span of days received: total, split by method, missing days, and the rows behind it. */
export interface InflowSum {
  from: string;
  to: string;
  days: number;
  value: number;
  observed: number;
  estimated: number;
  estimated_by: { enclosing_remainder: number; cumulative_difference: number };
  /** Range of the inflow over the covered days: `high` = `value`; `low` takes cumulative differences at their published-rate floor. */
  low: number;
  high: number;
  /** Share of `value` that is estimated rather than published (0 when `value` is 0). */
  estimated_share: number;
  missing_days: number;
  /** missing_days / days. */
  missing_share: number;
  /** True when rows fully inside the span tile it exactly: the figure is a sum of published counts. */
  exact: boolean;
  /** Observed rows only partly inside the span, counted pro rata. */
  pro_rata_ids: string[];
  clamped_ids: string[];
  source_ids: string[];
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
      low: value,
      high: value,
      estimated_share: 0,
      missing_days: 0,
      missing_share: 0,
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
  const value = sum(profile.prefix);
  const estimated = settle(sum(profile.methodPrefix[2]) + sum(profile.methodPrefix[3]));
  const missing = sum(profile.dayCountPrefix[0]) + outside;
  return {
    sum: {
      ...base,
      value,
      observed: sum(profile.methodPrefix[1]),
      estimated,
      estimated_by: { enclosing_remainder: sum(profile.methodPrefix[2]), cumulative_difference: sum(profile.methodPrefix[3]) },
      low: Math.min(value, sum(profile.lowPrefix)),
      high: value,
      estimated_share: value > 0 ? settle(estimated / value) : 0,
      missing_days: missing,
      missing_share: base.days > 0 ? settle(missing / base.days) : 0,
      exact: false,
      pro_rata_ids: uniqueIds(partial),
      clamped_ids: used ? profile.clamped_ids.filter((id) => used.has(id)) : [],
      source_ids: ids,
    },
    codes,
  };
}
