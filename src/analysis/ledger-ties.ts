/**
 * Which engagement episode each release is tied to, and how (internal to the ledger; the rules
 * are stated in `ledger.ts`). Releases are visited by day, then id; ties are kept per release id
 * (as codes), so two rows with one id share a tie.
 */
import type { Release } from '../domain/records.ts';
import { isoOf } from './dates.ts';
import type { Episode, EpisodeRow } from './episodes.ts';
import { upperBound, type Records } from './records.ts';

export interface Tie {
  episode: Episode;
  via: string;
  link: 'strong' | 'by_window';
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const FREED = /\b(freed|released|release|pardoned|pardon|handed over|let go)\b/i;

/** What an outcome text says, read once per text: whether it speaks of freeing, the numbers in it, its lower case. */
interface OutcomeReading { freed: boolean; numbers: Set<number>; text: string }

function readOutcome(outcome: string, cache: Map<string, OutcomeReading>): OutcomeReading {
  let hit = cache.get(outcome);
  if (hit) return hit;
  const numbers = new Set<number>();
  const freed = FREED.test(outcome);
  if (freed) {
    for (const m of outcome.matchAll(/\b(\d{1,6})\b/g)) numbers.add(Number(m[1]));
    for (const m of outcome.toLowerCase().matchAll(/\b([a-z]+)\b/g)) { const i = WORDS.indexOf(m[1]); if (i >= 0) numbers.add(i); }
  }
  hit = { freed, numbers, text: outcome.toLowerCase() };
  cache.set(outcome, hit);
  return hit;
}

/** Whether a contact outcome names this release: a freed-word plus its count or a named person's surname. */
function outcomeNames(o: OutcomeReading, count: number, release: Release): boolean {
  if (!o.freed) return false;
  if (o.numbers.has(count)) return true;
  return (release.notable_people ?? []).some((p) => {
    const surname = p.replace(/\(.*?\)/g, '').trim().split(/\s+/).pop() ?? '';
    return surname.length >= 4 && o.text.includes(surname.toLowerCase());
  });
}

/**
 * Ties every release (strong first, then by window). `engagement` and `episodes` receive the
 * episodes of concessions named only in a release row. Returns the tie of each release code.
 */
export function tieReleases(releases: readonly Release[], rec: Records, episodes: Episode[], engagement: Episode[], windowDays: number, strongDays: number): Array<Tie | undefined> {
  const tie: Array<Tie | undefined> = new Array(rec.ix.names.length);
  const dist = (e: Episode, a: number, b: number) => Math.max(0, e.start - b, a - e.end);
  const readings = new Map<string, OutcomeReading>();
  const names = (outcome: string, j: number) => outcomeNames(readOutcome(outcome, readings), rec.counts[j], releases[j]);
  // Releases that name a concession (read in registry order, once).
  const linked = new Uint8Array(releases.length);
  for (const j of rec.flagged) if (releases[j].linked_concession) linked[j] = 1;
  // Episodes whose contacts report an outcome, by first row day, for a windowed search per release.
  const withOutcome = engagement.filter((e) => e.rows.some((row) => row.outcome)).sort((x, y) => Math.min(...x.rows.map((r) => r.start)) - Math.min(...y.rows.map((r) => r.start)));
  const outcomeStarts = withOutcome.map((e) => Math.min(...e.rows.map((r) => r.start)));
  const longestOutcome = withOutcome.reduce((m, e) => Math.max(m, ...e.rows.map((r) => r.end - r.start)), 0) + withOutcome.reduce((m, e) => Math.max(m, Math.max(...e.rows.map((r) => r.start)) - Math.min(...e.rows.map((r) => r.start))), 0);
  // Ties are shared by the releases of one episode and reason (they are not changed after).
  const byRow = new Map<EpisodeRow, Tie>();
  const order = rec.byDayId;
  for (let q = 0; q < order.length; q++) {
    const j = order[q];
    const start = rec.start[j];
    const end = rec.end[j];
    const code = rec.release[j];
    const r = linked[j] ? releases[j] : undefined;
    const brokers = r?.brokered_by ?? [];
    if (r) {
      const near = engagement
        .filter((e) => (brokers.length === 0 || brokers.includes(e.counterpart)) && dist(e, start, end) <= strongDays)
        .sort((a, b) => dist(a, start, end) - dist(b, start, end) || Number(b.relief) - Number(a.relief))[0];
      if (near) { tie[code] = { episode: near, via: 'linked_concession', link: 'strong' }; continue; }
    }
    let byOutcome: Episode | undefined;
    for (let k = upperBound(outcomeStarts, start) - 1; k >= 0 && outcomeStarts[k] >= start - windowDays - longestOutcome && !byOutcome; k--) {
      const e = withOutcome[k];
      if (e.rows.some((row) => row.outcome && start >= row.start && start <= row.end + windowDays && names(row.outcome, j))) byOutcome = e;
    }
    if (byOutcome) {
      const row = byOutcome.rows.find((x) => x.outcome && names(x.outcome, j))!;
      let t = byRow.get(row);
      if (!t) { t = { episode: byOutcome, via: `contact_outcome:${row.id}`, link: 'strong' }; byRow.set(row, t); }
      tie[code] = t;
      continue;
    }
    if (r) {
      const at = rec.at[j];
      const counterpart = brokers.length ? [...brokers].sort().join('+') : 'unknown';
      const named: Episode = { id: `${r.id}:named`, side: 'engagement', counterpart, start: at, end: at, from: isoOf(at), to: isoOf(at), relief: false, kinds: ['named_in_source'], rows: [], named_in_source: r.linked_concession! };
      engagement.push(named);
      episodes.push(named);
      tie[code] = { episode: named, via: 'linked_concession', link: 'strong' };
    }
  }
  engagement.sort((a, b) => a.start - b.start);
  const starts = engagement.map((e) => e.start);
  const longest = engagement.reduce((m, e) => Math.max(m, e.end - e.start), 0);
  const window: Map<Episode, Tie> = new Map();
  for (let q = 0; q < order.length; q++) {
    const j = order[q];
    const code = rec.release[j];
    if (tie[code]) continue;
    const at = rec.at[j];
    // The latest recorded episode that started on or before the release and whose window covers it.
    for (let k = upperBound(starts, at) - 1; k >= 0 && starts[k] >= at - windowDays - longest; k--) {
      const e = engagement[k];
      if (e.rows.length && at <= e.end + windowDays) {
        let t = window.get(e);
        if (!t) { t = { episode: e, via: 'window', link: 'by_window' }; window.set(e, t); }
        tie[code] = t;
        break;
      }
    }
  }
  return tie;
}
