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
import type { Registry, Release } from '../domain/records.ts';
import { dayArg, isoOf, placeEdtf, round2, spanOf, uniqueIds, type DateSpan, compareText } from './dates.ts';
import { buildEpisodes, type ActorReading, type Episode, type EpisodeOptions } from './episodes.ts';
import { prepareFlows, type FlowContext } from './flows.ts';
import { inflowBetween } from './inflow.ts';

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

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const FREED = /\b(freed|released|release|pardoned|pardon|handed over|let go)\b/i;

/** Whether a contact outcome names this release: a freed-word plus its count or a named person's surname. */
function outcomeNames(outcome: string, release: Release): boolean {
  if (!FREED.test(outcome)) return false;
  const numbers = new Set<number>();
  for (const m of outcome.matchAll(/\b(\d{1,6})\b/g)) numbers.add(Number(m[1]));
  for (const m of outcome.toLowerCase().matchAll(/\b([a-z]+)\b/g)) { const i = WORDS.indexOf(m[1]); if (i >= 0) numbers.add(i); }
  if (numbers.has(release.count)) return true;
  const text = outcome.toLowerCase();
  return (release.notable_people ?? []).some((p) => {
    const surname = p.replace(/\(.*?\)/g, '').trim().split(/\s+/).pop() ?? '';
    return surname.length >= 4 && text.includes(surname.toLowerCase());
  });
}

/** The ledger over the registry. */
export function exchangeLedger(registry: Registry, options: LedgerOptions = {}, ctx: FlowContext = prepareFlows(registry, options.counter)) {
  const windowDays = options.windowDays ?? 30;
  const strongDays = options.strongDays ?? 7;
  const { episodes, actors } = buildEpisodes(registry, options);
  const engagement = episodes.filter((e) => e.side === 'engagement');
  const tie = new Map<string, { episode: Episode; via: string; link: 'strong' | 'by_window' }>();
  const dist = (e: Episode, a: number, b: number) => Math.max(0, e.start - b, a - e.end);
  // Episodes whose contacts report an outcome, by first row day, for a windowed search per release.
  const withOutcome = engagement.filter((e) => e.rows.some((row) => row.outcome)).sort((x, y) => Math.min(...x.rows.map((r) => r.start)) - Math.min(...y.rows.map((r) => r.start)));
  const outcomeStarts = withOutcome.map((e) => Math.min(...e.rows.map((r) => r.start)));
  const longestOutcome = withOutcome.reduce((m, e) => Math.max(m, ...e.rows.map((r) => r.end - r.start)), 0) + withOutcome.reduce((m, e) => Math.max(m, Math.max(...e.rows.map((r) => r.start)) - Math.min(...e.rows.map((r) => r.start))), 0);
  const releases = [...registry.releases].map((r) => ({ r, p: placeEdtf(r.date, r.id) })).sort((a, b) => a.p.at - b.p.at || compareText(a.r.id, b.r.id));
  for (const { r, p } of releases) {
    const brokers = r.brokered_by ?? [];
    if (r.linked_concession) {
      const near = engagement
        .filter((e) => (brokers.length === 0 || brokers.includes(e.counterpart)) && dist(e, p.start, p.end) <= strongDays)
        .sort((a, b) => dist(a, p.start, p.end) - dist(b, p.start, p.end) || Number(b.relief) - Number(a.relief))[0];
      if (near) { tie.set(r.id, { episode: near, via: 'linked_concession', link: 'strong' }); continue; }
    }
    let byOutcome: Episode | undefined;
    for (let j = upperBound(outcomeStarts, p.start) - 1; j >= 0 && outcomeStarts[j] >= p.start - windowDays - longestOutcome && !byOutcome; j--) {
      const e = withOutcome[j];
      if (e.rows.some((row) => row.outcome && p.start >= row.start && p.start <= row.end + windowDays && outcomeNames(row.outcome, r))) byOutcome = e;
    }
    if (byOutcome) {
      const row = byOutcome.rows.find((x) => x.outcome && outcomeNames(x.outcome, r))!;
      tie.set(r.id, { episode: byOutcome, via: `contact_outcome:${row.id}`, link: 'strong' });
      continue;
    }
    if (r.linked_concession) {
      const counterpart = brokers.length ? [...brokers].sort().join('+') : 'unknown';
      const named: Episode = { id: `${r.id}:named`, side: 'engagement', counterpart, start: p.at, end: p.at, from: isoOf(p.at), to: isoOf(p.at), relief: false, kinds: ['named_in_source'], rows: [], named_in_source: r.linked_concession };
      engagement.push(named);
      episodes.push(named);
      tie.set(r.id, { episode: named, via: 'linked_concession', link: 'strong' });
    }
  }
  engagement.sort((a, b) => a.start - b.start);
  const starts = engagement.map((e) => e.start);
  const longest = engagement.reduce((m, e) => Math.max(m, e.end - e.start), 0);
  for (const { r, p } of releases) {
    if (tie.has(r.id)) continue;
    // The latest recorded episode that started on or before the release and whose window covers it.
    for (let j = upperBound(starts, p.at) - 1; j >= 0 && starts[j] >= p.at - windowDays - longest; j--) {
      const e = engagement[j];
      if (e.rows.length && p.at <= e.end + windowDays) { tie.set(r.id, { episode: e, via: 'window', link: 'by_window' }); break; }
    }
  }
  const tiedTo = new Map<Episode, Array<{ r: Release; p: { at: number } }>>();
  for (const x of releases) {
    const t = tie.get(x.r.id);
    if (t) (tiedTo.get(t.episode) ?? tiedTo.set(t.episode, []).get(t.episode)!).push(x);
  }
  const releaseDays = releases.map((x) => x.p.at);
  const a = options.from ? dayArg(options.from, 'start', 'from') : -Infinity;
  const b = options.to ? dayArg(options.to, 'end', 'to') : Infinity;
  const entries: LedgerEntry[] = episodes
    .filter((e) => e.start >= a && e.start <= b)
    .sort((x, y) => x.start - y.start || compareText(x.id, y.id))
    .map((e) => {
      const candidates = e.side === 'engagement' ? tiedTo.get(e) ?? [] : releases.slice(lowerBound(releaseDays, e.start), upperBound(releaseDays, e.end + windowDays));
      return entryOf(e, candidates, tie, ctx, windowDays);
    });
  const engagementEntries = entries.filter((e) => e.side === 'engagement');
  const ids = uniqueIds(entries.flatMap((e) => e.source_ids));
  const spanFrom = Number.isFinite(a) ? a : Math.min(...entries.map((e) => placeEdtf(e.from).start));
  // The inflow comparison stops at the end of the data: days after it are unknown, not zero.
  const spanTo = Math.min(Number.isFinite(b) ? b : Math.max(...entries.map((e) => placeEdtf(e.to).end)), ctx.last);
  const inflow = entries.length && ctx.profile ? inflowBetween(ctx.profile, spanFrom, spanTo) : null;
  return {
    from: entries.length ? isoOf(spanFrom) : null,
    to: entries.length ? isoOf(spanTo) : null,
    window_days: windowDays,
    strong_days: strongDays,
    counter: ctx.counter,
    actors: actors as ActorReading,
    entries,
    by_counterpart: totals(engagementEntries, (e) => e.counterpart),
    by_year: totals(engagementEntries, (e) => e.from.slice(0, 4)),
    pressure_by_issuer: totals(entries.filter((e) => e.side === 'pressure'), (e) => e.counterpart),
    inflow: inflow ? { value: round2(inflow.value), estimated: round2(inflow.estimated), missing_days: inflow.missing_days, source_ids: inflow.source_ids } : null,
    n: entries.length,
    span: (entries.length ? spanOf(entries.map((e) => ({ start: placeEdtf(e.from).start, end: placeEdtf(e.to).end }))) : null) as DateSpan | null,
    source_ids: ids,
  };
}

