/**
 * Calibration of the simulator on a registry: λ (recognitions per month), δ (monthly completion
 * rate), ρ (arrival response to recent releases), the death rate, the arrival shock and the deal
 * channels, each with its uncertainty and the data it uses. λ, δ and ρ come from the joint
 * likelihood on a grid (`likelihood.ts`) under flat priors on the grid's box; the posterior grid is
 * kept so runs draw whole (λ, δ, ρ) triples from it and carry ρ's full range when the data cannot
 * pin it down. Pure: data known on `asOf` in, plain values out.
 */
import type { Registry } from '../../domain/records.ts';
import { dayOf, monthLabel, monthOfDay } from '../dates.ts';
import { buildPanel, placeDay, type Panel, type PanelOptions } from './panel.ts';
import { axis, dispersionOf, evaluateGrid, marginal, marginalQuantile, profileRho, supportOf, type Grid } from './likelihood.ts';
import { dealChannels, type DealChannel } from './deals.ts';
import { identificationOf, PROFILE_95, type Identification } from './identification.ts';

/** Options of `calibrate` (besides the panel's: asOf, windowMonths, counter, useCumulative). */
export interface CalibrateOptions extends Omit<PanelOptions, 'history'> {
  /** m: months of releases the arrival response looks back over. Default 3. */
  memoryMonths?: number;
  /** Range of ρ searched (and carried into runs). Default [−1, 4]. */
  rhoRange?: [number, number];
  /** Grid points for ρ. Default 26 (steps of 0.2 over the default range). */
  rhoPoints?: number;
  /** Grid points for λ and δ in the refined pass. Default 41. */
  points?: number;
  /** Measurement error of a stock observation, as a share. Default 0.01. */
  stockErrorRatio?: number;
  /** Look-back of the status-quo deal rates, in months. Default 12. */
  recentMonths?: number;
}

/** A parameter's posterior summary. Intervals are equal-tailed; how far the data pin it down is `identification` (see identification.ts). */
export interface Estimate {
  /** Posterior median. */
  estimate: number;
  /** Highest-likelihood grid value. */
  map: number;
  interval50: [number, number];
  interval90: [number, number];
  /** One definition for the table, the notes, the API and the dashboard (identification.ts). */
  identification: Identification;
  /** `identification === 'identified'` (kept for existing readers). */
  identified: boolean;
  /** Which data pin it down. */
  uses: string;
  note?: string;
}

/** The calibration in plain values (what the API and CLI print). */
export interface CalibrationSummary {
  counter: string;
  asOf: string;
  window: { from: string; to: string; months: number };
  /** Where runs start: the last observed month-end stock. */
  start: { month: string; stock: number; date: string; id: string; at_least: boolean };
  memoryMonths: number;
  lambda: Estimate;
  delta: Estimate;
  rho: Estimate & { range: [number, number]; profile: Array<{ rho: number; drop: number; posterior: number }>; interval95Profile: [number, number] };
  deathRate: { estimate: number; interval90: [number, number]; deaths: number; exposure: number; uses: string };
  /** cv² of the monthly arrival-rate shock (moment estimate from recognitions). */
  dispersion: { cv2: number; uses: string };
  channels: DealChannel[];
  /** Releases recorded after the start stock (up to asOf): applied as they happened in runs. */
  knownReleases: Array<{ month: string; count: number; ids: string[] }>;
  /** Recognitions per month by calendar year over the whole history: the rate is not stationary. */
  history: Array<{ year: number; recognitions: number; months: number; rate: number }>;
  data: { stockMonths: number; recognitionIntervals: number; unused: Array<{ ids: string[]; reason: string }> };
  n: number;
  span: { from: string; to: string } | null;
  warnings: string[];
}

/** The calibration with its posterior grid and panel (for runs and the backtest). */
export interface Calibration extends CalibrationSummary {
  grid: Grid;
  panel: Panel;
}

