/**
 * The joint likelihood of (λ, δ, ρ) on a grid, given a monthly panel, and the posterior it gives
 * under flat priors on the grid's box. Two kinds of data enter, each with its own term:
 *
 * - recognitions (`recognised_in_period`): the count over an interval is negative binomial with
 *   mean λ·Σ_t w_t·(1 + ρ·x_t), where w_t is the share of month t the interval covers and
 *   x_t = (releases in the m months before t) / (stock at the start of t); the extra variance
 *   λ²·cv²·Σ w_t² comes from a month-to-month shock of the arrival rate (cv² estimated first, by
 *   moments, with ρ = 0);
 * - stock changes between observed month ends: the model's mean path from the first end, with
 *   the recorded releases taken out, against the second end; Gaussian, with the model's own
 *   variance (arrivals, shocks, completions) plus a measurement error of each observation.
 *
 * λ is pinned mostly by the first term, δ (completions) by the second, and ρ by whether
 * recognitions (and the stock) move with recent releases, which is where the data are thin.
 */
import type { Panel } from './panel.ts';

/** A grid axis: its points (ascending, evenly spaced) and spacing. */
export interface Axis {
  values: number[];
  step: number;
}

/** Log-likelihood and normalised posterior weights over the grid, flattened as [λ][δ][ρ]. */
export interface Grid {
  lambda: Axis;
  delta: Axis;
  rho: Axis;
  loglik: Float64Array;
  weights: Float64Array;
  max: number;
}

/** Fixed inputs of the likelihood besides the grid. */
export interface LikelihoodInputs {
  /** Monthly death rate per prisoner (counted as an exit beside completions). */
  deathRate: number;
  /** Variance of the monthly arrival shock (cv²); 0 means pure Poisson arrivals. */
  cv2: number;
  /** Measurement error of one stock observation, as a share of the value. Default 0.01. */
  stockErrorRatio?: number;
}

/** Evenly spaced axis of `n` points from lo to hi (one point when lo = hi). */
export function axis(lo: number, hi: number, n: number): Axis {
  if (n < 2 || hi <= lo) return { values: [lo], step: 0 };
  const step = (hi - lo) / (n - 1);
  return { values: Array.from({ length: n }, (_, i) => lo + i * step), step };
}

/** x_t = recent releases / stock at the start of month t, for each window month. */
export function releasePressure(panel: Panel): Float64Array {
  const x = new Float64Array(panel.months);
  for (let t = 0; t < panel.months; t++) {
    let recent = 0;
    for (let j = 1; j <= panel.history; j++) recent += panel.releases[panel.history + t - j] ?? 0;
    const s = panel.stockPath[Math.max(0, t - 1)];
    x[t] = recent / Math.max(1, s);
  }
  return x;
}

/** Moment estimate of cv² from the recognition intervals (ρ = 0); 0 when there are fewer than 3. */
export function dispersionOf(panel: Panel): number {
  const rec = panel.recognitions;
  if (rec.length < 3) return 0;
  let y = 0;
  let w = 0;
  for (const r of rec) {
    y += r.count;
    w += r.exposure;
  }
  const lam = y / w;
  let num = 0;
  let den = 0;
  for (const r of rec) {
    let q = 0;
    for (const v of r.weights) q += v * v;
    num += (r.count - lam * r.exposure) ** 2 - lam * r.exposure;
    den += lam * lam * q;
  }
  return den > 0 ? Math.max(0, num / den) : 0;
}

