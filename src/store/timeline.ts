/**
 * The timeline: releases, measures, contacts and political events as one dated list, each with
 * its source. A view over the kind tables rather than a copy of them.
 */
import type { Queryable } from './db.ts';

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
     FROM (${UNION}) e LEFT JOIN source s ON s.id = e.source_id
     ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
     ORDER BY e.date_start, e.kind, e.id`,
    params,
  );
}
