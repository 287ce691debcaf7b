/**
 * Flows per window: inflow I (newly recognised, one counter), outflow O by mode (recorded
 * releases and deaths in custody), and the identity S(t1) − S(t0) = I − O, where S(t0) is the
 * stock on the day before the window and S(t1) on its last day. What does not close is reported
 * as `residual` = (S(t1) − S(t0)) − (I − O): negative means more people left the list than the
 * recorded releases explain (typically sentence completions, which are not batch events).
 */
import type { Registry } from '../domain/records.ts';
import type { ReleaseMode } from '../domain/schema/types.ts';
import { dayArg, isoOf, placeEdtf, spanOf, uniqueIds, windowsOf, type DateSpan, compareText } from './dates.ts';
import { buildInflowProfile, inflowBetween, type InflowProfile, type InflowSum } from './inflow.ts';
import { buildSeries, defaultCounter, stockAt, type StockSeries, type StockValue } from './stock.ts';

/** Outflow modes: the release modes plus deaths in custody. */
export type OutflowMode = ReleaseMode | 'death_in_custody';
export const OUTFLOW_MODES: readonly OutflowMode[] = ['pardon', 'deportation', 'exchange', 'amnesty', 'sentence_served', 'death_in_custody', 'unknown'];

interface Exit { id: string; day: number; count: number; mode: OutflowMode; basis: 'announced' | 'confirmed' | 'reported' | 'event'; precise: boolean }

/** Everything the flow measures need, prepared once (series, inflow profile, exits sorted by day). */
export interface FlowContext {
  counter: string | null;
  other_counters: string[];
  series: StockSeries | null;
  profile: InflowProfile | null;
  exits: Exit[];
  exitDays: number[];
  /** Day numbers of the registry's dated records: the default span of the analyses. */
  first: number;
  last: number;
  /** released_in_period rows of the counter: published release counts, for cross-checks. */
  counterReleases: Array<{ id: string; start: number; end: number; value: number }>;
}

/** Prepares the context of `counter` (default: the counter with the most `current` rows, else with the most rows). */
export function prepareFlows(registry: Pick<Registry, 'observations' | 'releases' | 'events'>, counter?: string): FlowContext {
  // Without any stock counts, fall back to the counter with the most rows of any metric.
  const chosen = counter ?? defaultCounter(registry.observations) ?? mostRows(registry.observations) ?? null;
  const exits: Exit[] = [];
  for (const r of registry.releases) {
    const p = placeEdtf(r.date, r.id);
    exits.push({ id: r.id, day: p.at, count: r.count, mode: r.mode, basis: r.count_basis, precise: p.precise });
  }
  for (const e of registry.events) {
    if (e.kind !== 'death_in_custody') continue;
    const p = placeEdtf(e.date, e.id);
    exits.push({ id: e.id, day: p.at, count: e.quantity ?? 1, mode: 'death_in_custody', basis: 'event', precise: p.precise });
  }
  exits.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let first = Infinity;
  let last = -Infinity;
  for (const x of exits) { if (x.day < first) first = x.day; if (x.day > last) last = x.day; }
  for (const o of registry.observations) { const d = placeEdtf(o.date, o.id); if (d.start < first) first = d.start; if (d.end > last) last = d.end; }
  const others = new Set<string>();
  const counterReleases: FlowContext['counterReleases'] = [];
  for (const o of registry.observations) {
    if (o.source_org !== chosen) { others.add(o.source_org); continue; }
    if (o.metric === 'released_in_period') {
      counterReleases.push({ id: o.id, start: placeEdtf(o.period_start ?? o.date, o.id).start, end: placeEdtf(o.period_end ?? o.date, o.id).end, value: o.value });
    }
  }
  return {
    counter: chosen,
    other_counters: [...others].sort(),
    series: chosen ? buildSeries(registry.observations, chosen) : null,
    profile: chosen ? buildInflowProfile(registry.observations, chosen) : null,
    exits,
    exitDays: exits.map((x) => x.day),
    first: first === Infinity ? 0 : first,
    last: last === -Infinity ? -1 : last,
    counterReleases,
  };
}

