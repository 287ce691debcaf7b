/**
 * Engagement and pressure episodes: the dated acts of foreign governments towards the releasing
 * state, grouped so that one trip (a visit, the letter handed over, the relief announced the same
 * days) counts once. Used by the exchange ledger and the event study.
 *
 * - Engagement: relief measures (`actionDirection` = relief) and contacts of kind visit, call,
 *   letter, meeting or embassy between the regime and a counterpart. Statements are words, not
 *   engagement, and are left out; a contact with no regime side (an envoy meeting a third country)
 *   is left out too. A contact that is not an ask – a thank-you call after the fact, whose
 *   `summary` starts with "Thank-you" (the data's convention) – is not engagement either.
 * - Pressure: measures that impose, expand or extend sanctions.
 */
import type { Contact, Registry } from '../domain/records.ts';
import { actionDirection } from '../domain/types/issuer.ts';
import { isoOf, placeEdtf, compareText } from './dates.ts';

/** A contact whose summary starts this way thanks for something done; it asks for nothing. */
export const THANKS = /^thank-you\b/i;

/** Contact kinds that count as engagement. */
export const ENGAGEMENT_CONTACT_KINDS = ['visit', 'call', 'letter', 'meeting', 'embassy'] as const;

/** One act inside an episode. */
export interface EpisodeRow {
  id: string;
  source: 'measure' | 'contact';
  /** Measure action or contact kind. */
  kind: string;
  start: number;
  end: number;
  outcome?: string;
  /** What a relief measure conceded: its `targets` (else its summary). */
  conceded?: string;
}

/** Acts of one counterpart on one side within `clusterDays` of each other. */
export interface Episode {
  id: string;
  side: 'engagement' | 'pressure';
  counterpart: string;
  start: number;
  end: number;
  from: string;
  to: string;
  relief: boolean;
  kinds: string[];
  rows: EpisodeRow[];
  /** Text of a concession named only in a release row (no measure or contact recorded for it). */
  named_in_source?: string;
}

export interface ActorOptions {
  /** Actor labels that stand for the releasing state (e.g. its code and its leader's name). Default: the dataset profile's `regime`, else inferred. */
  regime?: string[];
  /** Actor name → counterpart code; codes map to themselves. Default: inferred. */
  actors?: Record<string, string>;
}

/** Releases with a broker, in registry order, placed on their day (internal: passed when already known). */
export type Brokered = Array<{ at: number; by: string[] }>;

/** How contact actors were read: the regime's labels, names mapped to codes and names left as they are. */
export interface ActorReading {
  regime: string[];
  actors: Record<string, string>;
  inferred: Record<string, string>;
  unresolved: string[];
}

const CODE = /^[A-Z]{2}$/;

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
}

/**
 * Reads contact actors. Without `regime` (in the options or the registry's profile), the regime
 * is the most frequent code and the most frequent name among `to_actor` values (contacts are
 * mostly addressed to it). A name not given in
 * `actors` is mapped to the country that brokered releases within a day of that actor's contacts,
 * when one country has a strict majority; otherwise it stays unresolved and is shown as the name.
 */
export function readActors(registry: Pick<Registry, 'contacts' | 'releases' | 'profile'>, options: ActorOptions = {}, brokered?: Brokered): ActorReading {
  const to = registry.contacts.map((c) => c.to_actor);
  const regime =
    options.regime ??
    registry.profile?.regime ??
    [mostFrequent(to.filter((a) => CODE.test(a))), mostFrequent(to.filter((a) => !CODE.test(a)))].filter((x): x is string => !!x);
  const actors: Record<string, string> = { ...(options.actors ?? {}) };
  const inferred: Record<string, string> = {};
  const unresolved: string[] = [];
  const names = new Set(registry.contacts.flatMap((c) => [c.from_actor, c.to_actor]).filter((a) => !CODE.test(a) && !regime.includes(a) && !(a in actors)));
  const releases = brokered ?? registry.releases.filter((r) => r.brokered_by?.length).map((r) => ({ at: placeEdtf(r.date, r.id).at, by: r.brokered_by! }));
  for (const name of [...names].sort()) {
    const tally: string[] = [];
    for (const c of registry.contacts) {
      if (c.from_actor !== name && c.to_actor !== name) continue;
      const at = placeEdtf(c.date, c.id).start;
      for (const r of releases) if (Math.abs(r.at - at) <= 1) tally.push(...r.by);
    }
    const top = mostFrequent(tally);
    if (top && tally.filter((x) => x === top).length * 2 > tally.length) {
      actors[name] = top;
      inferred[name] = top;
    } else unresolved.push(name);
  }
  return { regime, actors, inferred, unresolved };
}

