/** Actors (people, organisations, states, blocs) with every spelling of their names. */
import type { Queryable } from './db.ts';
import { publicActor, publicRow } from './tables.ts';

export interface ActorName {
  value: string;
  script: string | null;
  language: string | null;
  romanisation: string | null;
  kind: string;
}

export interface Actor {
  id: string;
  kind: string;
  primary_name: string;
  country: string | null;
  names: ActorName[];
  /** Cases this actor is the person of. */
  case_ids: string[];
}

const SELECT = `
  SELECT a.id, a.kind, a.primary_name, a.country,
    coalesce((SELECT jsonb_agg(jsonb_build_object('value', n.value, 'script', n.script, 'language', n.language, 'romanisation', n.romanisation, 'kind', n.kind) ORDER BY n.id)
              FROM actor_name n WHERE n.actor_id = a.id), '[]'::jsonb) AS names,
    coalesce((SELECT jsonb_agg(c.id ORDER BY c.id) FROM detention_case c WHERE c.actor_id = a.id AND ${publicRow('c')}), '[]'::jsonb) AS case_ids
  FROM actor a`;

/** A page of actors in id order, after `cursor` (an actor id), optionally of one kind. */
export async function listActors(db: Queryable, q: { kind?: string; cursor?: string; limit: number }): Promise<{ items: Actor[]; next_cursor?: string }> {
  const where: string[] = [publicActor('a')];
  const params: unknown[] = [];
  if (q.kind) where.push(`a.kind = $${params.push(q.kind)}`);
  if (q.cursor) where.push(`a.id > $${params.push(q.cursor)}`);
  const rows = await db.query<Actor & Record<string, unknown>>(
    `${SELECT} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY a.id LIMIT $${params.push(q.limit + 1)}`,
    params,
  );
  const more = rows.length > q.limit;
  const items = more ? rows.slice(0, q.limit) : rows;
  return { items, ...(more ? { next_cursor: items[items.length - 1]!.id } : {}) };
}

export async function getActor(db: Queryable, id: string): Promise<Actor | undefined> {
  return (await db.query<Actor & Record<string, unknown>>(`${SELECT} WHERE a.id = $1 AND ${publicActor('a')}`, [id]))[0];
}
