/**
 * The sanctions-list repository: the only file holding SQL for `list_snapshot`, `designation`,
 * `designation_name` and `list_measure` (migration 0002_lists.sql). It stores what it is given;
 * reading files and applying a file's events in order is the application layer's work
 * (`src/app/import-lists.ts`).
 */
import type { Designation, ListFormat, ListSource } from '../domain/designation.ts';
import { LeverageError } from '../domain/errors.ts';
import type { CandidateMeasure, CuratedMeasure } from '../domain/list-measure.ts';
import type { Queryable } from './db.ts';

/** A stored snapshot as `lists snapshots` and `lists import --json` show it. */
export interface SnapshotRow {
  id: string;
  source: ListSource;
  format: ListFormat;
  published: string | null;
  content_hash: string;
  imported_at?: string;
  entities: number;
  names: number;
  by_kind: Record<string, number>;
  by_programme: Record<string, number>;
  missing: string[];
  base_snapshot?: string | null;
  /** The publisher's version id (OpenSanctions `20240528074703-npf`), ordering same-day snapshots. */
  version?: string | null;
  /** Import order. */
  seq?: number | string | null;
  /** The list within the source (OpenSanctions: its datasets); null when the source is one list. */
  list_key?: string | null;
  /** Declared sample (true) or full list (false); null: decided by size (`src/analysis/list-diff/pair.ts`). */
  sample?: boolean | null;
}

/** A new snapshot's row, before its designations are written. */
export interface NewSnapshot {
  id: string;
  source: ListSource;
  format: ListFormat;
  /** Publication date when known before reading (`--as-of`); the file's own date is set by `finishSnapshot`. */
  published: string | null;
  contentHash: string;
  missing: string[];
  files: { file: string; hash: string }[];
  /** The snapshot a delta applies to. */
  baseSnapshot: string | null;
  version?: string | null;
  sample?: boolean | null;
}

