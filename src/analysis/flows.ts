/**
 * Flows per window: inflow I (newly recognised, one counter), outflow O by mode (recorded
 * releases and deaths in custody), and the identity S(t1) − S(t0) = I − O, where S(t0) is the
 * stock on the day before the window and S(t1) on its last day. What does not close is reported
 * as `residual` = (S(t1) − S(t0)) − (I − O): negative means more people left the list than the
 * recorded releases explain (typically sentence completions, which are not batch events).
 */
import type { Registry } from '../domain/records.ts';
import { dayArg, isoOf, settle, spanOf, windowsOf, type DateSpan } from './dates.ts';
import { prepareFlows, type FlowContext } from './context.ts';
import { namesOf, Unique } from './ids.ts';
import { inflowSpan, type InflowSum } from './inflow.ts';
import { EXIT_BASES, lowerBound, OUTFLOW_MODES, upperBound, type OutflowMode } from './records.ts';
import { stockAtCoded, type StockValue } from './stock.ts';

export { prepareFlows, OUTFLOW_MODES, type FlowContext, type OutflowMode } from './context.ts';

/** Recorded outflow over a span, by mode and by how firm the counts are. */
export interface Outflow {
  total: number;
  by_mode: Record<OutflowMode, number>;
  by_basis: { announced: number; confirmed: number; reported: number; event: number };
  /** Releases and death events placed in the span. */
  source_ids: string[];
  /** Records dated only to a month (or coarser), placed on their middle day. */
  imprecise_ids: string[];
}

/** Outflow over days [a, b] (inclusive). */
export function outflowBetween(ctx: FlowContext, a: number, b: number): Outflow {
  return outflowRange(ctx, a, b).outflow;
}

/** `outflowBetween`, with the range [lo, hi) of exit positions it covers (internal). */
function outflowRange(ctx: FlowContext, a: number, b: number): { outflow: Outflow; lo: number; hi: number } {
  const lo = lowerBound(ctx.exitDays, a);
  const hi = Math.max(lo, upperBound(ctx.exitDays, b));
  const { exitCounts, exitPrecise, exitIds } = ctx;
  const imprecise: string[] = [];
  let total = 0;
  let by_mode: Record<OutflowMode, number>;
  let by_basis: Outflow['by_basis'];
  if (!ctx.exitModes || !ctx.exitBases) {
    // Sums per mode and basis code, each added in exit order (as the keyed sums below).
    const m = new Float64Array(OUTFLOW_MODES.length);
    const f = new Float64Array(EXIT_BASES.length);
    const { exitModeCodes, exitBasisCodes } = ctx;
    for (let i = lo; i < hi; i++) {
      const count = exitCounts[i];
      total += count;
      m[exitModeCodes[i]] += count;
      f[exitBasisCodes[i]] += count;
      if (!exitPrecise[i]) imprecise.push(exitIds[i]);
    }
    by_mode = Object.fromEntries(OUTFLOW_MODES.map((mode, k) => [mode, m[k]])) as Record<OutflowMode, number>;
    by_basis = { announced: f[0], confirmed: f[1], reported: f[2], event: f[3] };
  } else {
    by_mode = Object.fromEntries(OUTFLOW_MODES.map((mode) => [mode, 0])) as Record<OutflowMode, number>;
    by_basis = { announced: 0, confirmed: 0, reported: 0, event: 0 };
    const modes = by_mode as Record<string, number>;
    const bases = by_basis as Record<string, number>;
    for (let i = lo; i < hi; i++) {
      const count = exitCounts[i];
      total += count;
      modes[ctx.exitModes[i]] += count;
      bases[ctx.exitBases[i]] += count;
      if (!exitPrecise[i]) imprecise.push(exitIds[i]);
    }
  }
  return { outflow: { total, by_mode, by_basis, source_ids: exitIds.slice(lo, hi), imprecise_ids: imprecise }, lo, hi };
}

/** The identity check of one window. `checked` is false when a stock end or part of the inflow is missing. */
export interface IdentityCheck {
  checked: boolean;
  delta_stock: number | null;
  inflow_minus_outflow: number;
  residual: number | null;
  stock_basis: 'observed' | 'interpolated' | 'missing';
  inflow_basis: 'observed' | 'estimated' | 'incomplete';
}

/** One window's flows. */
export interface FlowWindow {
  from: string;
  to: string;
  stock_start: StockValue;
  stock_end: StockValue;
  inflow: InflowSum;
  outflow: Outflow;
  identity: IdentityCheck;
  /** The counter's own published release counts fully inside the window (not summed: scopes differ). */
  counter_release_reports: Array<{ id: string; from: string; to: string; value: number }>;
  source_ids: string[];
}

/** Flows over [a, b] (day numbers). */
export function flowWindow(ctx: FlowContext, a: number, b: number): FlowWindow {
  return flowWindowCoded(ctx, a, b).window;
}

