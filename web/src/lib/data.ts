/** Typed reads of the registry API, shared by the pages (each cached for the page's life). */
import { getJson, withQuery } from './api.ts';

export interface Cited { id: string; date: string; source_url: string; publisher: string; published?: string; evidence: string }
export interface Observation extends Cited { metric: string; value: number; source_org: string; period_start?: string; period_end?: string }
export interface Release extends Cited { count: number; count_basis: string; mode: string; received_by?: string[]; brokered_by?: string[]; notable_people?: string[]; linked_concession?: string; note?: string }
export interface Measure extends Cited { issuer: string; action: string; programme: string[]; target_kind: string[]; targets?: string; target_count?: number; summary: string; legal_act?: string }
export interface Contact extends Cited { kind: string; from_actor: string; to_actor: string; place?: string; summary: string; outcome?: string }

const cache = new Map<string, Promise<unknown>>();

/** Every record of a kind matching `q` (follows the cursor pages). */
export function records<T>(plural: string, q: Record<string, string | undefined> = {}): Promise<T[]> {
  const key = withQuery(`/api/v1/${plural}`, q);
  if (!cache.has(key)) {
    cache.set(key, (async () => {
      const out: T[] = [];
      let cursor: string | undefined;
      do {
        const page = await getJson<{ items: T[]; next_cursor?: string }>(withQuery(`/api/v1/${plural}`, { ...q, limit: 10000, cursor }));
        out.push(...page.items);
        cursor = page.next_cursor;
      } while (cursor);
      return out;
    })());
  }
  return cache.get(key) as Promise<T[]>;
}

/** What the dashboard reads of the dataset profile (`GET /api/v1/dataset`). */
export interface DatasetProfile { country: { code: string; name: string }; counter: { name: string }; dashboard?: { from: string; to: string } }

/** The dataset profile, or null when none was imported. */
export function datasetProfile(): Promise<DatasetProfile | null> {
  const key = '/api/v1/dataset';
  if (!cache.has(key)) cache.set(key, getJson<{ profile: DatasetProfile | null }>(key).then((r) => r.profile));
  return cache.get(key) as Promise<DatasetProfile | null>;
}

export function analysis<T>(name: string, q: Record<string, string | number | undefined> = {}): Promise<T> {
  const key = withQuery(`/api/v1/analysis/${name}`, q);
  if (!cache.has(key)) cache.set(key, getJson<T>(key));
  return cache.get(key) as Promise<T>;
}

/** A source reference for the sources panel: the row id, its publisher, its URL. */
export function sourceOf(r: Cited): { id: string; label: string; url: string } {
  return { id: r.id, label: `${r.publisher}${r.published ? ` (${r.published})` : ''}`, url: r.source_url };
}

/** The first day of an EDTF date as a Date (month precision → the 1st). */
export function dateOf(date: string): Date {
  const [y, m = '01', d = '01'] = date.slice(0, 10).split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}