/** Evaluates the log-likelihood on every grid point and normalises exp(loglik) into weights. */
export function evaluateGrid(panel: Panel, lambda: Axis, delta: Axis, rho: Axis, inputs: LikelihoodInputs): Grid {
  const x = releasePressure(panel);
  const { cv2, deathRate } = inputs;
  const errRatio = inputs.stockErrorRatio ?? 0.01;
  // Recognition intervals reduced to (y, W, X, size): everything the term needs.
  const rec = panel.recognitions.map((r) => {
    let X = 0;
    let Q = 0;
    for (let t = 0; t < r.weights.length; t++) {
      X += r.weights[t] * x[t];
      Q += r.weights[t] * r.weights[t];
    }
    return { y: r.count, W: r.exposure, X, size: cv2 > 0 ? (r.exposure * r.exposure) / (cv2 * Q) : Infinity };
  });
  // Stock intervals: consecutive observed month ends.
  const ends: number[] = [];
  for (let t = 0; t < panel.months; t++) if (!Number.isNaN(panel.stock[t])) ends.push(t);
  // Releases in the m months before each window month, for the arrival response inside the path.
  const recentOf = new Float64Array(panel.months);
  for (let t = 0; t < panel.months; t++) for (let h = 1; h <= panel.history; h++) recentOf[t] += panel.releases[panel.history + t - h] ?? 0;
  const nL = lambda.values.length;
  const nD = delta.values.length;
  const nR = rho.values.length;
  const loglik = new Float64Array(nL * nD * nR);
  let max = -Infinity;
  for (let i = 0; i < nL; i++) {
    const lam = lambda.values[i];
    for (let k = 0; k < nR; k++) {
      const r = rho.values[k];
      let recLL = 0;
      for (const e of rec) {
        const mu = Math.max(1e-9, lam * (e.W + r * e.X));
        recLL += Number.isFinite(e.size) ? e.size * Math.log(e.size / (e.size + mu)) + e.y * Math.log(mu / (e.size + mu)) : e.y * Math.log(mu) - mu;
      }
      for (let j = 0; j < nD; j++) {
        const exit = Math.min(1, delta.values[j] + deathRate);
        let ll = recLL;
        for (let s = 1; s < ends.length; s++) {
          const t0 = ends[s - 1];
          const t1 = ends[s];
          let m = panel.stock[t0];
          let v = 0;
          for (let t = t0 + 1; t <= t1; t++) {
            const arrivals = lam * Math.max(0, 1 + (r * recentOf[t]) / Math.max(1, m));
            v = (1 - exit) * (1 - exit) * v + arrivals + arrivals * arrivals * cv2 + exit * (1 - exit) * m;
            m = Math.max(0, m - exit * m - panel.releases[panel.history + t]) + arrivals;
          }
          const s0 = panel.stock[t0];
          const s1 = panel.stock[t1];
          const variance = v + (errRatio * s0) ** 2 + (errRatio * s1) ** 2 + 1;
          const res = s1 - m;
          // A count that is only a lower bound says S ≥ s1: its probability, not a density.
          if (panel.stockAtLeast[t1]) ll += Math.log(Math.max(1e-300, upperTail(res / Math.sqrt(variance))));
          else ll -= 0.5 * ((res * res) / variance + Math.log(variance));
        }
        const idx = (i * nD + j) * nR + k;
        loglik[idx] = ll;
        if (ll > max) max = ll;
      }
    }
  }
  const weights = new Float64Array(loglik.length);
  let total = 0;
  for (let c = 0; c < loglik.length; c++) {
    weights[c] = Math.exp(loglik[c] - max);
    total += weights[c];
  }
  for (let c = 0; c < weights.length; c++) weights[c] /= total;
  return { lambda, delta, rho, loglik, weights, max };
}

/** Marginal posterior weights of one parameter (0 = λ, 1 = δ, 2 = ρ). */
export function marginal(grid: Grid, which: 0 | 1 | 2): Float64Array {
  const nL = grid.lambda.values.length;
  const nD = grid.delta.values.length;
  const nR = grid.rho.values.length;
  const out = new Float64Array(which === 0 ? nL : which === 1 ? nD : nR);
  for (let i = 0; i < nL; i++)
    for (let j = 0; j < nD; j++)
      for (let k = 0; k < nR; k++) {
        out[which === 0 ? i : which === 1 ? j : k] += grid.weights[(i * nD + j) * nR + k];
      }
  return out;
}

/** Profile log-likelihood of ρ: for each ρ, the best log-likelihood over λ and δ. */
export function profileRho(grid: Grid): Float64Array {
  const nL = grid.lambda.values.length;
  const nD = grid.delta.values.length;
  const nR = grid.rho.values.length;
  const out = new Float64Array(nR).fill(-Infinity);
  for (let i = 0; i < nL; i++)
    for (let j = 0; j < nD; j++)
      for (let k = 0; k < nR; k++) {
        const v = grid.loglik[(i * nD + j) * nR + k];
        if (v > out[k]) out[k] = v;
      }
  return out;
}

/**
 * Quantile of a marginal on its axis: each point is the centre of a cell one step wide, with its
 * weight spread evenly over the cell (so quantiles move smoothly between grid points).
 */
export function marginalQuantile(ax: Axis, weights: Float64Array, q: number): number {
  let cum = 0;
  for (let i = 0; i < weights.length; i++) {
    if (cum + weights[i] >= q) {
      const frac = weights[i] > 0 ? (q - cum) / weights[i] : 0.5;
      return ax.values[i] + (frac - 0.5) * ax.step;
    }
    cum += weights[i];
  }
  return ax.values[ax.values.length - 1];
}

/** The range of an axis where the log-likelihood comes within `drop` of its maximum, padded by a step. */
export function supportOf(grid: Grid, which: 0 | 1, drop: number): [number, number] {
  const nD = grid.delta.values.length;
  const nR = grid.rho.values.length;
  const ax = which === 0 ? grid.lambda : grid.delta;
  let lo = Infinity;
  let hi = -Infinity;
  for (let c = 0; c < grid.loglik.length; c++) {
    if (grid.loglik[c] < grid.max - drop) continue;
    const i = which === 0 ? Math.floor(c / (nD * nR)) : Math.floor(c / nR) % nD;
    lo = Math.min(lo, ax.values[i]);
    hi = Math.max(hi, ax.values[i]);
  }
  return [lo - ax.step, hi + ax.step];
}

/** P(Z ≥ z) for a standard normal Z (complementary error function, Numerical Recipes' erfc fit: relative error < 1.2e-7). */
export function upperTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  const erfc = x >= 0 ? y : 2 - y;
  return erfc / 2;
}
