/**
 * The monthly stock-and-flow model, one simulated path at a time. In month t, from the stock S
 * at the end of month t − 1:
 *
 *   arrivals     A ~ Poisson(λ · ε_t · max(0, 1 + ρ · R_recent / S))   (ε_t: log-normal shock, mean 1, variance cv²)
 *   completions  C ~ Binomial(S, δ)                                    (sentences served, other non-deal exits)
 *   deaths       D ~ Binomial(S − C, μ)
 *   deals        X = known releases of the month + each channel's release, if it fires, capped at S − C − D
 *   S' = S − C − D − X + A
 *
 * R_recent is the deals of the previous m months (not completions: the hypothesis is that traded
 * releases free room, or create an incentive, to arrest). People who arrive in a month cannot
 * leave in it. A channel fires with probability `perMonth` each month, or every `everyMonths`
 * months on a fixed phase; its size is drawn from its past sizes (uniformly) times a multiplier.
 *
 * Randomness comes in as three uniform streams (arrivals, exits, deals) that each consume a fixed
 * number of uniforms per month, so runs that differ only in a parameter stay coupled.
 */
import { binomialQuantile, poissonQuantile, shockQuantile, type UniformStream } from './rng.ts';

/** A deal channel as the engine sees it. */
export interface ChannelSpec {
  /** Monthly probability of a release (used when `everyMonths` is 0). */
  perMonth: number;
  /** Fire every k months (0: use `perMonth`); fires in month t when (t + phase) % k == 0. */
  everyMonths: number;
  phase: number;
  /** Past release sizes (people per month), drawn uniformly; empty means size 0. */
  sizes: Float64Array;
  sizeMultiplier: number;
}

/** Everything fixed across the paths of a run. */
export interface ModelSpec {
  /** Months simulated (H). */
  months: number;
  /** Stock at the end of month 0. */
  startStock: number;
  /** m: months of deals remembered by the arrival response (≥ 1). */
  memoryMonths: number;
  /** Deals in the m months up to month 0, oldest first (shorter arrays are padded with zeros in front). */
  priorReleases: ArrayLike<number>;
  /** μ: monthly death rate per prisoner. */
  deathRate: number;
  /** cv² of the monthly arrival shock (0: none). */
  cv2: number;
  channels: ChannelSpec[];
  /** Releases applied as they are, per month (index 0 = month 1): known or given releases. */
  fixedReleases: Float64Array;
  /** First month (1-based) in which channels may fire; earlier months are covered by data. */
  channelsFrom: number;
}

/** One path's parameters (already multiplied by the scenario's multipliers). */
export interface PathParams {
  lambda: number;
  delta: number;
  rho: number;
}

/** The three streams a path reads. */
export interface PathStreams {
  arrivals: UniformStream;
  exits: UniformStream;
  deals: UniformStream;
}

/**
 * Where paths write: `stock` is month-major (month t of path i at t·runs + i), the flow sums are
 * per month over paths; `ring` is scratch of length ≥ m. Allocate once per run.
 */
export interface RunBuffers {
  runs: number;
  stock: Int32Array;
  arrivals: Float64Array;
  completions: Float64Array;
  deaths: Float64Array;
  releases: Float64Array;
  ring: Float64Array;
}

/** Buffers for `runs` paths of `months` months with memory m. */
export function allocateBuffers(runs: number, months: number, memoryMonths: number): RunBuffers {
  return {
    runs,
    stock: new Int32Array(runs * months),
    arrivals: new Float64Array(months),
    completions: new Float64Array(months),
    deaths: new Float64Array(months),
    releases: new Float64Array(months),
    ring: new Float64Array(Math.max(1, memoryMonths)),
  };
}

/** Simulates path `index`, writing its stock and adding its flows into `out`. No allocation. */
export function simulatePath(spec: ModelSpec, p: PathParams, streams: PathStreams, index: number, out: RunBuffers): void {
  const m = Math.max(1, spec.memoryMonths);
  const ring = out.ring;
  let recent = 0;
  for (let j = 0; j < m; j++) {
    const k = spec.priorReleases.length - m + j;
    ring[j] = k >= 0 ? spec.priorReleases[k] : 0;
    recent += ring[j];
  }
  const { channels, fixedReleases, cv2, deathRate } = spec;
  const nc = channels.length;
  const runs = out.runs;
  let s = Math.max(0, Math.round(spec.startStock));
  for (let t = 0; t < spec.months; t++) {
    const shock = shockQuantile(streams.arrivals.next(), cv2);
    const response = 1 + (p.rho * recent) / (s > 1 ? s : 1);
    const arrivals = poissonQuantile(streams.arrivals.next(), p.lambda * shock * (response > 0 ? response : 0));
    const completions = binomialQuantile(streams.exits.next(), s, p.delta);
    const deaths = binomialQuantile(streams.exits.next(), s - completions, deathRate);
    let deal = fixedReleases[t] ?? 0;
    const month = t + 1;
    for (let c = 0; c < nc; c++) {
      const ch = channels[c];
      const uFire = streams.deals.next();
      const uSize = streams.deals.next();
      if (month < spec.channelsFrom || ch.sizes.length === 0) continue;
      const fires = ch.everyMonths > 0 ? (month + ch.phase) % ch.everyMonths === 0 : uFire < ch.perMonth;
      if (fires) deal += Math.round(ch.sizes[Math.floor(uSize * ch.sizes.length)] * ch.sizeMultiplier);
    }
    const available = s - completions - deaths;
    if (deal > available) deal = available;
    s = available - deal + arrivals;
    out.stock[t * runs + index] = s;
    out.arrivals[t] += arrivals;
    out.completions[t] += completions;
    out.deaths[t] += deaths;
    out.releases[t] += deal;
    // Slide the memory: this month's deals in, the oldest month's out.
    const slot = t % m;
    recent += deal - ring[slot];
    ring[slot] = deal;
  }
}

/**
 * Expected stock after t months with ρ = 0, no deals and fixed λ, δ, μ:
 * E[S_t] = S* + (S_0 − S*)·q^t with q = (1 − δ)(1 − μ) and S* = λ / (1 − q).
 * The arrival shock has mean 1, so it does not change the expectation.
 */
export function expectedStock(startStock: number, lambda: number, delta: number, deathRate: number, t: number): number {
  const q = (1 - delta) * (1 - deathRate);
  if (q >= 1) return startStock + lambda * t;
  const star = lambda / (1 - q);
  return star + (startStock - star) * q ** t;
}
