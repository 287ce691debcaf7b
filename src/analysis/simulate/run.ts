/**
 * Monte Carlo runs of a scenario: N paths × H months from the calibration's start stock, each path
 * with its own (λ, δ, ρ) drawn from the posterior grid (or fixed by the scenario), returning the
 * stock's quantiles per month (median, 50% and 90% bands) and the mean flows. Seeded: the same
 * seed, calibration and scenario give the same numbers on any machine.
 */
import type { Calibration } from './calibrate.ts';
import { allocateBuffers, simulatePath, type ChannelSpec, type ModelSpec } from './model.ts';
import { dayOf, monthLabel, monthOfDay, monthOfLabel } from '../dates.ts';
import { uniformStream } from './rng.ts';
import type { Scenario, ScenarioParams } from './scenarios.ts';

/** Options of `runScenario`. */
export interface RunOptions {
  /** Paths (N). Default 10,000. */
  runs?: number;
  /** Months (H). Default 36. */
  months?: number;
  /** Seed (any integer). Default 1. */
  seed?: number;
  /** Releases to apply as given (e.g. the ones that really happened, in a backtest), by `YYYY-MM`. */
  givenReleases?: Array<{ month: string; count: number }>;
  /** Turn every deal channel off (with `givenReleases`, for a backtest with known deals). */
  channelsOff?: boolean;
}

/** The stock's distribution in one simulated month, and the mean flows of that month. */
export interface MonthQuantiles {
  month: string;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  mean: number;
  /** Means over paths of the month's arrivals, completions, deaths and deal releases. */
  arrivals: number;
  completions: number;
  deaths: number;
  releases: number;
}

/** A run's result: the scenario as run, the start, quantiles per month, and what the calibration rested on. */
export interface RunResult {
  scenario: { name: string; description: string; assumptions: string[]; params: ScenarioParams };
  runs: number;
  months: number;
  seed: number;
  start: Calibration['start'];
  quantiles: MonthQuantiles[];
  calibration: { counter: string; asOf: string; window: Calibration['window'] };
  n: number;
  span: Calibration['span'];
}

/**
 * Draws N parameter triples: posterior cells by weight, jittered uniformly within their cell.
 * When the scenario fixes ρ (or draws it uniformly), λ and δ come from the posterior *given* that ρ
 * (the grid slice at the nearest ρ; the edge slice outside the grid), because λ and ρ trade off:
 * a high ρ fits the same recognitions with a lower λ.
 */
export function drawParams(
  cal: Calibration,
  params: ScenarioParams,
  runs: number,
  seed: number,
): { lambda: Float64Array; delta: Float64Array; rho: Float64Array } {
  const { grid } = cal;
  const nL = grid.lambda.values.length;
  const nD = grid.delta.values.length;
  const nR = grid.rho.values.length;
  const joint = cumulative(grid.weights.length, (c) => grid.weights[c]);
  // Conditional CDFs of (λ, δ) per ρ index, built only when ρ is set by the scenario.
  const slices = params.rho.mode === 'posterior' ? [] : Array.from({ length: nR }, (_, k) => cumulative(nL * nD, (c) => grid.weights[c * nR + k]));
  const [rlo, rhi] = [grid.rho.values[0], grid.rho.values[nR - 1]];
  const out = { lambda: new Float64Array(runs), delta: new Float64Array(runs), rho: new Float64Array(runs) };
  const u = uniformStream(seed, -1, 7);
  for (let i = 0; i < runs; i++) {
    const uCell = u.next();
    const jL = u.next() - 0.5;
    const jD = u.next() - 0.5;
    const jR = u.next() - 0.5;
    const uRho = u.next();
    let li: number;
    let di: number;
    let rho: number;
    if (params.rho.mode === 'posterior') {
      const c = search(joint, uCell);
      li = Math.floor(c / (nD * nR));
      di = Math.floor(c / nR) % nD;
      rho = Math.min(rhi, Math.max(rlo, grid.rho.values[c % nR] + jR * grid.rho.step));
    } else {
      rho = params.rho.mode === 'fixed' ? params.rho.value : params.rho.min + uRho * (params.rho.max - params.rho.min);
      const k = grid.rho.step > 0 ? Math.min(nR - 1, Math.max(0, Math.round((rho - rlo) / grid.rho.step))) : 0;
      const c = search(slices[k], uCell);
      li = Math.floor(c / nD);
      di = c % nD;
    }
    const lam = Math.max(0, grid.lambda.values[li] + jL * grid.lambda.step);
    const del = Math.min(1, Math.max(0, grid.delta.values[di] + jD * grid.delta.step));
    out.lambda[i] = (params.lambda ?? lam) * params.lambdaMultiplier;
    out.delta[i] = Math.min(1, (params.delta ?? del) * params.deltaMultiplier);
    out.rho[i] = rho;
  }
  return out;
}

function cumulative(n: number, weight: (c: number) => number): Float64Array {
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let c = 0; c < n; c++) {
    acc += weight(c);
    cdf[c] = acc;
  }
  return cdf;
}

