/**
 * The list-update repository: the only SQL for `list_fetch`, `list_change` and
 * `webhook_delivery` (migration 0009_list_fetch.sql). The application layer decides what to
 * fetch, what changed and when to deliver (`src/app/lists-update.ts`).
 */
import type { Queryable } from './db.ts';

/** What the last download of one URL of a fetch source returned. */
export interface FetchStateRow {
  fetch_source: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  sha256: string | null;
  bytes: number | null;
  raw_file: string | null;
  snapshot_id: string | null;
  /** When the URL was last asked (ISO 8601 UTC). */
  checked_at: string;
  /** When its content last changed. */
  changed_at: string | null;
}

/** One designation, delisting or amendment found by an update. */
export interface ListChangeRow {
  id: number;
  recorded_at: string;
  list_source: string;
  snapshot_a: string;
  snapshot_b: string;
  published: string | null;
  change: 'designated' | 'delisted' | 'amended';
  source_id: string;
  name: string;
  kind: string | null;
  programmes: string[];
  fields: string[];
}

export type NewListChange = Omit<ListChangeRow, 'id'>;

/** The outcome of one webhook event sent to one URL. */
export interface WebhookDeliveryRow {
  event_id: string;
  url: string;
  outcome: 'delivered' | 'failed';
  attempts: number;
  response_status: number | null;
  error: string | null;
  finished_at: string;
}

const CHANGE_COLUMNS = ['recorded_at', 'list_source', 'snapshot_a', 'snapshot_b', 'published', 'change', 'source_id', 'name', 'kind', 'programmes', 'fields'];
const BATCH = 500;

export function listFetchRepository(db: Queryable) {
  return {
    async fetchState(fetchSource: string): Promise<FetchStateRow[]> {
      const rows = await db.query<FetchStateRow & Record<string, unknown>>('SELECT * FROM list_fetch WHERE fetch_source = $1 ORDER BY url', [fetchSource]);
      return rows.map((r) => ({ ...r, bytes: r.bytes === null ? null : Number(r.bytes) }));
    },

    async allFetchState(): Promise<FetchStateRow[]> {
      const rows = await db.query<FetchStateRow & Record<string, unknown>>('SELECT * FROM list_fetch ORDER BY fetch_source, url');
      return rows.map((r) => ({ ...r, bytes: r.bytes === null ? null : Number(r.bytes) }));
    },

    async saveFetchState(row: FetchStateRow): Promise<void> {
      await db.query(
        `INSERT INTO list_fetch (fetch_source, url, etag, last_modified, sha256, bytes, raw_file, snapshot_id, checked_at, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (fetch_source, url) DO UPDATE SET etag = $3, last_modified = $4, sha256 = $5, bytes = $6, raw_file = $7,
           snapshot_id = $8, checked_at = $9, changed_at = $10`,
        [row.fetch_source, row.url, row.etag, row.last_modified, row.sha256, row.bytes, row.raw_file, row.snapshot_id, row.checked_at, row.changed_at],
      );
    },

    async insertChanges(changes: NewListChange[]): Promise<void> {
      for (let i = 0; i < changes.length; i += BATCH) {
        const batch = changes.slice(i, i + BATCH);
        const params: unknown[] = [];
        const tuples = batch.map((c) => {
          const values = [c.recorded_at, c.list_source, c.snapshot_a, c.snapshot_b, c.published, c.change, c.source_id, c.name, c.kind];
          values.push(JSON.stringify(c.programmes), JSON.stringify(c.fields));
          const start = params.length;
          params.push(...values);
          return `(${values.map((_, j) => `$${start + j + 1}${j >= 9 ? '::jsonb' : ''}`).join(', ')})`;
        });
        await db.query(`INSERT INTO list_change (${CHANGE_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, params);
      }
    },

    /** The newest changes first; with a programme prefix, those whose programmes include one starting with it. */
    async recentChanges(filter: { limit: number; programmePrefix?: string }): Promise<ListChangeRow[]> {
      const params: unknown[] = [];
      let where = '';
      if (filter.programmePrefix !== undefined) {
        params.push(`${filter.programmePrefix}%`);
        where = `WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(programmes) AS p(v) WHERE p.v LIKE $1)`;
      }
      params.push(filter.limit);
      const rows = await db.query<ListChangeRow & Record<string, unknown>>(
        `SELECT * FROM list_change ${where} ORDER BY id DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map((r) => ({ ...r, id: Number(r.id) }));
    },

    async insertDeliveries(rows: WebhookDeliveryRow[]): Promise<void> {
      for (const r of rows) {
        await db.query(
          'INSERT INTO webhook_delivery (event_id, url, outcome, attempts, response_status, error, finished_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [r.event_id, r.url, r.outcome, r.attempts, r.response_status, r.error, r.finished_at],
        );
      }
    },

    async deliveries(): Promise<WebhookDeliveryRow[]> {
      return db.query<WebhookDeliveryRow & Record<string, unknown>>(
        'SELECT event_id, url, outcome, attempts, response_status, error, finished_at FROM webhook_delivery ORDER BY id',
      );
    },
  };
}
