/**
 * Which engagement episode each release is tied to, and how (internal to the ledger; the rules
 * are stated in `ledger.ts`). Releases are visited by day, then id; ties are kept per release id
 * (as codes), so two rows with one id share a tie. The loops over all releases are small
 * functions over typed arrays: they run once per call on 100,000s of releases.
 */
import type { Release } from '../domain/records.ts';
import { isoOf } from './dates.ts';
import { ENGLISH_UNITS } from './english-numbers.ts';
import type { Episode, EpisodeRow } from './episodes.ts';
import { lowerBound, upperBound, type Records } from './records.ts';
import { latestWindows, tieToWindows, untiedWindows } from './ledger-windows.ts';
import { scratch } from './scratch.ts';

export interface Tie {
  episode: Episode;
  via: string;
  link: 'strong' | 'by_window';
  /** Dense number of the episode among tied episodes (for grouping). */
  slot: number;
}

/**
 * An empty row list of the same kind as a recorded episode's (`[row, …]`): `[]` is a list of
 * small integers to the engine, another shape, and code compiled over recorded episodes only is
 * thrown back to the interpreter by the first episode that has one.
 */
function noRows(): EpisodeRow[] {
  const rows = [undefined as unknown as EpisodeRow];
  rows.pop();
  return rows;
}

/** 'zero' … 'twenty' at their value. */
const WORDS = ['zero', ...ENGLISH_UNITS, 'twenty'];
const FREED = /\b(freed|released|release|pardoned|pardon|handed over|let go)\b/i;

/** What an outcome text says: whether it speaks of freeing, the numbers in it, its lower case. */
interface OutcomeReading {
  freed: boolean;
  numbers: Set<number>;
  text: string;
}

function readOutcome(outcome: string): OutcomeReading {
  const numbers = new Set<number>();
  const freed = FREED.test(outcome);
  if (freed) {
    for (const m of outcome.matchAll(/\b(\d{1,6})\b/g)) numbers.add(Number(m[1]));
    for (const m of outcome.toLowerCase().matchAll(/\b([a-z]+)\b/g)) {
      const i = WORDS.indexOf(m[1]);
      if (i >= 0) numbers.add(i);
    }
  }
  return { freed, numbers, text: outcome.toLowerCase() };
}

/** Whether a contact outcome names this release: a freed-word plus its count or a named person's surname. */
function outcomeNames(o: OutcomeReading, count: number, release: Release): boolean {
  if (!o.freed) return false;
  if (o.numbers.has(count)) return true;
  return (release.notable_people ?? []).some((p) => {
    const surname =
      p
        .replace(/\(.*?\)/g, '')
        .trim()
        .split(/\s+/)
        .pop() ?? '';
    return surname.length >= 4 && o.text.includes(surname.toLowerCase());
  });
}

/** Contact rows with an outcome, flattened by episode (episodes sorted by their first row day). */
interface OutcomeRows {
  starts: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  rows: EpisodeRow[];
  rowStart: Int32Array;
  rowEnd: Int32Array;
  reading: OutcomeReading[];
  span: number;
}

function outcomeRows(withOutcome: Episode[]): OutcomeRows {
  const readings = new Map<string, OutcomeReading>();
  const rows = withOutcome.flatMap((e) => e.rows.filter((r) => r.outcome));
  const out: OutcomeRows = {
    starts: new Int32Array(withOutcome.length),
    lo: new Int32Array(withOutcome.length),
    hi: new Int32Array(withOutcome.length),
    rows,
    rowStart: new Int32Array(rows.length),
    rowEnd: new Int32Array(rows.length),
    reading: [],
    span: 0,
  };
  let k = 0;
  withOutcome.forEach((e, i) => {
    out.starts[i] = Math.min(...e.rows.map((r) => r.start));
    out.lo[i] = k;
    for (const r of e.rows) {
      if (!r.outcome) continue;
      let reading = readings.get(r.outcome);
      if (!reading) {
        reading = readOutcome(r.outcome);
        readings.set(r.outcome, reading);
      }
      out.rowStart[k] = r.start;
      out.rowEnd[k] = r.end;
      out.reading.push(reading);
      k++;
    }
    out.hi[i] = k;
  });
  // How far back an episode's first row may lie from a row that still covers a release.
  out.span =
    withOutcome.reduce((m, e) => Math.max(m, ...e.rows.map((r) => r.end - r.start)), 0) +
    withOutcome.reduce((m, e) => Math.max(m, Math.max(...e.rows.map((r) => r.start)) - Math.min(...e.rows.map((r) => r.start))), 0);
  return out;
}

/**
 * Per release position q (by day, then id): the latest outcome episode whose contact names it
 * (`episode`, −1 when none) and the first of its outcome rows that names it (`row`, for `via`);
 * `hits` lists those q in order. Episodes are visited from the latest, each over the releases
 * its rows can reach, so a release keeps the latest episode that names it.
 */
