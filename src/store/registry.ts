/**
 * Reads the registry back: the whole `Registry` for the analyses, and counts for `stats`.
 * Records come back in the domain's shape (lists as arrays, optional fields absent) with their
 * citation fields joined from `source`.
 */
import type { Contact, Measure, Observation, PoliticalEvent, Registry, Release } from '../domain/records.ts';
import type { Queryable } from './db.ts';
import { loadDatasetProfile } from './dataset-profile.ts';
import { publicRow, rowToRecord, selectCited } from './tables.ts';

async function load<T>(db: Queryable, table: string): Promise<T[]> {
  // The analyses' results are public: they read public records only.
  const rows = await db.query(`${selectCited(table)} WHERE ${publicRow('t')} ORDER BY t.date_start, t.id`);
  return rows.map((r) => rowToRecord<T>(r));
}

/** Loads every record the analyses read, ordered by date then id, with the dataset profile when one was imported. */
export async function loadRegistry(db: Queryable): Promise<Registry> {
  const [releases, measures, contacts, events, observations, profile] = await Promise.all([
    load<Release>(db, 'release'),
    load<Measure>(db, 'measure'),
    load<Contact>(db, 'contact'),
    load<PoliticalEvent>(db, 'political_event'),
    load<Observation>(db, 'observation'),
    loadDatasetProfile(db),
  ]);
  return { releases, measures, contacts, events, observations, ...(profile ? { profile } : {}) };
}

export interface KindStats {
  count: number;
  /** First and last day covered by the kind's dates; absent when the kind has no rows or no dates. */
  from?: string;
  to?: string;
}

/** Stats keys (API, CLI `stats --json`) and the table behind each. */
const STAT_TABLES: Record<string, { table: string; dated: boolean; record?: boolean }> = {
  releases: { table: 'release', dated: true, record: true },
  measures: { table: 'measure', dated: true, record: true },
  contacts: { table: 'contact', dated: true, record: true },
  events: { table: 'political_event', dated: true, record: true },
  observations: { table: 'observation', dated: true, record: true },
  cases: { table: 'detention_case', dated: false, record: true },
  actors: { table: 'actor', dated: false },
  actor_names: { table: 'actor_name', dated: false },
  sources: { table: 'source', dated: false },
  links: { table: 'link', dated: false },
  audit: { table: 'audit', dated: false },
};

/** Counts per record kind (public records only) with the date range of dated kinds. */
export async function registryStats(db: Queryable): Promise<Record<string, KindStats>> {
  const parts = Object.entries(STAT_TABLES).map(([key, { table, dated, record }]) => {
    const where = record ? ` WHERE ${publicRow()}` : '';
    return dated
      ? `SELECT '${key}' AS key, count(*)::int AS count, min(date_start) AS "from", max(date_end) AS "to" FROM ${table}${where}`
      : `SELECT '${key}' AS key, count(*)::int AS count, NULL AS "from", NULL AS "to" FROM ${table}${where}`;
  });
  const rows = await db.query<{ key: string; count: number; from: string | null; to: string | null }>(parts.join(' UNION ALL '));
  const out: Record<string, KindStats> = {};
  for (const r of rows) out[r.key] = { count: Number(r.count), ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) };
  return out;
}

/** True when no registry record exists yet (first start). */
export async function registryIsEmpty(db: Queryable): Promise<boolean> {
  const [r] = await db.query<{ n: number }>('SELECT (SELECT count(*) FROM release) + (SELECT count(*) FROM observation) + (SELECT count(*) FROM measure) AS n');
  return Number(r?.n ?? 0) === 0;
}