/** Calibrates on `registry`. Throws `LeverageError('bad_input')` when there is no stock to start from. */
export function calibrate(registry: Registry, options: CalibrateOptions = {}): Calibration {
  const memoryMonths = options.memoryMonths ?? 3;
  const panel = buildPanel(registry, { ...options, history: memoryMonths });
  const warnings: string[] = [];
  const cv2 = dispersionOf(panel);
  const deathRate = panel.deaths ? panel.deaths.count / panel.deaths.exposure : 0;
  if (!panel.deaths) warnings.push('no deaths-in-custody counts: the death rate is set to 0');
  if (panel.recognitions.length < 3)
    warnings.push(`only ${panel.recognitions.length} recognition intervals: λ rests mostly on stock changes and is weakly identified`);
  const observedEnds = [...panel.stock].filter((v) => !Number.isNaN(v)).length;
  if (observedEnds < 3) warnings.push(`only ${observedEnds} observed month ends in the window: δ is weakly identified`);

  // Pass 1: wide box; pass 2: λ and δ narrowed to where the likelihood lives, ρ kept whole.
  const base = baseRate(panel);
  const [rlo, rhi] = options.rhoRange ?? [-1, 4];
  const rho = axis(rlo, rhi, options.rhoPoints ?? 26);
  const inputs = { deathRate, cv2, stockErrorRatio: options.stockErrorRatio };
  const lambdaBox: [number, number] = [0.2 * base, 3 * base];
  const deltaBox: [number, number] = [0, 0.15];
  const coarse = evaluateGrid(panel, axis(...lambdaBox, 31), axis(...deltaBox, 31), rho, inputs);
  const [l0, l1] = supportOf(coarse, 0, 15);
  const [d0, d1] = supportOf(coarse, 1, 15);
  const points = options.points ?? 41;
  const grid = evaluateGrid(panel, axis(Math.max(1e-6, l0), l1, points), axis(Math.max(0, d0), d1, points), rho, inputs);
  if (l1 >= lambdaBox[1] || l0 <= lambdaBox[0]) warnings.push('λ reaches the edge of its search box');
  if (d1 >= deltaBox[1]) warnings.push('δ reaches the edge of its search box');

  const lambda = estimate(grid, 0, 'recognised_in_period counts (negative binomial), and stock changes', lambdaBox);
  const delta = estimate(grid, 1, 'stock changes between observed month ends, net of recognitions and recorded releases', deltaBox);
  const profile = profileRho(grid);
  const best = Math.max(...profile);
  const inside = rho.values.filter((_, k) => best - profile[k] <= PROFILE_95);
  const rhoPost = marginal(grid, 2);
  const spread = best - Math.min(...profile);
  const rhoEst = estimate(grid, 2, 'co-movement of recognitions and stock with releases in the previous months', [rlo, rhi], spread);
  const profile95 = `profile 95% interval [${Math.min(...inside).toFixed(1)}, ${Math.max(...inside).toFixed(1)}]`;
  rhoEst.note =
    rhoEst.identification === 'not_identified'
      ? `not identified: the profile log-likelihood varies by ${spread.toFixed(2)} over [${rlo}, ${rhi}], so no value in the range is excluded at 95%; runs carry the whole posterior`
      : rhoEst.identification === 'weak'
        ? `${profile95}; weakly identified, runs carry the whole posterior`
        : profile95;

  const deaths = panel.deaths;
  const deathInterval = deaths ? poissonRateInterval(deaths.count, deaths.exposure) : ([0, 0] as [number, number]);
  const asOfDay = dayOf(panel.asOf);
  const channels = dealChannels(registry.releases, panel.firstMonth, asOfDay, options.recentMonths ?? 12);
  const startDay = dayOf(panel.start.date);
  const known = new Map<number, { count: number; ids: string[] }>();
  for (const r of registry.releases) {
    const day = placeDay(r.date, r.id);
    if (day <= startDay || day > asOfDay) continue;
    const m = monthOfDay(day);
    const k = known.get(m) ?? { count: 0, ids: [] };
    k.count += r.count;
    k.ids.push(r.id);
    known.set(m, k);
  }
  return {
    counter: panel.counter,
    asOf: panel.asOf,
    window: { from: monthLabel(panel.firstMonth), to: monthLabel(panel.firstMonth + panel.months - 1), months: panel.months },
    start: { ...panel.start, month: monthLabel(panel.start.month) },
    memoryMonths,
    lambda,
    delta,
    rho: {
      ...rhoEst,
      range: [rlo, rhi],
      profile: rho.values.map((v, k) => ({ rho: round(v, 3), drop: round(best - profile[k], 3), posterior: round(rhoPost[k], 4) })),
      interval95Profile: [Math.min(...inside), Math.max(...inside)],
    },
    deathRate: {
      estimate: deathRate,
      interval90: deathInterval,
      deaths: deaths?.count ?? 0,
      exposure: deaths?.exposure ?? 0,
      uses: deaths ? `died_in_custody_cumulative ${deaths.ids.join(', ')} over prisoner-months ${deaths.from} to ${deaths.to}` : 'none',
    },
    dispersion: { cv2, uses: 'spread of recognised_in_period counts beyond Poisson (moments, ρ = 0)' },
    channels,
    knownReleases: [...known].sort((a, b) => a[0] - b[0]).map(([m, k]) => ({ month: monthLabel(m), ...k })),
    history: recognitionHistory(registry, options),
    data: { stockMonths: observedEnds, recognitionIntervals: panel.recognitions.length, unused: panel.unused },
    n: panel.n,
    span: panel.span,
    warnings,
    grid,
    panel,
  };
}

