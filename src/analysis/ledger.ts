/**
 * Exchange ledger: each engagement episode (relief measure, visit, call, letter, meeting, embassy
 * step) with the releases tied to it, and each pressure episode with what followed.
 *
 * A release is tied to at most one engagement episode:
 * - strong, when a source names the link: the release's `linked_concession` (matched to the
 *   nearest engagement episode of a broker within `strongDays`; if none is recorded, the named
 *   concession becomes its own episode), or a contact's `outcome` that names freed people (a
 *   release within `windowDays` after the contact whose count or a named person's surname appears);
 * - weak ("by window"), otherwise, when it falls within `windowDays` after an engagement episode
 *   (the latest one). A weak tie says only that the release came after; it is not a link.
 */
import type { Registry } from '../domain/records.ts';
import { dayArg, isoOf, placeEdtf, round2, spanOf, type DateSpan, compareText } from './dates.ts';
import { preparedFor } from './context.ts';
import { buildEpisodes, type ActorReading, type Episode, type EpisodeOptions, type EpisodeRow } from './episodes.ts';
import { prepareFlows, type FlowContext } from './flows.ts';
import { namesOf, sizedLike, Unique, type IdIndex } from './ids.ts';
import { inflowSpan, type InflowSum } from './inflow.ts';
import { tieReleases, type Tie } from './ledger-ties.ts';
import { pressureFollowed, type PressureFollowed } from './ledger-pressure.ts';
import { brokeredOf, lowerBound, upperBound, type Records } from './records.ts';
import { tiedRow, windowRows, type LedgerRelease } from './ledger-rows.ts';
import { scratch } from './scratch.ts';

export type { LedgerRelease };

export interface LedgerOptions extends EpisodeOptions {
  /** First and last day (ISO day, month or year) of episodes to list. Default: all. */
  from?: string;
  to?: string;
  /** Days after an episode in which a release counts "by window". Default 30. */
  windowDays?: number;
  /** Days either side in which a `linked_concession` is matched to an engagement. Default 7. */
  strongDays?: number;
  counter?: string;
}

/** One row of the ledger. */
export interface LedgerEntry {
  id: string;
  side: 'engagement' | 'pressure';
  counterpart: string;
  from: string;
  to: string;
  relief: boolean;
  kinds: string[];
  row_ids: string[];
  named_in_source?: string;
  /** What was conceded: the targets of the episode's relief measures (or the concession a release row names), one per measure. */
  conceded: Array<{ id: string; what: string }>;
  releases: LedgerRelease[];
  people_strong: number;
  people_by_window: number;
  /** Newly recognised over [from, to + windowDays], and days of that span with no inflow data. */
  inflow_window: { value: number; missing_days: number; estimated: number; estimated_share: number };
  source_ids: string[];
}

/** Totals of one group (counterpart or year). */
export interface LedgerTotal {
  key: string;
  episodes: number;
  relief_episodes: number;
  people_strong: number;
  people_by_window: number;
  /** People released with a strong tie per episode (null when no episode). */
  people_per_episode: number | null;
  source_ids: string[];
}

export type { PressureFollowed };

/** A ledger entry with the codes of its ids (internal). */
interface Coded {
  entry: LedgerEntry;
  rows: number[];
  releases: Int32Array;
  inflow: ArrayLike<number>;
  lo: number;
  hi: number;
}

/**
 * Adds the release codes of entries in order. A pressure entry's releases are positions [lo, hi)
 * of the sorted list, and its lo never decreases from one entry to the next: positions below the
 * highest hi seen so far were added already, so only the rest is added (`seen` holds that hi).
 */
function addReleases(u: Unique, c: Coded, qCodes: Int32Array, seen: { hi: number }): void {
  if (c.lo < 0) {
    u.addAll(c.releases);
    return;
  }
  u.addAll(qCodes, Math.max(c.lo, seen.hi), c.hi);
  if (c.hi > seen.hi) seen.hi = c.hi;
}

