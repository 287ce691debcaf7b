/**
 * Replacement time of each release: the days until the inflow since the day after the release
 * reaches the number released, or "not yet" with the inflow so far (see `refill.ts`).
 */
import type { Registry } from '../domain/records.ts';
import { dayOf, isoOf, round2, type DateSpan } from './dates.ts';
import { preparedFor, prepareFlows, type FlowContext } from './context.ts';
import type { InflowProfile } from './inflow.ts';
import { namesOf, sizedLike, Unique } from './ids.ts';
import { scratch } from './scratch.ts';

/** How long one release took to be replaced by new recognitions. */
export interface Replacement {
  release_id: string;
  date: string;
  /** People to replace, and whose count it is. */
  count: number;
  count_basis: string;
  status: 'reached' | 'not_yet';
  /** Days from the release to the day the inflow reached `count` (status `reached`). */
  days: number | null;
  reached_on: string | null;
  /** Inflow from the day after the release to `as_of`. */
  inflow_so_far: number;
  /** Last day of continuous inflow data used; before `date` when the data ends before the release. */
  as_of: string;
  /** Share of that inflow that was estimated rather than published. */
  estimated_share: number;
  /**
   * Days over the estimation range: `low` with cumulative differences taken as published (an upper
   * bound on inflow, so the fastest), `high` with them at the published-rate floor (null: not yet
   * reached at the floor). Equal to `days` when nothing walked over was estimated. A descriptive
   * range, not a sampling interval.
   */
  days_range: { low: number | null; high: number | null };
  /** The same computation with the counter's own count of the release, when it published one for that day. */
  counter_count: { value: number; id: string; status: 'reached' | 'not_yet'; days: number | null } | null;
  source_ids: string[];
}

export interface ReplacementOptions {
  /** Releases to compute (ids). Default: every release of at least `minCount` people. */
  releaseIds?: string[];
  /** Default 1. */
  minCount?: number;
  counter?: string;
  /** Do not use inflow data after this day (ISO). Default: the end of the data. */
  asOf?: string;
}

/** One walk over the daily inflow from the day after `t` (shared by the releases of a day and count). */
interface Walk {
  n: number;
  reached: boolean;
  days: number | null;
  reachedOn: string | null;
  asOf: string;
  soFar: number;
  share: number;
  /** Segments walked over, in order. */
  segs: number[];
  /** The rows of its segment when it walked over one (else null). */
  rows: string[] | null;
  /** Days over the estimation range (set on first use; releases sharing the walk share it). */
  range: { low: number | null; high: number | null } | null;
  /** Its segments' rows are in the result's ids already (single-segment walks). */
  added: boolean;
}

/** Walks the daily profile from the day after `t` until the inflow reaches `n` (or the data stop, or `limit`); `low` walks the range's floor. */
function walkFrom(p: InflowProfile | null, observed: Uint8Array, limit: number, t: number, n: number, low = false): Walk {
  const prefix = p ? (low ? p.lowPrefix : p.prefix) : null;
  let sum = 0;
  let est = 0;
  let d = t + 1;
  const segs: number[] = [];
  let reached = false;
  for (; p && d <= limit; d++) {
    if (d < p.first) break;
    const i = d - p.first;
    const s = p.segmentOfDay[i];
    if (s < 0) break;
    const v = prefix![i + 1] - prefix![i];
    sum += v;
    if (!observed[s]) est += v;
    if (segs[segs.length - 1] !== s) segs.push(s);
    if (sum >= n - 1e-9) {
      reached = true;
      break;
    }
  }
  const on = reached ? d : Math.min(d - 1, limit);
  return {
    n,
    reached,
    days: reached ? on - t : null,
    reachedOn: reached ? isoOf(on) : null,
    asOf: isoOf(on),
    soFar: round2(sum),
    share: sum > 0 ? round2(est / sum) : 0,
    segs,
    // Every field set here, so that all walks have one shape (the loop over 100,000s of releases reads them).
    rows: p && segs.length === 1 ? p.segments[segs[0]].source_ids : null,
    range: null,
    added: false,
  };
}