function mostRows(observations: Registry['observations']): string | undefined {
  const counts = new Map<string, number>();
  for (const o of observations) counts.set(o.source_org, (counts.get(o.source_org) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
}

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

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Outflow over days [a, b] (inclusive). */
export function outflowBetween(ctx: FlowContext, a: number, b: number): Outflow {
  const by_mode = Object.fromEntries(OUTFLOW_MODES.map((m) => [m, 0])) as Record<OutflowMode, number>;
  const by_basis = { announced: 0, confirmed: 0, reported: 0, event: 0 };
  const ids: string[] = [];
  const imprecise: string[] = [];
  let total = 0;
  for (let i = lowerBound(ctx.exitDays, a); i < ctx.exits.length && ctx.exits[i].day <= b; i++) {
    const x = ctx.exits[i];
    total += x.count;
    by_mode[x.mode] += x.count;
    by_basis[x.basis] += x.count;
    ids.push(x.id);
    if (!x.precise) imprecise.push(x.id);
  }
  return { total, by_mode, by_basis, source_ids: ids, imprecise_ids: imprecise };
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
  const missing = (d: number): StockValue => ({ date: isoOf(d), value: null, kind: 'missing', source_ids: [] });
  const s0 = ctx.series ? stockAt(ctx.series, a - 1) : missing(a - 1);
  const s1 = ctx.series ? stockAt(ctx.series, b) : missing(b);
  const inflow = ctx.profile ? inflowBetween(ctx.profile, a, b) : emptyInflow(a, b);
  const outflow = outflowBetween(ctx, a, b);
  const stocksKnown = s0.value !== null && s1.value !== null;
  const checked = stocksKnown && inflow.missing_days === 0;
  const delta = stocksKnown ? s1.value! - s0.value! : null;
  const identity: IdentityCheck = {
    checked,
    delta_stock: delta,
    inflow_minus_outflow: inflow.value - outflow.total,
    residual: checked ? delta! - (inflow.value - outflow.total) : null,
    stock_basis: !stocksKnown ? 'missing' : s0.kind === 'observed' && s1.kind === 'observed' ? 'observed' : 'interpolated',
    inflow_basis: inflow.missing_days > 0 ? 'incomplete' : inflow.estimated > 0 ? 'estimated' : 'observed',
  };
  const reports = ctx.counterReleases.filter((r) => r.start >= a && r.end <= b).map((r) => ({ id: r.id, from: isoOf(r.start), to: isoOf(r.end), value: r.value }));
  return {
    from: isoOf(a),
    to: isoOf(b),
    stock_start: s0,
    stock_end: s1,
    inflow,
    outflow,
    identity,
    counter_release_reports: reports,
    source_ids: uniqueIds([...s0.source_ids, ...s1.source_ids, ...inflow.source_ids, ...outflow.source_ids]),
  };
}

function emptyInflow(a: number, b: number): InflowSum {
  return { from: isoOf(a), to: isoOf(b), days: b - a + 1, value: 0, observed: 0, estimated: 0, estimated_by: { enclosing_remainder: 0, cumulative_difference: 0 }, missing_days: b - a + 1, exact: false, pro_rata_ids: [], clamped_ids: [], source_ids: [] };
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
export function flows(registry: Pick<Registry, 'observations' | 'releases' | 'events'>, options: FlowsOptions = {}, ctx = prepareFlows(registry, options.counter)): FlowsResult {
  const a = options.from ? dayArg(options.from, 'start', 'from') : ctx.first;
  const b = options.to ? dayArg(options.to, 'end', 'to') : ctx.last;
  const window = options.window ?? 'month';
  const windows = b >= a ? windowsOf(a, b, window).map((w) => flowWindow(ctx, w.start, w.end)) : [];
  const totals = flowWindow(ctx, a, b);
  const checked = windows.filter((w) => w.identity.checked);
  const ids = uniqueIds(windows.flatMap((w) => w.source_ids).concat(totals.source_ids));
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
