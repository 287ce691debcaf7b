/**
 * Backtest: calibrate on the data known at `cut`, simulate to `to`, and check month by month
 * whether the observed stock falls inside the 50% and 90% bands. Two model variants:
 * `status-quo` forecasts deals from the channels' history before the cut (a true forecast), and
 * `given-releases` applies the releases that really happened (what the flow model does when the
 * deals are known). The baseline is the last value carried forward, with random-walk bands from
 * the month-to-month changes observed before the cut.
 *
 * No look-ahead: by default the calibration sees only what was published by the cut. A row dated
 * before the cut but published after it (a month-end count in a review that came out a week later)
 * is left out, and listed; a row without a publication date counts as published on its own date.
 * A publication date coarser than a day is taken at its last day (published "2024-07" is not known
 * on 30 June). `knownBy: 'date'` restores the former reading (every row dated by the cut).
 */
import type { Registry } from '../../domain/records.ts';
import { LeverageError } from '../../domain/errors.ts';
import { calibrate, type CalibrateOptions } from './calibrate.ts';
import { dayOf, monthLabel, monthOfDay, monthOfLabel, placeEdtf } from '../dates.ts';
import { buildPanel, placeDay } from './panel.ts';
import { runScenario, type MonthQuantiles } from './run.ts';
import { scenarioByName } from './scenarios.ts';

/** Options of `backtest`. */
export interface BacktestOptions extends Omit<CalibrateOptions, 'asOf'> {
  /** Last day of data used for calibration. Default: the dataset profile's `backtest.cut`. */
  cut?: string;
  /** Last month (YYYY-MM) simulated and checked. Default: the dataset profile's `backtest.to`. */
  to?: string;
  runs?: number;
  seed?: number;
  /** Which rows the calibration may see: those `published` by the cut (default), or those dated by it. */
  knownBy?: 'published' | 'date';
}

/** One checked month. `observed` is null where no month-end observation exists (not counted). */
export interface BacktestRow extends MonthQuantiles {
  observed: number | null;
  observedId: string | null;
  in50: boolean | null;
  in90: boolean | null;
}

/** One variant's rows and scores. MAE is the mean absolute error of the median over observed months. */
export interface BacktestVariant {
  name: 'status-quo' | 'given-releases';
  description: string;
  rows: BacktestRow[];
  observedMonths: number;
  coverage50: number | null;
  coverage90: number | null;
  mae: number | null;
}

/** The naive baseline month by month and its scores. */
export interface NaiveBaseline {
  value: number;
  /** sd of one month's change (per √month), from consecutive observed month ends before the cut. */
  monthlySd: number;
  rows: Array<{ month: string; low90: number; low50: number; high50: number; high90: number; in50: boolean | null; in90: boolean | null }>;
  coverage50: number | null;
  coverage90: number | null;
  mae: number | null;
}

/** A backtest's result. */
export interface BacktestResult {
  cut: string;
  to: string;
  start: { month: string; stock: number; date: string; id: string; at_least: boolean };
  calibration: {
    window: { from: string; to: string; months: number };
    lambda: number[];
    delta: number[];
    rho: number[];
    channels: Array<{ name: string; recentRate: number }>;
  };
  variants: BacktestVariant[];
  naive: NaiveBaseline;
  runs: number;
  seed: number;
  /** What "known at the cut" meant, and the rows dated by the cut that were left out because they were published after it. */
  known_by: 'published' | 'date';
  published_after_cut_ids: string[];
  n: number;
  span: { from: string; to: string } | null;
}

/** Rows of a registry list that were published by `day` (by their own date when no publication date is given), and the ids left out. */
function knownBy<T extends { id: string; date: string; published?: string }>(rows: readonly T[], day: number, left: string[]): T[] {
  return rows.filter((r) => {
    if (!r.published) return true;
    if (placeEdtf(r.published, r.id).end <= day) return true;
    if (placeEdtf(r.date, r.id).start <= day) left.push(r.id);
    return false;
  });
}

/**
 * The registry as it could be known on `day`: every row published by then (the dates of what the
 * rows report are filtered later, by the calibration's `asOf`). Returns the ids of rows dated by
 * `day` but published after it.
 */
export function knownOn(registry: Registry, day: number): { registry: Registry; left: string[] } {
  const left: string[] = [];
  const known: Registry = {
    ...registry,
    observations: knownBy(registry.observations, day, left),
    releases: knownBy(registry.releases, day, left),
    events: knownBy(registry.events, day, left),
    measures: knownBy(registry.measures, day, left),
    contacts: knownBy(registry.contacts, day, left),
  };
  return { registry: known, left: left.sort() };
}

/**
 * Runs the backtest. Months with no observation are listed with null coverage and left out of the
 * scores. Throws `LeverageError('bad_input')` when neither the options nor the registry's profile
 * name the cut and the last month.
 */
