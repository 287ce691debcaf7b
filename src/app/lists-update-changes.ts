/**
 * What an update changed: the diff of the list's previous snapshot and the new one, turned into
 * one row per designation, delisting or amendment (kept in `list_change` for the Atom feed and the
 * webhooks) and a count per programme (what `lists update` prints).
 */
import { programmeMatches, type ListDiff } from '../analysis/list-diff/index.ts';
import type { Queryable } from '../store/db.ts';
import { listFetchRepository, type ListChangeRow, type NewListChange } from '../store/list-fetch.ts';

export type { ListChangeRow };

/** Counts of one programme (or of the whole list). */
export interface ChangeCounts {
  designated: number;
  delisted: number;
  amended: number;
}

/** What `lists update` prints for a list that changed: totals and the counts per programme. */
export interface ChangeSummary extends ChangeCounts {
  snapshotA: string;
  snapshotB: string;
  byProgramme: Record<string, ChangeCounts>;
}

/** Entries with no programme are counted under this key. */
export const NO_PROGRAMME = '(none)';

/** One row per change of `diff`, stamped `recordedAt`. An amendment lists both its old and new programmes. */
export function changeRows(diff: ListDiff, recordedAt: string): NewListChange[] {
  const base = { recorded_at: recordedAt, list_source: diff.b.source, snapshot_a: diff.a.id, snapshot_b: diff.b.id, published: diff.b.published ?? null };
  return [
    ...diff.designated.map((e) => ({
      ...base,
      change: 'designated' as const,
      source_id: e.sourceId,
      name: e.name,
      kind: e.kind,
      programmes: e.programmes,
      fields: [],
    })),
    ...diff.delisted.map((e) => ({
      ...base,
      change: 'delisted' as const,
      source_id: e.sourceId,
      name: e.name,
      kind: e.kind,
      programmes: e.programmes,
      fields: [],
    })),
    ...diff.amended.map((e) => ({
      ...base,
      change: 'amended' as const,
      source_id: e.sourceId,
      name: e.name,
      kind: e.kind,
      programmes: [...new Set([...e.programmes, ...e.previousProgrammes])],
      fields: e.fields,
    })),
  ];
}

/** Totals and per-programme counts of a set of change rows. */
export function summariseChanges(rows: Pick<NewListChange, 'change' | 'programmes' | 'snapshot_a' | 'snapshot_b'>[]): ChangeSummary {
  const out: ChangeSummary = {
    snapshotA: rows[0]?.snapshot_a ?? '',
    snapshotB: rows[0]?.snapshot_b ?? '',
    designated: 0,
    delisted: 0,
    amended: 0,
    byProgramme: {},
  };
  for (const r of rows) {
    out[r.change]++;
    for (const p of r.programmes.length ? r.programmes : [NO_PROGRAMME]) {
      const counts = (out.byProgramme[p] ??= { designated: 0, delisted: 0, amended: 0 });
      counts[r.change]++;
    }
  }
  return out;
}

/** The newest recorded changes first, at most `limit`, optionally of one programme and its sub-programmes (`exact`: only itself). */
export async function recentListChanges(db: Queryable, filter: { programme?: string; exact?: boolean; limit?: number } = {}): Promise<ListChangeRow[]> {
  const limit = filter.limit ?? 100;
  const repo = listFetchRepository(db);
  if (!filter.programme) return repo.recentChanges({ limit });
  const { programme, exact } = filter;
  const keep = (r: ListChangeRow) => r.programmes.some((p) => (exact ? p === programme : programmeMatches(p, programme)));
  // The prefix query over-selects (LIKE treats _ as a wildcard, RUSSIAX starts like RUSSIA): filter, and read on when short.
  const rows = await repo.recentChanges({ limit: limit * 4 + 100, programmePrefix: programme });
  return rows.filter(keep).slice(0, limit);
}