/** The ledger over the registry. */
export function exchangeLedger(registry: Registry, options: LedgerOptions = {}, ctx: FlowContext = prepareFlows(registry, options.counter)) {
  const windowDays = options.windowDays ?? 30;
  const strongDays = options.strongDays ?? 7;
  const { rec, codes } = preparedFor(ctx, registry);
  const { episodes, actors } = buildEpisodes(registry, options, brokeredOf(registry.releases, rec));
  const engagement = episodes.filter((e) => e.side === 'engagement');
  const { tieOf, ties, slots } = tieReleases(registry.releases, rec, episodes, engagement, windowDays, strongDays);
  // One shared row per release shown "by window" (after an engagement or a pressure episode: the same values).
  const shared = windowRows(rec);
  const tied = tiedLists(tieOf, ties, slots.size, rec, shared);
  const a = options.from ? dayArg(options.from, 'start', 'from') : -Infinity;
  const b = options.to ? dayArg(options.to, 'end', 'to') : Infinity;
  const inflowCodes = { ix: rec.ix, segments: codes.segments, rows: codes.rows };
  const coded: Coded[] = episodes
    .filter((e) => e.start >= a && e.start <= b)
    .sort((x, y) => x.start - y.start || compareText(x.id, y.id))
    .map((e) => {
      const rows = e.rows.map((r) => rec.other.get(r.id)!);
      let lo: number;
      let hi: number;
      let list: LedgerRelease[];
      let releaseCodes: Int32Array;
      // People tied strongly and by window, added in list order.
      let strong = 0;
      let byWindow = 0;
      if (e.side === 'engagement') {
        const slot = slots.get(e);
        lo = slot === undefined ? 0 : tied.offsets[slot];
        hi = slot === undefined ? 0 : tied.offsets[slot + 1];
        list = slot === undefined ? shared.slice(0, 0) : tied.lists[slot];
        releaseCodes = tied.codes.subarray(lo, hi);
        for (let i = lo; i < hi; i++)
          if (tied.strong[i]) strong += tied.counts[i];
          else byWindow += tied.counts[i];
      } else {
        lo = lowerBound(rec.days, e.start);
        hi = Math.max(lo, upperBound(rec.days, e.end + windowDays));
        list = shared.slice(lo, hi);
        releaseCodes = rec.qCodes.subarray(lo, hi);
        if (rec.qCountSums) byWindow = rec.qCountSums[hi] - rec.qCountSums[lo];
        else for (let q = lo; q < hi; q++) byWindow += rec.qCounts[q];
      }
      const inflow = ctx.profile ? inflowSpan(ctx.profile, e.start, e.end + windowDays, inflowCodes) : null;
      return {
        entry: entryOf(e, list, strong, byWindow, inflow?.sum ?? null, windowDays),
        rows,
        releases: releaseCodes,
        inflow: inflow?.codes ?? [],
        lo: e.side === 'pressure' ? lo : -1,
        hi,
      };
    });
  const entries = coded.map((c) => c.entry);
  const engagementEntries = coded.filter((c) => c.entry.side === 'engagement');
  // Most ids of the registry: the list at its largest size at once (see `Unique`).
  const all = new Unique(rec.ix, undefined, rec.ix.names.length);
  const seen = { hi: 0 };
  for (const c of coded) {
    all.addAll(c.rows);
    addReleases(all, c, rec.qCodes, seen);
    all.addAll(c.inflow);
  }
  const ids = namesOf(rec.ix, all.ordered());
  const spanFrom = Number.isFinite(a) ? a : Math.min(...entries.map((e) => placeEdtf(e.from).start));
  // The inflow comparison stops at the end of the data: days after it are unknown, not zero.
  const spanTo = Math.min(Number.isFinite(b) ? b : Math.max(...entries.map((e) => placeEdtf(e.to).end)), ctx.last);
  const inflow = entries.length && ctx.profile ? inflowSpan(ctx.profile, spanFrom, spanTo, inflowCodes).sum : null;
  return {
    from: entries.length ? isoOf(spanFrom) : null,
    to: entries.length ? isoOf(spanTo) : null,
    window_days: windowDays,
    strong_days: strongDays,
    counter: ctx.counter,
    actors: actors as ActorReading,
    entries,
    by_counterpart: totals(engagementEntries, (e) => e.counterpart, rec.ix, rec.qCodes),
    by_year: totals(engagementEntries, (e) => e.from.slice(0, 4), rec.ix, rec.qCodes),
    pressure_followed: pressureFollowed(
      coded.filter((c) => c.entry.side === 'pressure'),
      shared,
    ),
    inflow: inflow
      ? {
          value: round2(inflow.value),
          low: round2(inflow.low),
          estimated: round2(inflow.estimated),
          estimated_share: round2(inflow.estimated_share),
          missing_days: inflow.missing_days,
          source_ids: inflow.source_ids,
        }
      : null,
    n: entries.length,
    span: (entries.length ? spanOf(entries.map((e) => ({ start: placeEdtf(e.from).start, end: placeEdtf(e.to).end }))) : null) as DateSpan | null,
    source_ids: ids,
  };
}

/** Result of `exchangeLedger`. */
export type LedgerResult = ReturnType<typeof exchangeLedger>;

/**
 * The releases tied to episodes, grouped by the episode's slot (`[offsets[s], offsets[s+1])` of
 * the columns), by day then id within a slot: the list of ledger rows of each slot, and the codes,
 * counts and strong marks of those rows in the columns.
 */