export function backtest(registry: Registry, options: BacktestOptions = {}): BacktestResult {
  const cut = options.cut ?? registry.profile?.backtest?.cut;
  const to = options.to ?? registry.profile?.backtest?.to;
  if (!cut || !to)
    throw new LeverageError('bad_input', 'the backtest needs a cut (last day of data used) and a last month checked', {
      expected: 'options cut and to, or `backtest` in the dataset profile',
    });
  const runs = options.runs ?? 10_000;
  const seed = options.seed ?? 1;
  const mode = options.knownBy ?? 'published';
  const known = mode === 'published' ? knownOn(registry, dayOf(cut)) : { registry, left: [] };
  const cal = calibrate(known.registry, { ...options, asOf: cut });
  const startMonth = monthOfLabel(cal.start.month);
  const months = monthOfLabel(to) - startMonth;
  const full = buildPanel(registry, { counter: cal.counter, windowMonths: 100_000, history: 0 });
  const observedAt = (label: string): { value: number; id: string } | null => {
    const t = monthOfLabel(label) - full.firstMonth;
    return t >= 0 && t < full.months && !Number.isNaN(full.stock[t]) ? { value: full.stock[t], id: full.stockIds[t]! } : null;
  };
  const cutDay = dayOf(cut);
  const toDay = dayOf(`${to}-01`) + 31;
  // Releases after the start stock that the calibration does not apply already: those after the
  // cut, and those before it that were published after it (not known at the cut, but they happened).
  const startDay = dayOf(cal.start.date);
  const applied = new Set(known.registry.releases.map((r) => r.id));
  const given = new Map<string, number>();
  for (const r of registry.releases) {
    const day = placeDay(r.date, r.id);
    if (day <= startDay || day > toDay || (day <= cutDay && applied.has(r.id))) continue;
    given.set(monthLabel(monthOfDay(day)), (given.get(monthLabel(monthOfDay(day))) ?? 0) + r.count);
  }
  const scenario = scenarioByName(cal, 'status-quo');
  const variants: BacktestVariant[] = [
    score('status-quo', 'deals forecast from the channels before the cut', runScenario(cal, scenario, { runs, months, seed }).quantiles, observedAt),
    score(
      'given-releases',
      'the releases that really happened applied as given; no forecast channels',
      runScenario(cal, scenario, { runs, months, seed, givenReleases: [...given].map(([month, count]) => ({ month, count })), channelsOff: true }).quantiles,
      observedAt,
    ),
  ];
  const naive = naiveBaseline(
    cal.panel.stock,
    cal.start.stock,
    variants[0].rows.map((r) => r.month),
    observedAt,
  );
  return {
    cut,
    to,
    start: cal.start,
    calibration: {
      window: cal.window,
      lambda: [cal.lambda.estimate, ...cal.lambda.interval90],
      delta: [cal.delta.estimate, ...cal.delta.interval90],
      rho: [cal.rho.estimate, ...cal.rho.interval90],
      channels: cal.channels.map((c) => ({ name: c.name, recentRate: c.recentRate.estimate })),
    },
    variants,
    naive,
    runs,
    seed,
    known_by: mode,
    published_after_cut_ids: known.left,
    n: cal.n,
    span: cal.span,
  };
}

function score(
  name: BacktestVariant['name'],
  description: string,
  quantiles: MonthQuantiles[],
  observedAt: (m: string) => { value: number; id: string } | null,
): BacktestVariant {
  const rows: BacktestRow[] = quantiles.map((q) => {
    const o = observedAt(q.month);
    if (!o) return { ...q, observed: null, observedId: null, in50: null, in90: null };
    return { ...q, observed: o.value, observedId: o.id, in50: o.value >= q.p25 && o.value <= q.p75, in90: o.value >= q.p05 && o.value <= q.p95 };
  });
  const seen = rows.filter((r) => r.observed !== null);
  return {
    name,
    description,
    rows,
    observedMonths: seen.length,
    coverage50: share(seen.map((r) => r.in50!)),
    coverage90: share(seen.map((r) => r.in90!)),
    mae: seen.length ? seen.reduce((a, r) => a + Math.abs(r.observed! - r.p50), 0) / seen.length : null,
  };
}

function naiveBaseline(stock: Float64Array, last: number, months: string[], observedAt: (m: string) => { value: number; id: string } | null): NaiveBaseline {
  // Changes between consecutive observed month ends, scaled to one month (random walk: sd ∝ √gap).
  const z: number[] = [];
  let prev = -1;
  for (let t = 0; t < stock.length; t++) {
    if (Number.isNaN(stock[t])) continue;
    if (prev >= 0) z.push((stock[t] - stock[prev]) / Math.sqrt(t - prev));
    prev = t;
  }
  const monthlySd = z.length > 1 ? Math.sqrt(z.reduce((a, v) => a + v * v, 0) / z.length) : 0;
  const rows = months.map((month, h) => {
    const sd = monthlySd * Math.sqrt(h + 1);
    const o = observedAt(month);
    const r = { month, low90: last - 1.645 * sd, low50: last - 0.674 * sd, high50: last + 0.674 * sd, high90: last + 1.645 * sd };
    return { ...r, in50: o ? o.value >= r.low50 && o.value <= r.high50 : null, in90: o ? o.value >= r.low90 && o.value <= r.high90 : null };
  });
  const seen = months.map(observedAt).filter((o): o is { value: number; id: string } => o !== null);
  return {
    value: last,
    monthlySd,
    rows,
    coverage50: share(rows.filter((r) => r.in50 !== null).map((r) => r.in50!)),
    coverage90: share(rows.filter((r) => r.in90 !== null).map((r) => r.in90!)),
    mae: seen.length ? seen.reduce((a, o) => a + Math.abs(o.value - last), 0) / seen.length : null,
  };
}

function share(flags: boolean[]): number | null {
  return flags.length ? flags.filter(Boolean).length / flags.length : null;
}