/** The repository over a connection or transaction. */
export function listsRepository(db: Queryable) {
  async function snapshotByHash(hash: string): Promise<SnapshotRow | undefined> {
    return (await db.query<SnapshotRow & Record<string, unknown>>('SELECT * FROM list_snapshot WHERE content_hash = $1', [hash]))[0];
  }

  async function getSnapshot(id: string): Promise<SnapshotRow> {
    const row = (await db.query<SnapshotRow & Record<string, unknown>>('SELECT * FROM list_snapshot WHERE id = $1', [id]))[0];
    if (!row) throw new LeverageError('not_found', `no snapshot ${id}`, { expected: 'an id from `leverage lists snapshots`' });
    return row;
  }

  async function insertDesignations(snapshotId: string, rows: Designation[]): Promise<void> {
    if (!rows.length) return;
    const byId = new Map(rows.map((d) => [d.sourceId, d])); // last wins within a batch
    const list = [...byId.values()];
    const params: unknown[] = [snapshotId];
    const values = list.map((d) => {
      params.push(d.sourceId, d.listSource, d.entityKind, d.names[0]?.value ?? '', JSON.stringify(d.programmes), JSON.stringify(d));
      const n = params.length;
      return `($1, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}::jsonb, $${n}::jsonb)`;
    });
    await db.query('DELETE FROM designation_name WHERE snapshot_id = $1 AND source_id = ANY($2::text[])', [snapshotId, list.map((d) => d.sourceId)]);
    await db.query(
      `INSERT INTO designation (snapshot_id, source_id, list_source, entity_kind, primary_name, programmes, data) VALUES ${values.join(', ')}
       ON CONFLICT (snapshot_id, source_id) DO UPDATE SET list_source = EXCLUDED.list_source, entity_kind = EXCLUDED.entity_kind,
         primary_name = EXCLUDED.primary_name, programmes = EXCLUDED.programmes, data = EXCLUDED.data`,
      params,
    );
    const names = list.flatMap((d) => d.names.map((n) => [d.sourceId, n.value, n.script ?? null, n.language ?? null, n.kind]));
    for (let i = 0; i < names.length; i += 1000) {
      const chunk = names.slice(i, i + 1000);
      const p: unknown[] = [snapshotId];
      const v = chunk.map((row) => {
        p.push(...row);
        const n = p.length;
        return `($1, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
      });
      await db.query(`INSERT INTO designation_name (snapshot_id, source_id, value, script, language, kind) VALUES ${v.join(', ')}`, p);
    }
  }

  /** Replaces the stored data of designations already in the snapshot (patched by the caller). */
  async function updateDesignations(snapshotId: string, rows: Designation[]): Promise<void> {
    if (!rows.length) return;
    const payload = rows.map((d) => ({ source_id: d.sourceId, list_source: d.listSource, programmes: d.programmes, data: d }));
    await db.query(
      `UPDATE designation d SET list_source = x.list_source, programmes = x.programmes, data = x.data
       FROM jsonb_to_recordset($2::jsonb) AS x(source_id text, list_source text, programmes jsonb, data jsonb)
       WHERE d.snapshot_id = $1 AND d.source_id = x.source_id`,
      [snapshotId, JSON.stringify(payload)],
    );
  }

  async function finish(id: string, published: string | undefined, source: ListSource): Promise<SnapshotRow> {
    await db.query(
      `UPDATE list_snapshot SET published = COALESCE(published, $2), source = $3,
         entities = (SELECT count(*)::int FROM designation WHERE snapshot_id = $1),
         names = (SELECT count(*)::int FROM designation_name WHERE snapshot_id = $1),
         by_kind = (SELECT COALESCE(jsonb_object_agg(entity_kind, n), '{}'::jsonb) FROM (SELECT entity_kind, count(*)::int AS n FROM designation WHERE snapshot_id = $1 GROUP BY entity_kind) k),
         by_programme = (SELECT COALESCE(jsonb_object_agg(p, n), '{}'::jsonb) FROM (SELECT p, count(*)::int AS n FROM designation, jsonb_array_elements_text(programmes) AS p WHERE snapshot_id = $1 GROUP BY p) q),
         list_key = CASE WHEN base_snapshot IS NOT NULL OR $3 <> 'opensanctions' THEN list_key ELSE
           (SELECT string_agg(DISTINCT o->>'value', '+' ORDER BY o->>'value') FROM designation, jsonb_array_elements(data->'otherInfo') AS o
            WHERE snapshot_id = $1 AND o->>'type' = 'dataset') END
       WHERE id = $1`,
      [id, published ?? null, source],
    );
    return getSnapshot(id);
  }

  return {
    getSnapshot,
    snapshotByHash,

    insertDesignations,
    updateDesignations,

    /** Creates a snapshot row; with a base snapshot, copies the base's designations and names into it. */
    async createSnapshot(row: NewSnapshot): Promise<void> {
      await db.query(
        `INSERT INTO list_snapshot (id, source, format, published, content_hash, missing, files, base_snapshot, version, sample, seq, list_key)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, (SELECT COALESCE(max(seq), 0) + 1 FROM list_snapshot),
           (SELECT list_key FROM list_snapshot WHERE id = $8))`,
        [
          row.id,
          row.source,
          row.format,
          row.published,
          row.contentHash,
          JSON.stringify(row.missing),
          JSON.stringify(row.files),
          row.baseSnapshot,
          row.version ?? null,
          row.sample ?? null,
        ],
      );
      if (!row.baseSnapshot) return;
      await db.query(
        `INSERT INTO designation (snapshot_id, source_id, list_source, entity_kind, primary_name, programmes, data)
         SELECT $1, source_id, list_source, entity_kind, primary_name, programmes, data FROM designation WHERE snapshot_id = $2`,
        [row.id, row.baseSnapshot],
      );
      await db.query(
        `INSERT INTO designation_name (snapshot_id, source_id, value, script, language, kind)
         SELECT $1, source_id, value, script, language, kind FROM designation_name WHERE snapshot_id = $2`,
        [row.id, row.baseSnapshot],
      );
    },

    /** Sets a snapshot's publication date. */
    async setPublished(id: string, published: string): Promise<void> {
      await db.query('UPDATE list_snapshot SET published = $2 WHERE id = $1', [id, published]);
    },

    /** Declares a snapshot a sample (true), a full list (false), or leaves it to its size (null). */
    async setSample(id: string, sample: boolean | null): Promise<void> {
      await db.query('UPDATE list_snapshot SET sample = $2 WHERE id = $1', [id, sample]);
    },

    /** Deletes a snapshot with its designations, names and the measures derived from it. */
    async deleteSnapshot(id: string): Promise<void> {
      await db.query('DELETE FROM list_snapshot WHERE id = $1', [id]);
    },

    /** Removes one designation (and its names) from a snapshot. */
    async deleteDesignation(snapshotId: string, sourceId: string): Promise<void> {
      await db.query('DELETE FROM designation WHERE snapshot_id = $1 AND source_id = $2', [snapshotId, sourceId]);
    },

    /** Sets the file's publication date (unless one was given), the source, and the counts; returns the row. */
    finishSnapshot: finish,

    /** All snapshots, newest first within each source. */
    async listSnapshots(): Promise<SnapshotRow[]> {
      return db.query<SnapshotRow & Record<string, unknown>>(
        'SELECT * FROM list_snapshot ORDER BY source, published DESC NULLS LAST, version DESC NULLS LAST, seq DESC NULLS LAST',
      );
    },

    /**
     * Designations of a snapshot; only those in `programme` (with `programmePrefix`: a tag starting
     * with it) when given, or only `ids`; with `limit`, a page in source-id order after `after`.
     */
    async loadDesignations(
      snapshotId: string,
      filter: { programme?: string; programmePrefix?: boolean; ids?: string[]; after?: string; limit?: number } = {},
    ): Promise<Designation[]> {
      // A page: source ids after `after`, in order, at most `limit` (the primary key's order).
      const params: unknown[] = [snapshotId];
      const page = `${filter.after !== undefined ? ` AND source_id > $${params.push(filter.after)}` : ''}${filter.limit ? ` ORDER BY source_id LIMIT ${Math.floor(filter.limit)}` : ''}`;
      const rows = filter.ids
        ? await db.query<{ data: Designation }>('SELECT data FROM designation WHERE snapshot_id = $1 AND source_id = ANY($2::text[])', [snapshotId, filter.ids])
        : filter.programme
          ? await db.query<{ data: Designation }>(
              filter.programmePrefix
                ? `SELECT data FROM designation WHERE snapshot_id = $1 AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(programmes) AS p WHERE left(p, length($${params.push(filter.programme)})) = $${params.length})${page}`
                : `SELECT data FROM designation WHERE snapshot_id = $1 AND programmes @> $${params.push(JSON.stringify([filter.programme]))}::jsonb${page}`,
              params,
            )
          : await db.query<{ data: Designation }>(`SELECT data FROM designation WHERE snapshot_id = $1${page}`, params);
      return rows.map((r) => (typeof r.data === 'string' ? (JSON.parse(r.data) as Designation) : r.data));
    },

    /** Curated measures from the lead's `measure` table, when it exists. */
    async curatedMeasures(): Promise<CuratedMeasure[]> {
      const exists = (await db.query<{ t: string | null }>(`SELECT to_regclass('measure')::text AS t`))[0]?.t;
      if (!exists) return [];
      // `measure.programme` is jsonb (a tag or a list of tags) in migration 0001.
      const rows = await db.query<{ id: string; date: string | null; issuer: string | null; action: string | null; programme: string | null }>(
        `SELECT id, date, issuer, action, programme::text AS programme FROM measure WHERE COALESCE(origin, 'curated') = 'curated'`,
      );
      return rows.map((r) => {
        let programme: string[] = [];
        try {
          const v = r.programme === null ? [] : (JSON.parse(r.programme) as unknown);
          programme = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
        } catch {
          programme = r.programme ? [r.programme] : [];
        }
        return { id: r.id, date: r.date, issuer: r.issuer, action: r.action, programme };
      });
    },

    /** Stores candidate measures (replacing earlier ones with the same id). */
    async saveMeasures(measures: CandidateMeasure[]): Promise<void> {
      for (const m of measures) {
        await db.query(
          `INSERT INTO list_measure (id, date, issuer, action, programme, legal_act, target_kind, targets, target_count, summary, source_id, snapshot_a, snapshot_b, curated_measure_ids)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb)
           ON CONFLICT (id) DO UPDATE SET date = EXCLUDED.date, targets = EXCLUDED.targets, target_count = EXCLUDED.target_count, summary = EXCLUDED.summary, curated_measure_ids = EXCLUDED.curated_measure_ids`,
          [
            m.id,
            m.date,
            m.issuer,
            m.action,
            m.programme,
            m.legalAct ?? null,
            m.targetKind,
            JSON.stringify(m.targets),
            m.targets.length,
            m.summary,
            m.sourceId,
            m.snapshots[0],
            m.snapshots[1],
            JSON.stringify(m.curatedMeasureIds),
          ],
        );
      }
    },
  };
}

/** The repository's type. */
export type ListsRepository = ReturnType<typeof listsRepository>;
