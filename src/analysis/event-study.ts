/**
 * Event study (MacKinlay 1997, adapted to counts): the outcome of an event on day t is the number
 * of people released on days t … t+k. Engagement episodes and pressure episodes are each compared
 * with placebo dates drawn uniformly from the same study period (a permutation / randomisation
 * test), and with each other (a label-permutation test). Randomness comes from a seeded
 * xoroshiro128+ generator, so a result is replayed exactly from its `seed`.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { Registry } from '../domain/records.ts';
import { dayArg, isoOf, placeEdtf, round2, type DateSpan } from './dates.ts';
import { preparedFor, type FlowContext } from './context.ts';
import { buildEpisodes, type Episode, type EpisodeOptions } from './episodes.ts';
import { namesOf, Unique } from './ids.ts';
import { brokeredOf, lowerBound, prepareRecords, upperBound } from './records.ts';
import type { Interval } from './refill.ts';
import { eventSensitivity } from './event-sensitivity.ts';

export interface EventStudyOptions extends EpisodeOptions {
  /** Days after the event counted (the event day is day 0). Default 30. */
  k?: number;
  /** PRNG seed. Default 1. */
  seed?: number;
  /** Placebo draws and label permutations. Default 2000. */
  permutations?: number;
  /** Study period (ISO day, month or year). Default: from the first engagement episode to the last dated record. */
  from?: string;
  to?: string;
  /** Below this many events a group is called too small to say anything. Default 10. */
  minN?: number;
  /** Interval level. Default 0.95. */
  level?: number;
}

/** One group of events (engagement or pressure) against placebo dates. */
export interface EventGroup {
  n: number;
  events: Array<{ id: string; date: string; people: number; release_ids: string[] }>;
  /** Events whose k-day window runs past the study period: left out, not counted as zero. */
  censored_ids: string[];
  mean: number | null;
  placebo_mean: number;
  /** mean − placebo_mean: extra people released per event over k+1 days. */
  effect: number | null;
  /** One-sided: share of placebo sets of the same size with a mean at least as high ((1 + hits) / (R + 1)). */
  p_value: number | null;
  interval: Interval;
  small_sample: boolean;
  verdict: string;
}

/**
 * The draws: raw 32-bit outputs of the generator, in order, each read where it is used. A uniform
 * integer in [lo, hi] is `lo + Math.floor((raw / 2^32) · (hi − lo + 1))`: one draw each.
 * pure-rand's `uniformInt` rejects to remove the modulo bias; here the bias is below range/2^32
 * (< 10^-6 for any realistic period) and the draw is several times cheaper, which matters at 10^6
 * draws. Drawn inside the loops that use them, not into an array first: a large registry's first
 * query would pay for fresh memory (10^5–10^6 draws, megabytes) that later queries reuse.
 */

/** Means of the outcome over n placebo days drawn uniformly from [a, lastStart], R times, sorted (a top-level loop: it runs 10^5–10^6 times). */
function placeboMeans(rng: RandomGenerator, prefix: Float64Array, a: number, lastStart: number, k: number, n: number, R: number): Float64Array {
  const out = new Float64Array(R);
  if (lastStart < a || n === 0) return out;
  const span = lastStart - a + 1;
  for (let j = 0; j < R; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const t = a + Math.floor(((rng.next() >>> 0) / 4294967296) * span);
      s += prefix[t + k - a + 1] - prefix[t - a];
    }
    out[j] = s / n;
  }
  return out.sort();
}

/** Means of n outcomes resampled with replacement, minus the placebo mean, R times, sorted. */
function bootstrapMeans(rng: RandomGenerator, people: Float64Array, R: number, placeboMean: number): Float64Array {
  const n = people.length;
  const boot = new Float64Array(n ? R : 0);
  for (let j = 0; j < boot.length; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += people[Math.floor(((rng.next() >>> 0) / 4294967296) * n)];
    boot[j] = s / n - placeboMean;
  }
  return boot.sort();
}

