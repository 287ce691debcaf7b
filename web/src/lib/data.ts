/** Typed reads of the registry API, shared by the pages (each cached for the page's life). */
import { getJson, withQuery } from './api.ts';
import type { Cited } from '../../../src/domain/records.ts';
import type { DatasetProfile } from '../../../src/domain/dataset-profile.ts';
import type { RecordPage } from '../../../src/store/records-query.ts';
import type { AnalysisResponses } from '../../../src/server/routes/analysis.ts';
import type { RecordTypes } from '../../../src/server/routes/records.ts';

// The API's types are the server's own (type-only imports: nothing of src/ enters the bundle).
export type { Case, Contact, Measure, Observation, Release } from '../../../src/domain/records.ts';

const cache = new Map<string, Promise<unknown>>();

/** Every record of a kind matching `q` (follows the cursor pages). */
export function records<P extends keyof RecordTypes>(plural: P, q: Record<string, string | undefined> = {}): Promise<RecordTypes[P][]> {
  const key = withQuery(`/api/v1/${plural}`, q);
  if (!cache.has(key)) {
    cache.set(
      key,
      (async () => {
        const out: RecordTypes[P][] = [];
        let cursor: string | undefined;
        do {
          const page = await getJson<RecordPage<RecordTypes[P]>>(withQuery(`/api/v1/${plural}`, { ...q, limit: 10000, cursor }));
          out.push(...page.items);
          cursor = page.next_cursor;
        } while (cursor);
        return out;
      })(),
    );
  }
  return cache.get(key) as Promise<RecordTypes[P][]>;
}

/** The dataset profile, or null when none was imported. */
export function datasetProfile(): Promise<DatasetProfile | null> {
  const key = '/api/v1/dataset';
  if (!cache.has(key))
    cache.set(
      key,
      getJson<{ profile: DatasetProfile | null }>(key).then((r) => r.profile),
    );
  return cache.get(key) as Promise<DatasetProfile | null>;
}

export function analysis<N extends keyof AnalysisResponses>(name: N, q: Record<string, string | number | undefined> = {}): Promise<AnalysisResponses[N]> {
  const key = withQuery(`/api/v1/analysis/${name}`, q);
  if (!cache.has(key)) cache.set(key, getJson<AnalysisResponses[N]>(key));
  return cache.get(key) as Promise<AnalysisResponses[N]>;
}

/** A source reference for the sources panel: the row id, its publisher, its URL. */
export function sourceOf(r: Cited & { id: string }): { id: string; label: string; url: string } {
  return { id: r.id, label: `${r.publisher}${r.published ? ` (${r.published})` : ''}`, url: r.source_url };
}

/** The first day of an EDTF date as a Date (month precision → the 1st). */
export function dateOf(date: string): Date {
  const [y, m = '01', d = '01'] = date.slice(0, 10).split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}