function tiedLists(tieOf: Int32Array, ties: Tie[], slots: number, rec: Records, shared: LedgerRelease[]) {
  const { qCodes, qCounts } = rec;
  const n = qCodes.length;
  // Working columns, reused from query to query (see `scratch`): none is part of the result.
  const tieQ = scratch(rec, 'ledger.tie-q', Int32Array, n, -1);
  const slotOfTie = Int32Array.from(ties, (t) => t.slot);
  const offsets = new Int32Array(slots + 1);
  for (let q = 0; q < n; q++) {
    const ti = tieOf[qCodes[q]];
    tieQ[q] = ti;
    if (ti >= 0) offsets[slotOfTie[ti] + 1]++;
  }
  for (let s = 0; s < slots; s++) offsets[s + 1] += offsets[s];
  const next = offsets.slice(0, slots);
  const total = offsets[slots];
  // Each slot's list at its final length, the entry's own (sized from the shared rows, at least as
  // many: see `sizedLike`), filled in place below.
  const lists: LedgerRelease[][] = [];
  for (let s = 0; s < slots; s++) lists.push(sizedLike<LedgerRelease>(shared, offsets[s + 1] - offsets[s]));
  const codes = scratch(rec, 'ledger.tied-codes', Int32Array, total, 0);
  const counts = scratch(rec, 'ledger.tied-counts', Float64Array, total, 0);
  const strong = scratch(rec, 'ledger.tied-strong', Uint8Array, total, 0);
  // Strong ties are few, and a registry may have none: their rows are made after this loop, from
  // the positions noted here without a branch (`at[ns]` is written every time, ns grows by 0 or 1).
  // Code in this loop that a first registry never reached would throw the loop, 100,000s of
  // steps, back to the interpreter when a later registry reaches it.
  const at = scratch(rec, 'ledger.strong-at', Int32Array, total + 1, 0);
  const atQ = scratch(rec, 'ledger.strong-at-q', Int32Array, total + 1, 0);
  let ns = 0;
  for (let q = 0; q < n; q++) {
    const ti = tieQ[q];
    if (ti < 0) continue;
    const slot = slotOfTie[ti];
    const i = next[slot]++;
    const s = ties[ti].link === 'by_window' ? 0 : 1;
    lists[slot][i - offsets[slot]] = shared[q];
    strong[i] = s;
    at[ns] = i;
    atQ[ns] = q;
    ns += s;
    codes[i] = qCodes[q];
    counts[i] = qCounts[q];
  }
  for (let k = 0; k < ns; k++) {
    const q = atQ[k];
    const t = ties[tieQ[q]];
    lists[t.slot][at[k] - offsets[t.slot]] = tiedRow(shared[q], t.link, t.via);
  }
  return { offsets, lists, codes, counts, strong };
}

function entryOf(e: Episode, list: LedgerRelease[], strong: number, byWindow: number, inflow: InflowSum | null, windowDays: number): LedgerEntry {
  // Every field read once, outside the branches: a concession named only in a release row (an
  // episode with no rows) may first appear on a large registry, and a field first read there
  // throws the compiled code back to the interpreter for the entries after it.
  const { id, rows } = e;
  const named = e.named_in_source;
  return {
    id,
    side: e.side,
    counterpart: e.counterpart,
    from: e.from,
    to: e.to,
    relief: e.relief,
    kinds: e.kinds,
    row_ids: rows.map((r) => r.id),
    ...(named ? { named_in_source: named } : {}),
    conceded: named ? [{ id, what: named }] : rows.flatMap((r) => (r.conceded ? [{ id: r.id, what: r.conceded }] : [])),
    releases: list,
    people_strong: strong,
    people_by_window: byWindow,
    inflow_window: {
      value: round2(inflow?.value ?? 0),
      missing_days: inflow?.missing_days ?? windowDays + 1,
      estimated: round2(inflow?.estimated ?? 0),
      estimated_share: round2(inflow?.estimated_share ?? 0),
    },
    // Row, release and inflow ids come from different record lists and are each unique already.
    source_ids: joined(rows, list, inflow ? inflow.source_ids : []),
  };
}

/**
 * The ids of `rows`, then of `releases`, then `tail`, in one array. The rows and releases
 * themselves, not lists of their ids: an episode's row list has one kind whether empty or not
 * (see `noRows`), an empty list of ids another.
 */
function joined(rows: readonly EpisodeRow[], releases: readonly LedgerRelease[], tail: readonly string[]): string[] {
  const out: string[] = new Array(rows.length + releases.length + tail.length);
  let k = 0;
  for (let i = 0; i < rows.length; i++) out[k++] = rows[i].id;
  for (let i = 0; i < releases.length; i++) out[k++] = releases[i].id;
  for (let i = 0; i < tail.length; i++) out[k++] = tail[i];
  return out;
}

function totals(entries: Coded[], key: (e: LedgerEntry) => string, ix: IdIndex, qCodes: Int32Array): LedgerTotal[] {
  const groups = new Map<string, Coded[]>();
  for (const c of entries) {
    const k = key(c.entry);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(c);
  }
  return [...groups]
    .sort((x, y) => compareText(x[0], y[0]))
    .map(([k, list]) => {
      let strong = 0;
      let byWindow = 0;
      let relief = 0;
      const u = new Unique(ix, undefined, 1024);
      const seen = { hi: 0 };
      for (const c of list) {
        strong += c.entry.people_strong;
        byWindow += c.entry.people_by_window;
        if (c.entry.relief) relief++;
        u.addAll(c.rows);
        addReleases(u, c, qCodes, seen);
      }
      return {
        key: k,
        episodes: list.length,
        relief_episodes: relief,
        people_strong: strong,
        people_by_window: byWindow,
        people_per_episode: list.length ? round2(strong / list.length) : null,
        source_ids: namesOf(ix, u.ordered()),
      };
    });
}