function matchOutcomes(
  o: OutcomeRows,
  rec: Records,
  releases: readonly Release[],
  windowDays: number,
): { episode: Int32Array; row: Int32Array; hits: Int32Array } {
  const n = rec.byDayId.length;
  const episode = scratch(rec, 'ledger.outcome-episode', Int32Array, n, -1);
  const row = scratch(rec, 'ledger.outcome-row', Int32Array, n, -1);
  const hits: number[] = [];
  const { lo, hi, rowStart, rowEnd, reading } = o;
  const { byDayId, days, counts } = rec;
  const starts = rec.start;
  for (let k = o.starts.length - 1; k >= 0; k--) {
    let first = Infinity;
    let reach = -Infinity;
    for (let x = lo[k]; x < hi[k]; x++) {
      first = Math.min(first, rowStart[x]);
      reach = Math.max(reach, rowEnd[x] + windowDays);
    }
    // A release is placed on `at`, and start ≤ at ≤ start + spread.
    const qEnd = upperBound(days, reach + rec.spread);
    for (let q = lowerBound(days, first); q < qEnd; q++) {
      if (episode[q] >= 0) continue;
      const j = byDayId[q];
      const start = starts[j];
      if (start < first || start > reach) continue;
      const count = counts[j];
      for (let x = lo[k]; x < hi[k]; x++) {
        if (start >= rowStart[x] && start <= rowEnd[x] + windowDays && outcomeNames(reading[x], count, releases[j])) {
          episode[q] = k;
          hits.push(q);
          break;
        }
      }
    }
  }
  const sorted = Int32Array.from(hits).sort();
  for (const q of sorted) {
    const k = episode[q];
    if (hi[k] - lo[k] === 1) {
      row[q] = lo[k];
      continue;
    }
    const j = rec.byDayId[q];
    for (let x = lo[k]; x < hi[k]; x++)
      if (outcomeNames(reading[x], rec.counts[j], releases[j])) {
        row[q] = x;
        break;
      }
  }
  return { episode, row, hits: sorted };
}

/** Ties in the order made, and the slot of each tied episode (dense, in the order of its first tie). */
class TieList {
  readonly ties: Tie[] = [];
  readonly slots = new Map<Episode, number>();

  add(episode: Episode, via: string, link: Tie['link']): number {
    let slot = this.slots.get(episode);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(episode, slot);
    }
    this.ties.push({ episode, via, link, slot });
    return this.ties.length - 1;
  }
}

/** The episodes whose contacts report an outcome, their rows, the releases they name and the tie of each row (made on first use). */
interface OutcomeTies {
  withOutcome: Episode[];
  rows: OutcomeRows;
  match: ReturnType<typeof matchOutcomes>;
  rowTies: Int32Array;
}

/** The tie of release position q through the outcome row that names it. */
function outcomeTie(o: OutcomeTies, q: number, list: TieList): number {
  const x = o.match.row[q];
  if (o.rowTies[x] < 0) o.rowTies[x] = list.add(o.withOutcome[o.match.episode[q]], `contact_outcome:${o.rows.rows[x].id}`, 'strong');
  return o.rowTies[x];
}

/**
 * The tie of each release that names a concession (`linkedQ`, positions in order): the nearest
 * engagement episode of a broker within `strongDays`, else the contact outcome that names it,
 * else the concession as an episode of its own (appended to `engagement` and `episodes`). Few
 * releases, and branches a registry may never take: kept apart from the loops over all releases.
 */