/** The calibration without its grid and panel: plain JSON. */
export function summarizeCalibration(c: Calibration): CalibrationSummary {
  const { grid: _grid, panel: _panel, ...summary } = c;
  return summary;
}

function baseRate(panel: Panel): number {
  let y = 0;
  let w = 0;
  for (const r of panel.recognitions) {
    y += r.count;
    w += r.exposure;
  }
  if (w >= 1 && y > 0) return y / w;
  // No recognition counts: the inflow that the stock's path and releases imply at a 3% exit rate.
  let sum = 0;
  for (const s of panel.stockPath) sum += s;
  const released = panel.releases.slice(panel.history).reduce((a, b) => a + b, 0);
  const net = panel.stockPath[panel.months - 1] - panel.stockPath[0];
  return Math.max(1, (net + released) / panel.months + (0.03 * sum) / panel.months);
}

/** The posterior summary of one parameter; `profileSpread` (best minus worst profile log-likelihood) when computed. */
function estimate(grid: Grid, which: 0 | 1 | 2, uses: string, box: [number, number], profileSpread?: number): Estimate {
  const ax = which === 0 ? grid.lambda : which === 1 ? grid.delta : grid.rho;
  const w = marginal(grid, which);
  const q = (p: number) => marginalQuantile(ax, w, p);
  let argmax = 0;
  for (let c = 1; c < grid.loglik.length; c++) if (grid.loglik[c] > grid.loglik[argmax]) argmax = c;
  const nD = grid.delta.values.length;
  const nR = grid.rho.values.length;
  const index = which === 0 ? Math.floor(argmax / (nD * nR)) : which === 1 ? Math.floor(argmax / nR) % nD : argmax % nR;
  const interval90: [number, number] = [q(0.05), q(0.95)];
  const identification = identificationOf(interval90, box, profileSpread);
  return {
    estimate: q(0.5),
    map: ax.values[index],
    interval50: [q(0.25), q(0.75)],
    interval90,
    identification,
    identified: identification === 'identified',
    uses,
  };
}

/** Exact (Garwood) 90% interval of a Poisson rate: `count` events over `exposure`. */
export function poissonRateInterval(count: number, exposure: number): [number, number] {
  const cdf = (k: number, mu: number) => {
    let p = Math.exp(-mu);
    let s = p;
    for (let i = 1; i <= k; i++) {
      p *= mu / i;
      s += p;
    }
    return s;
  };
  const solve = (f: (mu: number) => number, target: number) => {
    let lo = 0;
    let hi = count + 20 * Math.sqrt(count + 1) + 20;
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) > target) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  // Both functions fall as μ rises: P(X ≤ k−1) = 0.95 gives the lower bound, P(X ≤ k) = 0.05 the upper.
  const low = count === 0 ? 0 : solve((mu) => cdf(count - 1, mu), 0.95);
  const high = solve((mu) => cdf(count, mu), 0.05);
  return [low / exposure, high / exposure];
}

function recognitionHistory(registry: Registry, options: CalibrateOptions): CalibrationSummary['history'] {
  const all = buildPanel(registry, { asOf: options.asOf, counter: options.counter, useCumulative: options.useCumulative, windowMonths: 100_000, history: 0 });
  const years = new Map<number, { recognitions: number; months: number }>();
  for (const r of all.recognitions) {
    for (let t = 0; t < r.weights.length; t++) {
      if (!r.weights[t]) continue;
      const year = Math.floor((all.firstMonth + t) / 12);
      const y = years.get(year) ?? { recognitions: 0, months: 0 };
      y.recognitions += (r.count * r.weights[t]) / r.exposure;
      y.months += r.weights[t];
      years.set(year, y);
    }
  }
  return [...years]
    .sort((a, b) => a[0] - b[0])
    .map(([year, y]) => ({ year, recognitions: round(y.recognitions, 1), months: round(y.months, 2), rate: round(y.recognitions / y.months, 1) }));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
