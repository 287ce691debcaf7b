/**
 * Reads for `leverage export ftm`: registry actors (people and organisations with their names and
 * detention cases) and the designation ids of a snapshot, both in pages so an export never holds a
 * whole table. Designations themselves are loaded with `listsRepository(db).loadDesignations`.
 */
import type { RegistryActor } from '../domain/records.ts';
import type { Queryable } from './db.ts';
import { publicActor, publicRow } from './tables.ts';

const PAGE = 500;

/** Registry people and organisations (states and blocs are not FtM legal entities here), in id order, a page at a time. */
export async function* readRegistryActors(db: Queryable, pageSize = PAGE): AsyncGenerator<RegistryActor> {
  let cursor = '';
  for (;;) {
    const rows = await db.query<{
      id: string;
      kind: 'person' | 'organisation';
      primary_name: string;
      country: string | null;
      names: unknown;
      case_ids: unknown;
    }>(
      `SELECT a.id, a.kind, a.primary_name, a.country,
         coalesce((SELECT jsonb_agg(jsonb_build_object('value', n.value, 'kind', n.kind) ORDER BY n.id) FROM actor_name n WHERE n.actor_id = a.id), '[]'::jsonb) AS names,
         coalesce((SELECT jsonb_agg(c.id ORDER BY c.id) FROM detention_case c WHERE c.actor_id = a.id AND ${publicRow('c')}), '[]'::jsonb) AS case_ids
       FROM actor a WHERE a.kind IN ('person', 'organisation') AND ${publicActor('a')} AND a.id > $1 ORDER BY a.id LIMIT $2`,
      [cursor, pageSize],
    );
    for (const r of rows) {
      yield {
        id: r.id,
        kind: r.kind,
        primaryName: r.primary_name,
        country: r.country,
        names: json(r.names) as RegistryActor['names'],
        caseIds: json(r.case_ids) as string[],
      };
    }
    if (rows.length < pageSize) return;
    cursor = rows[rows.length - 1].id;
  }
}

/** The source ids of a snapshot's designations, in pages (feed them to `loadDesignations(id, { ids })`). */
export async function* designationIdPages(db: Queryable, snapshotId: string, pageSize = PAGE): AsyncGenerator<string[]> {
  let cursor = '';
  for (;;) {
    const rows = await db.query<{ source_id: string }>(
      'SELECT source_id FROM designation WHERE snapshot_id = $1 AND source_id > $2 ORDER BY source_id LIMIT $3',
      [snapshotId, cursor, pageSize],
    );
    if (rows.length) yield rows.map((r) => r.source_id);
    if (rows.length < pageSize) return;
    cursor = rows[rows.length - 1].source_id;
  }
}

/** jsonb comes back parsed from PGlite and as text from some drivers. */
function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** Source ids of a snapshot's designations whose stored data holds every term (case-insensitive), in id order; at most `max`. */
export async function findDesignationIds(db: Queryable, snapshotId: string, terms: string[], max: number): Promise<string[]> {
  const params: unknown[] = [snapshotId, max];
  const where = ['snapshot_id = $1'];
  for (const t of terms) {
    params.push(`%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`lower(data::text) LIKE lower($${params.length})`);
  }
  const rows = await db.query<{ source_id: string }>(`SELECT source_id FROM designation WHERE ${where.join(' AND ')} ORDER BY source_id LIMIT $2`, params);
  return rows.map((r) => r.source_id);
}