function tieLinked(
  linkedQ: Int32Array,
  releases: readonly Release[],
  rec: Records,
  episodes: Episode[],
  engagement: Episode[],
  strongDays: number,
  outcomes: OutcomeTies,
  list: TieList,
): Int32Array {
  const out = new Int32Array(linkedQ.length);
  const dist = (e: Episode, a: number, b: number) => Math.max(0, e.start - b, a - e.end);
  // Engagement episodes as recorded (sorted by start; concessions named only in releases are appended after them).
  const recordedStarts = Int32Array.from(engagement, (e) => e.start);
  const recordedLongest = engagement.reduce((m, e) => Math.max(m, e.end - e.start), 0);
  const byEpisode = new Map<Episode, number>();
  for (let a = 0; a < linkedQ.length; a++) {
    const q = linkedQ[a];
    const j = rec.byDayId[q];
    const r = releases[j];
    const start = rec.start[j];
    const end = rec.end[j];
    const brokers = r.brokered_by ?? [];
    // Only episodes within strongDays can match: those recorded, by start, and the named ones after them.
    const candidates = engagement
      .slice(lowerBound(recordedStarts, start - strongDays - recordedLongest), upperBound(recordedStarts, end + strongDays))
      .concat(engagement.slice(recordedStarts.length));
    // The nearest, a relief episode first on a tie, else the first in candidate order (what a
    // stable sort would put first). A scan, not `sort()[0]`: reading [0] of an empty list (no
    // episode near) throws compiled code back to the interpreter for the rest of this function.
    let near: Episode | undefined;
    let nearDist = Infinity;
    for (const e of candidates) {
      if (!(brokers.length === 0 || brokers.includes(e.counterpart))) continue;
      const d = dist(e, start, end);
      if (d > strongDays) continue;
      if (near === undefined || d < nearDist || (d === nearDist && e.relief && !near.relief)) {
        near = e;
        nearDist = d;
      }
    }
    if (near) {
      let t = byEpisode.get(near);
      if (t === undefined) {
        t = list.add(near, 'linked_concession', 'strong');
        byEpisode.set(near, t);
      }
      out[a] = t;
      continue;
    }
    if (outcomes.match.episode[q] >= 0) {
      out[a] = outcomeTie(outcomes, q, list);
      continue;
    }
    const at = rec.at[j];
    const counterpart = brokers.length ? [...brokers].sort().join('+') : 'unknown';
    const named: Episode = {
      id: `${r.id}:named`,
      side: 'engagement',
      counterpart,
      start: at,
      end: at,
      from: isoOf(at),
      to: isoOf(at),
      relief: false,
      kinds: ['named_in_source'],
      rows: noRows(),
      named_in_source: r.linked_concession!,
    };
    engagement.push(named);
    episodes.push(named);
    out[a] = list.add(named, 'linked_concession', 'strong');
  }
  return out;
}

/** Strong ties by position: the releases naming a concession (their ties made by `tieLinked`) and those a contact outcome names. */
function tieStrongly(linkedQ: Int32Array, linkedTies: Int32Array, outcomes: OutcomeTies, qCodes: Int32Array, tieOf: Int32Array, list: TieList): void {
  const hits = outcomes.match.hits;
  for (let a = 0, b = 0; a < linkedQ.length || b < hits.length; ) {
    const isLinked = a < linkedQ.length && (b >= hits.length || linkedQ[a] <= hits[b]);
    const q = isLinked ? linkedQ[a] : hits[b];
    const t = isLinked ? linkedTies[a++] : outcomeTie(outcomes, q, list);
    if (b < hits.length && hits[b] === q) b++;
    tieOf[qCodes[q]] = t;
  }
}

/**
 * Ties every release (strong first, then by window). `engagement` and `episodes` receive the
 * episodes of concessions named only in a release row. Returns the tie of each release code (a
 * position in `ties`, −1 for none) and the slot of each tied episode.
 */
export function tieReleases(
  releases: readonly Release[],
  rec: Records,
  episodes: Episode[],
  engagement: Episode[],
  windowDays: number,
  strongDays: number,
): { tieOf: Int32Array; ties: Tie[]; slots: Map<Episode, number> } {
  // The tie of each release code, as a position in `ties` (−1: none).
  const tieOf = scratch(rec, 'ledger.tie-of', Int32Array, rec.ix.names.length, -1);
  const list = new TieList();
  // Episodes whose contacts report an outcome, by first row day, for a windowed search per release.
  const withOutcome = engagement
    .filter((e) => e.rows.some((row) => row.outcome))
    .sort((x, y) => Math.min(...x.rows.map((r) => r.start)) - Math.min(...y.rows.map((r) => r.start)));
  const rows = outcomeRows(withOutcome);
  const match = matchOutcomes(rows, rec, releases, windowDays);
  const outcomes: OutcomeTies = { withOutcome, rows, match, rowTies: new Int32Array(rows.rows.length).fill(-1) };
  // Releases that name a concession, by position (few: found by day, then by position within the day).
  const linked: number[] = [];
  for (const j of rec.flagged) {
    if (!releases[j].linked_concession) continue;
    let q = lowerBound(rec.days, rec.at[j]);
    while (rec.byDayId[q] !== j) q++;
    linked.push(q);
  }
  const linkedQ = Int32Array.from(linked).sort();
  const linkedTies = tieLinked(linkedQ, releases, rec, episodes, engagement, strongDays, outcomes, list);
  tieStrongly(linkedQ, linkedTies, outcomes, rec.qCodes, tieOf, list);
  // By window: the episodes that untied releases fall in get a tie each (in episode order), then those releases.
  engagement.sort((a, b) => a.start - b.start);
  const latest = latestWindows(engagement, rec.days, windowDays);
  const open = untiedWindows(latest, rec.qCodes, tieOf, engagement.length);
  const windowTie = new Int32Array(engagement.length + 1).fill(-1);
  for (let k = 0; k < engagement.length; k++) if (open[k + 1]) windowTie[k + 1] = list.add(engagement[k], 'window', 'by_window');
  tieToWindows(latest, rec.qCodes, tieOf, windowTie);
  return { tieOf, ties: list.ties, slots: list.slots };
}
