/** Small builders of domain records for the analysis tests (citation fields filled with placeholders). */
import type { Contact, Measure, Observation, Registry, Release } from '../../src/domain/index.ts';

const CITED = { source_url: 'https://example.org/s', publisher: 'test', evidence: 'test' };

export function obs(id: string, date: string, metric: Observation['metric'], value: number, extra: Partial<Observation> = {}): Observation {
  return { id, date, metric, value, source_org: 'Counter', ...CITED, ...extra };
}

export function rel(id: string, date: string, count: number, extra: Partial<Release> = {}): Release {
  return { id, date, count, count_basis: 'confirmed', mode: 'pardon', ...CITED, ...extra };
}

export function measure(id: string, date: string, issuer: Measure['issuer'], action: Measure['action'], extra: Partial<Measure> = {}): Measure {
  return { id, date, issuer, action, programme: ['P'], target_kind: ['person'], summary: 's', ...CITED, ...extra };
}

export function contact(id: string, date: string, kind: Contact['kind'], from: string, to: string, extra: Partial<Contact> = {}): Contact {
  return { id, date, kind, from_actor: from, to_actor: to, summary: 's', ...CITED, ...extra };
}

export function registry(parts: Partial<Registry>): Registry {
  return { releases: [], measures: [], contacts: [], events: [], observations: [], ...parts };
}

/** ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}