/** Replacement time of each release. */
export function replacementTimes(
  registry: Pick<Registry, 'observations' | 'releases' | 'events'>,
  options: ReplacementOptions = {},
  ctx: FlowContext = prepareFlows(registry, options.counter),
) {
  const wanted = options.releaseIds ? new Set(options.releaseIds) : null;
  const min = options.minCount ?? 1;
  const p = ctx.profile;
  const { rec, codes } = preparedFor(ctx, registry);
  const limit = Math.min(p ? p.last : -Infinity, options.asOf ? dayOf(options.asOf) : Infinity);
  // The counter's own count of a release on its day: the first single-day row (position in counterReleases).
  const ownCount = new Map<number, number>();
  ctx.counterReleases.forEach((c, k) => {
    if (c.start === c.end && !ownCount.has(c.start)) ownCount.set(c.start, k);
  });
  const observed = new Uint8Array(p ? p.segments.length : 0);
  if (p)
    p.segments.forEach((x, s) => {
      if (x.method === 'observed') observed[s] = 1;
    });
  // Segments whose floor is below their value (cumulative differences): a walk over one has a range.
  const ranged = new Uint8Array(p ? p.segments.length : 0);
  if (p)
    p.segments.forEach((x, s) => {
      if (x.low < x.value) ranged[s] = 1;
    });
  const slow = new Map<number, Walk>();
  // The last walk from each day: releases of one day and count share it.
  const walks = new Map<number, Walk>();
  // Ids behind all replacement times, in order of first use (a mark array of its own).
  const all = new Unique(rec.ix, scratch(rec, 'replacement.marks', Uint32Array, rec.ix.names.length, 0), rec.ix.names.length);
  // The prepared columns, not the records: reading 100,000s of records' fields costs more than the
  // walks. Counts from `countValues`: a whole count goes into the row unboxed (see `Records`).
  const { at, start, end, release, ids: releaseIds, dates, countValues, bases } = rec;
  // The items in a list of their final length (counted first): no copies of a growing list.
  const nReleases = releaseIds.length;
  let nItems = 0;
  for (let j = 0; j < nReleases; j++) if (wanted ? wanted.has(releaseIds[j]) : !(countValues[j] < min)) nItems++;
  const items = sizedLike<Replacement>(releaseIds, nItems);
  let nextItem = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < nReleases; j++) {
    const id = releaseIds[j];
    const count = countValues[j];
    if (wanted ? !wanted.has(id) : count < min) continue;
    const t = at[j];
    if (start[j] < lo) lo = start[j];
    if (end[j] > hi) hi = end[j];
    const k = ownCount.size ? ownCount.get(t) : undefined;
    const own = k === undefined ? undefined : ctx.counterReleases[k];
    let alt: Replacement['counter_count'] = null;
    if (own) {
      const w = walkFrom(p, observed, limit, t, own.value);
      alt = { value: own.value, id: own.id, status: w.reached ? 'reached' : 'not_yet', days: w.days };
    }
    let w = walks.get(t);
    if (!w || w.n !== count) {
      w = walkFrom(p, observed, limit, t, count);
      walks.set(t, w);
    }
    const segs = w.segs;
    if (!w.range) {
      let high = w.days;
      if (segs.some((s) => ranged[s])) {
        let v = slow.get(t);
        if (!v || v.n !== count) {
          v = walkFrom(p, observed, limit, t, count, true);
          slow.set(t, v);
        }
        high = v.days;
      }
      w.range = { low: w.days, high };
    }
    const range = w.range;
    // The release, the inflow rows walked over and the counter's own count; de-duplicated when more than one segment or an own count.
    let ids: string[];
    if (segs.length > 1 || own) {
      const u = new Unique(rec.ix);
      u.add(release[j]);
      if (own) u.add(codes.counterReleases[k!]);
      for (const s of segs) u.addAll(codes.segments[s]);
      const ordered = u.ordered();
      ids = namesOf(rec.ix, ordered);
      all.addAll(ordered);
    } else if (w.rows) {
      const rows = w.rows;
      ids = rows.length === 1 ? [id, rows[0]] : [id, ...rows];
      all.add(release[j]);
      // The walk's segment rows were added by the first release that took this walk: adding them
      // again changes nothing (not even the order of first use), so only the first one does.
      if (!w.added) {
        all.addAll(codes.segments[segs[0]]);
        w.added = true;
      }
    } else {
      ids = [id];
      all.add(release[j]);
    }
    items[nextItem++] = {
      release_id: id,
      date: dates[j],
      count,
      count_basis: bases[j],
      status: w.reached ? 'reached' : 'not_yet',
      days: w.days,
      reached_on: w.reachedOn,
      inflow_so_far: w.soFar,
      as_of: w.asOf,
      estimated_share: w.share,
      days_range: range,
      counter_count: alt,
      source_ids: ids,
    };
  }
  const span: DateSpan | null = lo === Infinity ? null : { from: isoOf(lo), to: isoOf(hi) };
  return { counter: ctx.counter, items, n: items.length, span, source_ids: namesOf(rec.ix, all.ordered()) };
}

/** Result of `replacementTimes`. */
export type ReplacementResult = ReturnType<typeof replacementTimes>;