/** Index of the first cumulative weight reaching u·total (u in (0, 1)). */
function search(cdf: Float64Array, u: number): number {
  const target = u * cdf[cdf.length - 1];
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The engine's spec for a scenario on a calibration. */
export function modelSpec(cal: Calibration, params: ScenarioParams, months: number, options: RunOptions = {}): ModelSpec {
  const startMonth = monthOfLabel(cal.start.month);
  const asOfMonth = monthOfDay(dayOf(cal.asOf));
  const fixed = new Float64Array(months);
  const add = (label: string, count: number) => {
    const t = monthOfLabel(label) - startMonth - 1;
    if (t >= 0 && t < months) fixed[t] += count;
  };
  if (params.knownReleases) for (const k of cal.knownReleases) add(k.month, k.count);
  for (const g of options.givenReleases ?? []) add(g.month, g.count);
  const lastOf = new Map(cal.channels.map((c) => [c.name, c.last ? monthOfLabel(c.last) : startMonth]));
  const channels: ChannelSpec[] = options.channelsOff
    ? []
    : params.channels.map((c) => {
        const k = c.everyMonths;
        // On a schedule, the next deal comes k months after the channel's last one.
        const phase = k > 0 ? (((startMonth - (lastOf.get(c.name) ?? startMonth)) % k) + k) % k : 0;
        return { perMonth: c.perMonth, everyMonths: k, phase, sizes: Float64Array.from(c.sizes), sizeMultiplier: c.sizeMultiplier };
      });
  const m = cal.memoryMonths;
  return {
    months,
    startStock: params.startStock,
    memoryMonths: m,
    priorReleases: cal.panel.releases.slice(Math.max(0, cal.panel.releases.length - m)),
    deathRate: params.deathRate,
    cv2: params.dispersion,
    channels,
    fixedReleases: fixed,
    channelsFrom: Math.max(1, asOfMonth - startMonth + 1),
  };
}

/** Runs a scenario. Quantiles are type 7 (linear between order statistics), rounded to 2 decimals. */
export function runScenario(cal: Calibration, scenario: Scenario, options: RunOptions = {}): RunResult {
  const runs = options.runs ?? 10_000;
  const months = options.months ?? 36;
  const seed = options.seed ?? 1;
  const spec = modelSpec(cal, scenario.params, months, options);
  const draws = drawParams(cal, scenario.params, runs, seed);
  return {
    scenario: { name: scenario.name, description: scenario.description, assumptions: scenario.assumptions, params: scenario.params },
    runs,
    months,
    seed,
    start: cal.start,
    quantiles: simulate(spec, draws, seed, monthOfLabel(cal.start.month)),
    calibration: { counter: cal.counter, asOf: cal.asOf, window: cal.window },
    n: cal.n,
    span: cal.span,
  };
}

/**
 * The engine loop: one path per entry of `draws` (all three arrays the same length), seeded
 * streams per path and component, then the stock's quantiles and mean flows per month. Month
 * labels count from `startMonth` + 1 (a month index; 0 gives `0000-02`… for unlabelled tests).
 */
export function simulate(
  spec: ModelSpec,
  draws: { lambda: Float64Array; delta: Float64Array; rho: Float64Array },
  seed: number,
  startMonth = 0,
): MonthQuantiles[] {
  const runs = draws.lambda.length;
  const months = spec.months;
  const buffers = allocateBuffers(runs, months, spec.memoryMonths);
  const params = { lambda: 0, delta: 0, rho: 0 };
  for (let i = 0; i < runs; i++) {
    params.lambda = draws.lambda[i];
    params.delta = draws.delta[i];
    params.rho = draws.rho[i];
    simulatePath(spec, params, { arrivals: uniformStream(seed, i, 1), exits: uniformStream(seed, i, 2), deals: uniformStream(seed, i, 3) }, i, buffers);
  }
  const quantiles: MonthQuantiles[] = [];
  for (let t = 0; t < months; t++) {
    const col = buffers.stock.subarray(t * runs, (t + 1) * runs).sort();
    let sum = 0;
    for (let i = 0; i < runs; i++) sum += col[i];
    quantiles.push({
      month: monthLabel(startMonth + t + 1),
      p05: r2(quantileSorted(col, 0.05)),
      p25: r2(quantileSorted(col, 0.25)),
      p50: r2(quantileSorted(col, 0.5)),
      p75: r2(quantileSorted(col, 0.75)),
      p95: r2(quantileSorted(col, 0.95)),
      mean: r2(sum / runs),
      arrivals: r2(buffers.arrivals[t] / runs),
      completions: r2(buffers.completions[t] / runs),
      deaths: r2(buffers.deaths[t] / runs),
      releases: r2(buffers.releases[t] / runs),
    });
  }
  return quantiles;
}

/** Type-7 quantile of sorted values (NaN when empty). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (!n) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Rounds to 2 decimals for output (the quantiles of counts need no more). */
function r2(x: number): number {
  return Math.round(x * 100) / 100;
}
