/**
 * Candidates against the known records: "matches <id>" when a record of the same kind falls within
 * a few days and agrees on its key fields (count, issuer and action, the two sides), "may_match"
 * with the differing fields when it is near in time but differs, else "new". Pure: the records are
 * passed in by the app layer.
 */
import type { CandidateMatch, NewsEvent } from '../../domain/news/candidate.ts';
import type { Contact, Measure, Observation, Release } from '../../domain/records.ts';
import { dayOf } from '../dates.ts';

export interface KnownRecords {
  releases: Release[];
  measures: Measure[];
  contacts: Contact[];
  observations: Observation[];
}

/** Days either side of a candidate's date within which a record may be the same event. */
export const MATCH_WINDOW_DAYS = 3;

interface Comparable {
  id: string;
  date: string;
  fields: Record<string, unknown>;
}

/** The match of one candidate. Statements, offers and undated candidates are always "new". */
export function matchEvent(e: NewsEvent, known: KnownRecords, windowDays = MATCH_WINDOW_DAYS): CandidateMatch {
  if (e.date?.length !== 10 || e.offer) return { status: 'new' };
  const candidate = fieldsOf(e);
  const pool = recordsFor(e, known);
  if (!candidate || !pool.length) return { status: 'new' };
  const day = dayOf(e.date);
  let best: { r: Comparable; diffs: Record<string, { candidate: unknown; record: unknown }>; distance: number } | undefined;
  for (const r of pool) {
    const rd = recordDay(r.date);
    // A record dated to the month only ("2025-09") is near every day of that month.
    const inMonth = rd === undefined && /^\d{4}-\d{2}$/.test(r.date) && e.date.startsWith(r.date);
    if (rd === undefined && !inMonth) continue;
    const distance = rd === undefined ? 0 : Math.abs(rd - day);
    if (distance > windowDays) continue;
    const diffs: Record<string, { candidate: unknown; record: unknown }> = {};
    for (const [k, v] of Object.entries(candidate)) {
      const rv = r.fields[k];
      if (v !== undefined && rv !== undefined && rv !== null && rv !== '' && !same(v, rv)) diffs[k] = { candidate: v, record: rv };
    }
    if (distance > 0 || inMonth) diffs.date = { candidate: e.date, record: r.date };
    const score = Object.keys(diffs).filter((k) => k !== 'date').length * 10 + distance;
    if (!best || score < Object.keys(best.diffs).filter((k) => k !== 'date').length * 10 + best.distance) best = { r, diffs, distance };
  }
  if (!best) return { status: 'new' };
  const substantive = Object.keys(best.diffs).filter((k) => k !== 'date');
  if (!substantive.length && best.distance <= windowDays) return { status: 'matches', id: best.r.id };
  return { status: 'may_match', id: best.r.id, differences: best.diffs };
}

function fieldsOf(e: NewsEvent): Record<string, unknown> | undefined {
  switch (e.kind) {
    case 'release':
      return { count: e.count, mode: e.mode === 'release' ? undefined : e.mode };
    case 'sanction_change':
      return { issuer: e.issuer, action: e.action };
    case 'contact':
      return { sides: [e.from, e.to].filter(Boolean).sort().join('+') || undefined, mode: e.mode };
    case 'recognition':
      return { count: e.count };
    default:
      return undefined;
  }
}

function recordsFor(e: NewsEvent, known: KnownRecords): Comparable[] {
  switch (e.kind) {
    case 'release':
      return known.releases.map((r) => ({ id: r.id, date: r.date, fields: { count: r.count, mode: r.mode === 'unknown' ? undefined : r.mode } }));
    case 'sanction_change':
      return known.measures.map((m) => ({ id: m.id, date: m.date, fields: { issuer: m.issuer, action: m.action } }));
    case 'contact':
      return known.contacts.map((c) => ({
        id: c.id,
        date: c.date,
        fields: { sides: [c.from_actor, c.to_actor].sort().join('+'), mode: c.kind === 'statement' ? undefined : c.kind },
      }));
    case 'recognition':
      return known.observations.filter((o) => o.metric === 'recognised_in_period').map((o) => ({ id: o.id, date: o.date, fields: { count: o.value } }));
    default:
      return [];
  }
}

function recordDay(date: string): number | undefined {
  const d = date.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? dayOf(d) : undefined;
}

function same(a: unknown, b: unknown): boolean {
  return String(a).toLowerCase() === String(b).toLowerCase();
}

/** Adds `match` to every candidate. */
export function matchEvents(events: NewsEvent[], known: KnownRecords): NewsEvent[] {
  return events.map((e) => ({ ...e, match: matchEvent(e, known) }));
}