function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Runs the study over the registry's releases, measures and contacts. Pass `ctx` (from `prepareFlows`) to reuse prepared data. */
export function eventStudy(
  registry: Pick<Registry, 'releases' | 'measures' | 'contacts' | 'observations'> & Partial<Pick<Registry, 'profile'>>,
  options: EventStudyOptions = {},
  ctx?: FlowContext,
) {
  const k = options.k ?? 30;
  const seed = options.seed ?? 1;
  const R = options.permutations ?? 2000;
  const minN = options.minN ?? 10;
  const level = options.level ?? 0.95;
  // The releases by day (registry order within a day) come prepared. Without a context the
  // episodes are read first, as before (so a bad date is reported in the same order).
  const read = ctx ? undefined : buildEpisodes(registry, options);
  const rec = ctx ? preparedFor(ctx, registry).rec : prepareRecords(registry);
  const { episodes } = read ?? buildEpisodes(registry, options, brokeredOf(registry.releases, rec));
  const releases = registry.releases;
  const releaseDays = rec.days;
  const idsBetween = (lo: number, hi: number) =>
    rec.byDayIds.slice(lowerBound(releaseDays, lo), Math.max(lowerBound(releaseDays, lo), upperBound(releaseDays, hi)));
  let lastRecord = -Infinity;
  if (releaseDays.length) lastRecord = Math.max(lastRecord, releaseDays[releaseDays.length - 1]);
  for (const e of episodes) lastRecord = Math.max(lastRecord, e.end);
  for (const o of registry.observations) lastRecord = Math.max(lastRecord, placeEdtf(o.date, o.id).end);
  const engagementStarts = episodes.filter((e) => e.side === 'engagement').map((e) => e.start);
  const a = options.from
    ? dayArg(options.from, 'start', 'from')
    : engagementStarts.length
      ? Math.min(...engagementStarts)
      : Math.min(...episodes.map((e) => e.start));
  const b = options.to ? dayArg(options.to, 'end', 'to') : lastRecord;
  const len = Math.max(0, b - a + 1);
  // prefix[i] = people released on days a … a+i−1.
  const daily = new Float64Array(len);
  if (rec.dayTotals) {
    // Per-day totals were added in registry order: within a day, the order of the sorted list.
    const { dayTotals, dayFirst } = rec;
    const hi = Math.min(b, dayFirst + dayTotals.length - 1);
    for (let d = Math.max(a, dayFirst); d <= hi; d++) daily[d - a] = dayTotals[d - dayFirst];
  } else {
    for (let j = 0; j < releases.length; j++) {
      const at = rec.at[j];
      if (at >= a && at <= b) daily[at - a] += rec.counts[j];
    }
  }
  const prefix = new Float64Array(len + 1);
  for (let i = 0; i < len; i++) prefix[i + 1] = prefix[i] + daily[i];
  const lastStart = b - k;
  const outcome = (t: number) => prefix[t + k - a + 1] - prefix[t - a];
  const rng = xoroshiro128plus(seed);
  const group = (side: Episode['side']): EventGroup => {
    const inPeriod = episodes.filter((e) => e.side === side && e.start >= a && e.start <= b);
    const kept = inPeriod.filter((e) => e.start <= lastStart);
    const events = kept.map((e) => ({
      id: e.id,
      date: e.from,
      people: outcome(e.start),
      release_ids: idsBetween(e.start, e.start + k),
    }));
    const n = events.length;
    const placebo = placeboMeans(rng, prefix, a, lastStart, k, n, R);
    const placeboMean = placebo.length && n ? placebo.reduce((s, x) => s + x, 0) / placebo.length : 0;
    const mean = n ? events.reduce((s, e) => s + e.people, 0) / n : null;
    const hits = mean === null ? 0 : placebo.reduce((c, x) => c + (x >= mean - 1e-9 ? 1 : 0), 0);
    const boot = bootstrapMeans(
      rng,
      Float64Array.from(events, (e) => e.people),
      R,
      placeboMean,
    );
    const small = n < minN;
    const p = n >= 3 ? (1 + hits) / (R + 1) : null;
    return {
      n,
      events,
      censored_ids: inPeriod.filter((e) => e.start > lastStart).map((e) => e.id),
      mean: mean === null ? null : round2(mean),
      placebo_mean: round2(placeboMean),
      effect: mean === null ? null : round2(mean - placeboMean),
      p_value: p === null ? null : Math.round(p * 10000) / 10000,
      interval: {
        low: n >= 3 ? round2(quantile(boot, (1 - level) / 2)) : null,
        high: n >= 3 ? round2(quantile(boot, 1 - (1 - level) / 2)) : null,
        level,
        kind: 'bootstrap',
        method: `percentile bootstrap over events (${R} resamples), placebo mean held fixed`,
      },
      small_sample: small,
      verdict: verdictOf(side, n, minN, p, mean, placeboMean, k),
    };
  };
  const engagement = group('engagement');
  const pressure = group('pressure');
  const comparison = compareGroups(engagement, pressure, R, rng);
  // The events, then the releases inside any event window in day order: each window opens at the
  // position of its first day in the sorted list and closes at that of the day after it; positions
  // where more windows are open than closed are in.
  const ids = new Unique(rec.ix, undefined, rec.ix.names.length);
  const bounds: Array<[number, number]> = [];
  for (const g of [engagement, pressure])
    for (const e of g.events) {
      ids.add(rec.other.get(e.id)!);
      const start = placeEdtf(e.date).start;
      bounds.push([lowerBound(releaseDays, start), 1], [lowerBound(releaseDays, start + k + 1), -1]);
    }
  bounds.sort((x, y) => x[0] - y[0]);
  for (let i = 0, depth = 0; i < bounds.length; ) {
    const pos = bounds[i][0];
    while (i < bounds.length && bounds[i][0] === pos) depth += bounds[i++][1];
    const next = i < bounds.length ? bounds[i][0] : releaseDays.length;
    if (depth > 0 && next > pos) ids.addAll(rec.dayCodes, pos, Math.min(next, releaseDays.length));
  }
  return {
    k,
    seed,
    permutations: R,
    from: isoOf(a),
    to: isoOf(b),
    outcome: `people released on days t … t+${k} (announced, confirmed and reported counts alike)`,
    engagement,
    pressure,
    engagement_vs_pressure: comparison,
    /** The reviewed design over pre-specified windows (see event-sensitivity.ts): read this before the single-k figures above. */
    sensitivity: eventSensitivity(registry, episodes, a, b, undefined, rec),
    n: engagement.n + pressure.n,
    span: { from: isoOf(a), to: isoOf(b) } as DateSpan,
    source_ids: namesOf(rec.ix, ids.ordered()),
  };
}

