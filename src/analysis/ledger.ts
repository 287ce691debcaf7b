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
import { buildEpisodes, type ActorReading, type Episode, type EpisodeOptions } from './episodes.ts';
import { prepareFlows, type FlowContext } from './flows.ts';
import { namesOf, Unique, type IdIndex } from './ids.ts';
import { inflowSpan, type InflowSum } from './inflow.ts';
import { tieReleases, type Tie } from './ledger-ties.ts';
import { brokeredOf, lowerBound, upperBound } from './records.ts';

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

/** A release as the ledger shows it. */
export interface LedgerRelease {
  id: string;
  date: string;
  count: number;
  count_basis: string;
  mode: string;
  link: 'strong' | 'by_window';
  /** Why it is tied: `linked_concession`, `contact_outcome` (with the contact id) or `window`. */
  via: string;
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
  releases: LedgerRelease[];
  people_strong: number;
  people_by_window: number;
  /** Newly recognised over [from, to + windowDays], and days of that span with no inflow data. */
  inflow_window: { value: number; missing_days: number; estimated: number };
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

/** A ledger entry with the codes of its ids (internal). */
interface Coded { entry: LedgerEntry; rows: number[]; releases: number[]; inflow: ArrayLike<number> }

/** The ledger over the registry. */
export function exchangeLedger(registry: Registry, options: LedgerOptions = {}, ctx: FlowContext = prepareFlows(registry, options.counter)) {
  const windowDays = options.windowDays ?? 30;
  const strongDays = options.strongDays ?? 7;
  const { rec, codes } = preparedFor(ctx, registry);
  const { episodes, actors } = buildEpisodes(registry, options, brokeredOf(registry.releases, rec));
  const engagement = episodes.filter((e) => e.side === 'engagement');
  const tie = tieReleases(registry.releases, rec, episodes, engagement, windowDays, strongDays);
  // Releases of each engagement episode, by day then id (positions in `rec.byDayId`).
  const tiedTo = new Map<Episode, number[]>();
  for (let q = 0; q < rec.byDayId.length; q++) {
    const t = tie[rec.release[rec.byDayId[q]]];
    if (t) (tiedTo.get(t.episode) ?? tiedTo.set(t.episode, []).get(t.episode)!).push(q);
  }
  const a = options.from ? dayArg(options.from, 'start', 'from') : -Infinity;
  const b = options.to ? dayArg(options.to, 'end', 'to') : Infinity;
  const inflowCodes = { ix: rec.ix, segments: codes.segments, rows: codes.rows };
  // One shared row per release tied "by window" (engagement or pressure: the same values).
  const byWindow: LedgerRelease[] = new Array(rec.byDayId.length);
  const coded: Coded[] = episodes
    .filter((e) => e.start >= a && e.start <= b)
    .sort((x, y) => x.start - y.start || compareText(x.id, y.id))
    .map((e) => {
      const rows = e.rows.map((r) => rec.other.get(r.id)!);
      const list: LedgerRelease[] = [];
      const relCodes: number[] = [];
      const add = (q: number, t: Tie | undefined) => {
        const j = rec.byDayId[q];
        if (!t || t.link === 'by_window') {
          let x = byWindow[q];
          if (!x) x = byWindow[q] = { id: rec.ids[j], date: rec.dates[j], count: rec.counts[j], count_basis: rec.bases[j], mode: rec.modes[j], link: 'by_window', via: 'window' };
          list.push(x);
        } else {
          list.push({ id: rec.ids[j], date: rec.dates[j], count: rec.counts[j], count_basis: rec.bases[j], mode: rec.modes[j], link: t.link, via: t.via });
        }
        relCodes.push(rec.release[j]);
      };
      if (e.side === 'engagement') {
        for (const q of tiedTo.get(e) ?? []) add(q, tie[rec.release[rec.byDayId[q]]]);
      } else {
        const hi = upperBound(rec.days, e.end + windowDays);
        for (let q = lowerBound(rec.days, e.start); q < hi; q++) add(q, undefined);
      }
      const inflow = ctx.profile ? inflowSpan(ctx.profile, e.start, e.end + windowDays, inflowCodes) : null;
      return { entry: entryOf(e, list, inflow?.sum ?? null, windowDays), rows, releases: relCodes, inflow: inflow?.codes ?? [] };
    });
  const entries = coded.map((c) => c.entry);
  const engagementEntries = coded.filter((c) => c.entry.side === 'engagement');
  const all = new Unique(rec.ix);
  for (const c of coded) { all.addAll(c.rows); all.addAll(c.releases); all.addAll(c.inflow); }
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
    by_counterpart: totals(engagementEntries, (e) => e.counterpart, rec.ix),
    by_year: totals(engagementEntries, (e) => e.from.slice(0, 4), rec.ix),
    pressure_by_issuer: totals(coded.filter((c) => c.entry.side === 'pressure'), (e) => e.counterpart, rec.ix),
    inflow: inflow ? { value: round2(inflow.value), estimated: round2(inflow.estimated), missing_days: inflow.missing_days, source_ids: inflow.source_ids } : null,
    n: entries.length,
    span: (entries.length ? spanOf(entries.map((e) => ({ start: placeEdtf(e.from).start, end: placeEdtf(e.to).end }))) : null) as DateSpan | null,
    source_ids: ids,
  };
}

/** Result of `exchangeLedger`. */
export type LedgerResult = ReturnType<typeof exchangeLedger>;

function entryOf(e: Episode, list: LedgerRelease[], inflow: InflowSum | null, windowDays: number): LedgerEntry {
  const rowIds = e.rows.map((r) => r.id);
  let strong = 0;
  let byWindow = 0;
  const ids = rowIds.slice();
  for (const x of list) {
    if (x.link === 'strong') strong += x.count; else byWindow += x.count;
    ids.push(x.id);
  }
  // Row, release and inflow ids come from different record lists and are each unique already.
  if (inflow) for (const id of inflow.source_ids) ids.push(id);
  return {
    id: e.id,
    side: e.side,
    counterpart: e.counterpart,
    from: e.from,
    to: e.to,
    relief: e.relief,
    kinds: e.kinds,
    row_ids: rowIds,
    ...(e.named_in_source ? { named_in_source: e.named_in_source } : {}),
    releases: list,
    people_strong: strong,
    people_by_window: byWindow,
    inflow_window: { value: round2(inflow?.value ?? 0), missing_days: inflow?.missing_days ?? windowDays + 1, estimated: round2(inflow?.estimated ?? 0) },
    source_ids: ids,
  };
}

function totals(entries: Coded[], key: (e: LedgerEntry) => string, ix: IdIndex): LedgerTotal[] {
  const groups = new Map<string, Coded[]>();
  for (const c of entries) { const k = key(c.entry); (groups.get(k) ?? groups.set(k, []).get(k)!).push(c); }
  return [...groups].sort((x, y) => compareText(x[0], y[0])).map(([k, list]) => {
    let strong = 0;
    let byWindow = 0;
    let relief = 0;
    const u = new Unique(ix);
    for (const { entry, rows, releases } of list) {
      strong += entry.people_strong;
      byWindow += entry.people_by_window;
      if (entry.relief) relief++;
      u.addAll(rows);
      u.addAll(releases);
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
