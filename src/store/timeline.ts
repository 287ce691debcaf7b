/**
 * The timeline: releases, measures, contacts and political events as one dated list, each with
 * its source. A view over the kind tables rather than a copy of them.
 */
import type { Queryable } from './db.ts';
import { LeverageError } from '../domain/errors.ts';
import { publicRow } from './tables.ts';

export interface TimelineEntry {
  kind: 'release' | 'measure' | 'contact' | 'political_event';
  id: string;
  date: string;
  date_start: string;
  /** Subtype: release mode, measure action, contact kind or event kind. */
  type: string;
  /** Who acted: issuer, contact parties, release counterparts. */
  actor: string | null;
  title: string;
  quantity: number | null;
  source_url: string | null;
  publisher: string | null;
}

export interface TimelineFilter {
  from?: string;
  to?: string;
  kinds?: TimelineEntry['kind'][];
}

const UNION = `
  SELECT 'release' AS kind, id, date, date_start, mode AS type,
         coalesce(brokered_by->>0, received_by->>0) AS actor,
         count || ' released' || coalesce(' (' || array_to_string(ARRAY(SELECT jsonb_array_elements_text(notable_people)), ', ') || ')', '') AS title,
         count::double precision AS quantity, source_id FROM release
  UNION ALL
  SELECT 'measure', id, date, date_start, action, issuer, summary, target_count::double precision, source_id FROM measure
  UNION ALL
  SELECT 'contact', id, date, date_start, kind, from_actor || ' → ' || to_actor, summary, NULL, source_id FROM contact
  UNION ALL
  SELECT 'political_event', id, date, date_start, kind, NULL, summary, quantity, source_id FROM political_event`;

/** Timeline entries in date order, filtered by day range (inclusive) and kinds. */
export async function loadTimeline(db: Queryable, filter: TimelineFilter = {}): Promise<TimelineEntry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.from) where.push(`e.date_start >= $${params.push(filter.from)}`);
  if (filter.to) where.push(`e.date_start <= $${params.push(filter.to)}`);
  if (filter.kinds?.length) where.push(`e.kind IN (${filter.kinds.map((k) => `$${params.push(k)}`).join(', ')})`);
  return db.query<TimelineEntry & Record<string, unknown>>(
    `SELECT e.kind, e.id, e.date, e.date_start, e.type, e.actor, e.title, e.quantity, s.url AS source_url, s.publisher
     FROM (${PUBLIC_UNION}) e LEFT JOIN source s ON s.id = e.source_id
     ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
     ORDER BY e.date_start, e.kind, e.id`,
    params,
  );
}

/** One page of the timeline and the cursor of the next (absent on the last page). */
export interface TimelinePage {
  items: TimelineEntry[];
  next_cursor?: string;
}

// Each branch of UNION: its kind, its table, and its select list (applied to the page's rows only).
type Branch = { kind: TimelineEntry['kind']; table: string; select: string };
const BRANCHES: Branch[] = UNION.split('UNION ALL').map((sql) => {
  const [, select, table] = /^\s*(SELECT[\s\S]*) FROM (\w+)\s*$/.exec(sql)!;
  return { kind: /'(\w+)'/.exec(sql)![1] as TimelineEntry['kind'], table: table!, select: select! };
});
/** UNION over public rows only (the timeline is public: no deleted or unpublished records). */
const PUBLIC_UNION = BRANCHES.map((b) => `${b.select} FROM (SELECT * FROM ${b.table} WHERE ${publicRow()}) ${b.table}`).join(' UNION ALL ');

/**
 * A page of `limit` entries in the order of `loadTimeline`, after `cursor` (the `next_cursor` of
 * the previous page). Each kind's table is read in (date_start, id) order up to `limit` rows past
 * the cursor and the four runs are merged, so a page costs the same at any depth and any size.
 */
export async function loadTimelinePage(db: Queryable, filter: TimelineFilter & { cursor?: string; limit: number }): Promise<TimelinePage> {
  const after = filter.cursor ? decodeTimelineCursor(filter.cursor) : undefined;
  const params: unknown[] = [];
  const parts: string[] = [];
  for (const b of BRANCHES) {
    if (filter.kinds?.length && !filter.kinds.includes(b.kind)) continue;
    const where: string[] = [publicRow()];
    if (filter.from) where.push(`date_start >= $${params.push(filter.from)}`);
    if (filter.to) where.push(`date_start <= $${params.push(filter.to)}`);
    if (after) {
      // After (d, k, i) in (date_start, kind, id) order, within one kind's branch.
      const d = `$${params.push(after[0])}`;
      if (b.kind > after[1]) where.push(`date_start >= ${d}`);
      else if (b.kind < after[1]) where.push(`date_start > ${d}`);
      else where.push(`(date_start > ${d} OR (date_start = ${d} AND id > $${params.push(after[2])}))`);
    }
    const page = `SELECT * FROM ${b.table} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY date_start, id LIMIT ${filter.limit + 1}`;
    parts.push(
      `SELECT kind::text, id, date, date_start, type::text, actor::text, title::text, quantity::double precision, source_id FROM (${b.select} FROM (${page}) ${b.table}) AS b(kind, id, date, date_start, type, actor, title, quantity, source_id)`,
    );
  }
  if (!parts.length) return { items: [] };
  const rows = await db.query<TimelineEntry & Record<string, unknown>>(
    `SELECT e.kind, e.id, e.date, e.date_start, e.type, e.actor, e.title, e.quantity, s.url AS source_url, s.publisher
     FROM (${parts.join(' UNION ALL ')}) e LEFT JOIN source s ON s.id = e.source_id
     ORDER BY e.date_start, e.kind, e.id LIMIT ${filter.limit + 1}`,
    params,
  );
  const more = rows.length > filter.limit;
  const items = more ? rows.slice(0, filter.limit) : rows;
  const last = items[items.length - 1];
  return { items, ...(more && last ? { next_cursor: Buffer.from(JSON.stringify([last.date_start, last.kind, last.id])).toString('base64url') } : {}) };
}

function decodeTimelineCursor(cursor: string): [string, string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string')) return v as [string, string, string];
  } catch {
    // falls through to the error below
  }
  throw new LeverageError('invalid_value', 'cursor is not one this API gave out', {
    location: { column: 'cursor' },
    expected: 'the next_cursor of a previous page',
  });
}