/** Result of `eventStudy`. */
export type EventStudyResult = ReturnType<typeof eventStudy>;

function verdictOf(side: string, n: number, minN: number, p: number | null, mean: number | null, placebo: number, k: number): string {
  if (n === 0) return `no ${side} events in the study period`;
  const head = `${n} ${side} event${n === 1 ? '' : 's'}: on average ${round2(mean!)} people released within ${k} days, against ${round2(placebo)} after random dates`;
  if (n < minN) return `${head}; n is too small (< ${minN}) to say anything beyond description`;
  return `${head}; one-sided permutation p = ${p!.toFixed(4)}${p! < 0.05 ? '' : ' (not distinguishable from chance at 5%)'}`;
}

function compareGroups(x: EventGroup, y: EventGroup, R: number, rng: RandomGenerator) {
  const method = `label permutation (${R} shuffles), two-sided, difference in mean people released`;
  if (x.n < 2 || y.n < 2) return { difference: null, p_value: null, method, verdict: 'too few events in one group to compare' };
  const pool = [...x.events, ...y.events].map((e) => e.people);
  const observed = x.mean! - y.mean!;
  let hits = 0;
  const work = Float64Array.from(pool);
  for (let j = 0; j < R; j++) {
    for (let i = work.length - 1; i > 0; i--) {
      const r = Math.floor(((rng.next() >>> 0) / 4294967296) * (i + 1));
      const t = work[i];
      work[i] = work[r];
      work[r] = t;
    }
    let s = 0;
    for (let i = 0; i < x.n; i++) s += work[i];
    let u = 0;
    for (let i = x.n; i < work.length; i++) u += work[i];
    if (Math.abs(s / x.n - u / y.n) >= Math.abs(observed) - 1e-9) hits++;
  }
  const p = (1 + hits) / (R + 1);
  const small = x.small_sample || y.small_sample;
  return {
    difference: round2(observed),
    p_value: Math.round(p * 10000) / 10000,
    method,
    verdict: small
      ? 'at least one group is too small to compare beyond description'
      : p < 0.05
        ? 'the groups differ beyond what label shuffling gives at 5%'
        : 'not distinguishable at 5%',
  };
}