/** Result of `exchangeLedger`. */
export type LedgerResult = ReturnType<typeof exchangeLedger>;

function entryOf(e: Episode, releases: Array<{ r: Release; p: { at: number } }>, tie: Map<string, { episode: Episode; via: string; link: 'strong' | 'by_window' }>, ctx: FlowContext, windowDays: number): LedgerEntry {
  const list: LedgerRelease[] = [];
  for (const { r, p } of releases) {
    const t = tie.get(r.id);
    const tied = e.side === 'engagement' ? t?.episode === e : p.at >= e.start && p.at <= e.end + windowDays;
    if (!tied) continue;
    list.push({ id: r.id, date: r.date, count: r.count, count_basis: r.count_basis, mode: r.mode, link: e.side === 'engagement' ? t!.link : 'by_window', via: e.side === 'engagement' ? t!.via : 'window' });
  }
  const inflow = ctx.profile ? inflowBetween(ctx.profile, e.start, e.end + windowDays) : null;
  const rowIds = e.rows.map((r) => r.id);
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
    people_strong: list.filter((x) => x.link === 'strong').reduce((s, x) => s + x.count, 0),
    people_by_window: list.filter((x) => x.link === 'by_window').reduce((s, x) => s + x.count, 0),
    inflow_window: { value: round2(inflow?.value ?? 0), missing_days: inflow?.missing_days ?? windowDays + 1, estimated: round2(inflow?.estimated ?? 0) },
    // Row, release and inflow ids come from different record lists and are each unique already.
    source_ids: [...rowIds, ...list.map((x) => x.id), ...(inflow?.source_ids ?? [])],
  };
}

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

function upperBound(xs: number[], x: number): number {
  return lowerBound(xs, x + 1);
}

function totals(entries: LedgerEntry[], key: (e: LedgerEntry) => string): LedgerTotal[] {
  const groups = new Map<string, LedgerEntry[]>();
  for (const e of entries) (groups.get(key(e)) ?? groups.set(key(e), []).get(key(e))!).push(e);
  return [...groups].sort((x, y) => compareText(x[0], y[0])).map(([k, list]) => {
    const strong = list.reduce((s, e) => s + e.people_strong, 0);
    return {
      key: k,
      episodes: list.length,
      relief_episodes: list.filter((e) => e.relief).length,
      people_strong: strong,
      people_by_window: list.reduce((s, e) => s + e.people_by_window, 0),
      people_per_episode: list.length ? round2(strong / list.length) : null,
      source_ids: uniqueIds(list.flatMap((e) => [...e.row_ids, ...e.releases.map((r) => r.id)])),
    };
  });
}
