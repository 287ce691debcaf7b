/**
 * The whole FollowTheMoney entities of OpenSanctions snapshots (table `ftm_entity`, migration
 * 0010): written on import (`src/app/yente-import.ts`), read by `export ftm` and the yente API.
 * SQL only; what an entity references (`refs`) is worked out by the caller.
 */
import type { Queryable } from './db.ts';

/** An FtM entity as OpenSanctions files carry it (properties: arrays of strings). */
export interface StoredFtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, string[]>;
  datasets?: string[];
  referents?: string[];
  target?: boolean;
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
}

/** One entity row with the snapshot it belongs to. */
export interface FtmEntityRow {
  snapshotId: string;
  entity: StoredFtmEntity;
}

const PAGE = 500;

/** jsonb comes back parsed from PGlite and as text from some drivers. */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

const rows = (list: { snapshot_id: string; body: unknown }[]): FtmEntityRow[] =>
  list.map((r) => ({ snapshotId: r.snapshot_id, entity: json<StoredFtmEntity>(r.body) }));

export function ftmEntitiesRepository(db: Queryable) {
  return {
    /** Copies every entity of `from` into `to` (a delta's snapshot starts as its base). */
    async copy(from: string, to: string): Promise<void> {
      await db.query('INSERT INTO ftm_entity (snapshot_id, id, schema, body, refs) SELECT $2, id, schema, body, refs FROM ftm_entity WHERE snapshot_id = $1', [
        from,
        to,
      ]);
    },

    /** Writes entities (a later one with the same id replaces the earlier). */
    async put(snapshotId: string, entities: { entity: StoredFtmEntity; refs: string[] }[]): Promise<void> {
      if (!entities.length) return;
      const byId = new Map(entities.map((e) => [e.entity.id, e]));
      await db.query(
        `INSERT INTO ftm_entity (snapshot_id, id, schema, body, refs)
         SELECT $1, x.id, x.schema, x.body, x.refs FROM jsonb_to_recordset($2::jsonb) AS x(id text, schema text, body jsonb, refs jsonb)
         ON CONFLICT (snapshot_id, id) DO UPDATE SET schema = excluded.schema, body = excluded.body, refs = excluded.refs`,
        [snapshotId, JSON.stringify([...byId.values()].map((e) => ({ id: e.entity.id, schema: e.entity.schema, body: e.entity, refs: e.refs })))],
      );
    },

    async remove(snapshotId: string, id: string): Promise<void> {
      await db.query('DELETE FROM ftm_entity WHERE snapshot_id = $1 AND id = $2', [snapshotId, id]);
    },

    /** How many entities each of the snapshots holds (snapshots without any are absent). */
    async counts(snapshotIds: string[]): Promise<Map<string, number>> {
      const r = await db.query<{ snapshot_id: string; n: number | string }>(
        'SELECT snapshot_id, count(*) AS n FROM ftm_entity WHERE snapshot_id = ANY($1::text[]) GROUP BY snapshot_id',
        [snapshotIds],
      );
      return new Map(r.map((x) => [x.snapshot_id, Number(x.n)]));
    },

    /** The entities of a snapshot in id order, a page at a time. */
    async *pages(snapshotId: string, pageSize = PAGE): AsyncGenerator<StoredFtmEntity[]> {
      let cursor = '';
      for (;;) {
        const page = await db.query<{ snapshot_id: string; id: string; body: unknown }>(
          'SELECT snapshot_id, id, body FROM ftm_entity WHERE snapshot_id = $1 AND id > $2 ORDER BY id LIMIT $3',
          [snapshotId, cursor, pageSize],
        );
        if (page.length) yield rows(page).map((r) => r.entity);
        if (page.length < pageSize) return;
        cursor = page[page.length - 1].id;
      }
    },

    /** Entities by id (or by a referent id) in any of the snapshots. */
    async byIds(snapshotIds: string[], ids: string[]): Promise<FtmEntityRow[]> {
      if (!ids.length) return [];
      return rows(
        await db.query(
          `SELECT snapshot_id, body FROM ftm_entity WHERE snapshot_id = ANY($1::text[])
           AND (id = ANY($2::text[]) OR (body->'referents') ?| $2::text[]) ORDER BY id, snapshot_id`,
          [snapshotIds, ids],
        ),
      );
    },

    /** Entities that name `id` in one of their entity properties (its sanctions, ownerships, passports…). */
    async referencing(snapshotIds: string[], id: string): Promise<FtmEntityRow[]> {
      return rows(
        await db.query(
          'SELECT snapshot_id, body FROM ftm_entity WHERE snapshot_id = ANY($1::text[]) AND refs @> jsonb_build_array($2::text) ORDER BY id, snapshot_id',
          [snapshotIds, id],
        ),
      );
    },

    /**
     * Entities of the snapshots whose text holds every term (case-insensitive), optionally of some
     * schemata only, in id order; at most `max`.
     */
    async find(snapshotIds: string[], opts: { terms: string[]; schemata?: string[]; max: number }): Promise<FtmEntityRow[]> {
      const params: unknown[] = [snapshotIds, opts.max];
      const where = ['snapshot_id = ANY($1::text[])'];
      if (opts.schemata) {
        params.push(opts.schemata);
        where.push(`schema = ANY($${params.length}::text[])`);
      }
      for (const t of opts.terms) {
        params.push(`%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        where.push(`lower(body->>'properties') LIKE lower($${params.length})`);
      }
      return rows(await db.query(`SELECT snapshot_id, body FROM ftm_entity WHERE ${where.join(' AND ')} ORDER BY id, snapshot_id LIMIT $2`, params));
    },
  };
}

export type FtmEntitiesRepository = ReturnType<typeof ftmEntitiesRepository>;

/** Snapshots that hold whole FtM entities, with the files they were imported from and their base. */
export async function ftmSnapshots(db: Queryable): Promise<{ id: string; files: { file: string }[]; base: string | null }[]> {
  const r = await db.query<{ id: string; files: unknown; base_snapshot: string | null }>(
    'SELECT s.id, s.files, s.base_snapshot FROM list_snapshot s WHERE EXISTS (SELECT 1 FROM ftm_entity e WHERE e.snapshot_id = s.id)',
  );
  return r.map((x) => ({ id: x.id, files: json<{ file: string }[]>(x.files) ?? [], base: x.base_snapshot }));
}