/** The counterpart of a contact, or `undefined` when it does not involve the regime (or only the regime). */
export function counterpartOf(contact: Contact, reading: ActorReading): string | undefined {
  const fromRegime = reading.regime.includes(contact.from_actor);
  const toRegime = reading.regime.includes(contact.to_actor);
  if (fromRegime === toRegime) return undefined;
  const other = fromRegime ? contact.to_actor : contact.from_actor;
  return reading.actors[other] ?? other;
}

export interface EpisodeOptions extends ActorOptions {
  /** Rows of one counterpart and side whose dates are within this many days form one episode. Default 3. */
  clusterDays?: number;
}

/** Engagement and pressure episodes, sorted by start day, with the actor reading used. */
export function buildEpisodes(registry: Pick<Registry, 'contacts' | 'releases' | 'measures' | 'profile'>, options: EpisodeOptions = {}, brokered?: Brokered) {
  const reading = readActors(registry, options, brokered);
  const gap = options.clusterDays ?? 3;
  const raw: Array<EpisodeRow & { side: Episode['side']; counterpart: string; relief: boolean }> = [];
  for (const m of registry.measures) {
    const p = placeEdtf(m.date, m.id);
    const relief = actionDirection(m.action) === 'relief';
    raw.push({
      id: m.id,
      source: 'measure',
      kind: m.action,
      start: p.start,
      end: p.end,
      side: relief ? 'engagement' : 'pressure',
      counterpart: m.issuer,
      relief,
      ...(relief ? { conceded: m.targets ?? m.summary } : {}),
    });
  }
  for (const c of registry.contacts) {
    if (!(ENGAGEMENT_CONTACT_KINDS as readonly string[]).includes(c.kind) || THANKS.test(c.summary)) continue;
    const counterpart = counterpartOf(c, reading);
    if (!counterpart) continue;
    const p = placeEdtf(c.date, c.id);
    raw.push({
      id: c.id,
      source: 'contact',
      kind: c.kind,
      start: p.start,
      end: p.end,
      side: 'engagement',
      counterpart,
      relief: false,
      ...(c.outcome ? { outcome: c.outcome } : {}),
    });
  }
  raw.sort((a, b) => a.start - b.start || compareText(a.id, b.id));
  const open = new Map<string, Episode>();
  const episodes: Episode[] = [];
  for (const r of raw) {
    const key = `${r.side}|${r.counterpart}`;
    const e = open.get(key);
    const row: EpisodeRow = {
      id: r.id,
      source: r.source,
      kind: r.kind,
      start: r.start,
      end: r.end,
      ...(r.outcome ? { outcome: r.outcome } : {}),
      ...(r.conceded ? { conceded: r.conceded } : {}),
    };
    if (e && r.start <= e.end + gap) {
      e.rows.push(row);
      e.end = Math.max(e.end, r.end);
      e.to = isoOf(e.end);
      e.relief ||= r.relief;
      if (!e.kinds.includes(r.kind)) e.kinds.push(r.kind);
      continue;
    }
    const fresh: Episode = {
      id: r.id,
      side: r.side,
      counterpart: r.counterpart,
      start: r.start,
      end: r.end,
      from: isoOf(r.start),
      to: isoOf(r.end),
      relief: r.relief,
      kinds: [r.kind],
      rows: [row],
      // Present (undefined) on every episode, so that the episodes the ledger adds for concessions
      // named only in a release (see ledger-ties.ts) have the same shape: code compiled on a
      // registry without them then still fits a registry with them.
      named_in_source: undefined,
    };
    open.set(key, fresh);
    episodes.push(fresh);
  }
  // An episode is dated by its day-precise rows; a month-only row (relief "in September") joins
  // the trip it overlaps but does not stretch the episode back to the 1st of the month.
  for (const e of episodes) {
    const precise = e.rows.filter((r) => r.start === r.end);
    const days = precise.length ? precise.map((r) => r.start) : e.rows.map((r) => Math.floor((r.start + r.end) / 2));
    e.start = Math.min(...days);
    e.end = Math.max(...days);
    e.from = isoOf(e.start);
    e.to = isoOf(e.end);
  }
  episodes.sort((a, b) => a.start - b.start || compareText(a.id, b.id));
  return { episodes, actors: reading };
}