/** `flowWindow`, with the codes of its `source_ids` in their order (internal). */
export function flowWindowCoded(ctx: FlowContext, a: number, b: number): { window: FlowWindow; codes: ArrayLike<number> } {
  const missing = (d: number) => ({ value: { date: isoOf(d), value: null, kind: 'missing', source_ids: [] } as StockValue, codes: [] as number[] });
  const s0 = ctx.series ? stockAtCoded(ctx.series, a - 1, ctx.codes.series) : missing(a - 1);
  const s1 = ctx.series ? stockAtCoded(ctx.series, b, ctx.codes.series) : missing(b);
  const inflowCoded = ctx.profile
    ? inflowSpan(ctx.profile, a, b, { ix: ctx.rec.ix, segments: ctx.codes.segments, rows: ctx.codes.rows })
    : { sum: emptyInflow(a, b), codes: [] };
  const inflow = inflowCoded.sum;
  const { outflow, lo, hi } = outflowRange(ctx, a, b);
  const stocksKnown = s0.value.value !== null && s1.value.value !== null;
  const checked = stocksKnown && inflow.missing_days === 0;
  const delta = stocksKnown ? s1.value.value! - s0.value.value! : null;
  const identity: IdentityCheck = {
    checked,
    delta_stock: delta,
    inflow_minus_outflow: settle(inflow.value - outflow.total),
    residual: checked ? settle(delta! - (inflow.value - outflow.total)) : null,
    stock_basis: !stocksKnown ? 'missing' : s0.value.kind === 'observed' && s1.value.kind === 'observed' ? 'observed' : 'interpolated',
    inflow_basis: inflow.missing_days > 0 ? 'incomplete' : inflow.estimated > 0 ? 'estimated' : 'observed',
  };
  const reports = ctx.counterReleases
    .filter((r) => r.start >= a && r.end <= b)
    .map((r) => ({ id: r.id, from: isoOf(r.start), to: isoOf(r.end), value: r.value }));
  // Sized for every code it may get (at most the universe, see `Unique`).
  const u = new Unique(ctx.rec.ix, undefined, s0.codes.length + s1.codes.length + inflowCoded.codes.length + hi - lo);
  u.addAll(s0.codes);
  u.addAll(s1.codes);
  u.addAll(inflowCoded.codes);
  u.addAll(ctx.exitCodes, lo, hi);
  const codes = u.ordered();
  return {
    window: {
      from: isoOf(a),
      to: isoOf(b),
      stock_start: s0.value,
      stock_end: s1.value,
      inflow,
      outflow,
      identity,
      counter_release_reports: reports,
      source_ids: namesOf(ctx.rec.ix, codes),
    },
    codes,
  };
}

function emptyInflow(a: number, b: number): InflowSum {
  return {
    from: isoOf(a),
    to: isoOf(b),
    days: b - a + 1,
    value: 0,
    observed: 0,
    estimated: 0,
    estimated_by: { enclosing_remainder: 0, cumulative_difference: 0 },
    low: 0,
    high: 0,
    estimated_share: 0,
    missing_days: b - a + 1,
    missing_share: 1,
    exact: false,
    pro_rata_ids: [],
    clamped_ids: [],
    source_ids: [],
  };
}

export interface FlowsOptions {
  /** First day (ISO day, month or year). Default: the first dated record. */
  from?: string;
  /** Last day. Default: the last dated record. */
  to?: string;
  /** `month` (default), `quarter`, `year` or `Nd` (N days). */
  window?: string;
  /** The counter for stock and inflow. Default: the counter with the most `current` rows. */
  counter?: string;
}

/** Result of `flows`. `totals` sums the windows; its identity uses the stock at the two ends of [from, to]. */
export interface FlowsResult {
  counter: string | null;
  other_counters: string[];
  from: string;
  to: string;
  window: string;
  windows: FlowWindow[];
  totals: FlowWindow;
  /** Windows where the identity could be checked, and the sum of their absolute residuals. */
  checked_windows: number;
  abs_residual: number;
  n: number;
  span: DateSpan | null;
  source_ids: string[];
}

/** Monthly (or other) flows with the identity checked per window. */
export function flows(
  registry: Pick<Registry, 'observations' | 'releases' | 'events'>,
  options: FlowsOptions = {},
  ctx = prepareFlows(registry, options.counter),
): FlowsResult {
  const a = options.from ? dayArg(options.from, 'start', 'from') : ctx.first;
  const b = options.to ? dayArg(options.to, 'end', 'to') : ctx.last;
  const window = options.window ?? 'month';
  const coded = b >= a ? windowsOf(a, b, window).map((w) => flowWindowCoded(ctx, w.start, w.end)) : [];
  const windows = coded.map((w) => w.window);
  const all = flowWindowCoded(ctx, a, b);
  const totals = all.window;
  const checked = windows.filter((w) => w.identity.checked);
  const u = new Unique(ctx.rec.ix, undefined, ctx.rec.ix.names.length);
  for (const w of coded) u.addAll(w.codes);
  u.addAll(all.codes);
  const ids = namesOf(ctx.rec.ix, u.ordered());
  return {
    counter: ctx.counter,
    other_counters: ctx.other_counters,
    from: isoOf(a),
    to: isoOf(b),
    window,
    windows,
    totals,
    checked_windows: checked.length,
    abs_residual: checked.reduce((s, w) => s + Math.abs(w.identity.residual!), 0),
    n: ids.length,
    span: ctx.last >= ctx.first ? spanOf([{ start: ctx.first, end: ctx.last }]) : null,
    source_ids: ids,
  };
}
