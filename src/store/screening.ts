/**
 * Screening entries from the store: registry actors (persons and organisations) with all
 * their names, and designations of the latest snapshot of each list source with theirs.
 * Designations also carry what tells namesakes apart: birth dates, nationalities and
 * identifiers (`ScreeningEntry.birthDates`, `nationalities`, `identifiers`). Read-only. A table
 * that does not exist yet (migrations of another module not applied) is skipped, so screening
 * works on whatever part of the store exists.
 */
import type { Queryable } from './db.ts';
import { publicActor } from './tables.ts';

/** A screenable entry with all its names (the shape `src/names` indexes as a `ScreeningEntry`). */
export interface StoredScreeningEntry {
  id: string;
  names: string[];
  /** Names the list marks as weak (low-quality) aliases (`designation_name.kind = 'weak_alias'`). */
  weakNames?: string[];
  schema: 'Person' | 'Organization';
  /** Birth dates as the list writes them (EDTF: `1962`, `1962-02-18`, `1946~`). */
  birthDates?: string[];
  /** Nationalities and citizenships as the list writes them (country names or codes). */
  nationalities?: string[];
  /** Identifier values (passport, national id, registration numbers), without their types. */
  identifiers?: string[];
  [extra: string]: unknown;
}

/** Where a screening entry came from, carried in `ScreeningEntry.origin`. */
export type ScreeningOrigin = 'registry' | 'designation';

interface NameRow {
  id: string;
  kind: string;
  primary_name: string;
  value: string | null;
  name_kind?: string | null;
  list_source?: string;
  snapshot_id?: string;
  [k: string]: unknown;
}

// 42P01 is PostgreSQL's undefined_table; PGlite reports the same code.
function isMissingTable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '42P01' || /does not exist/iu.test(e?.message ?? '');
}

interface PropertyRow {
  id: string;
  list_source: string;
  birth_dates: unknown;
  nationalities: unknown;
  identifiers: unknown;
  [k: string]: unknown;
}

async function tryQuery<T extends Record<string, unknown>>(db: Queryable, sql: string): Promise<T[]> {
  try {
    return await db.query<T>(sql);
  } catch (err) {
    if (isMissingTable(err)) return [];
    throw err;
  }
}

// Only the latest complete snapshot of each list source is current: never a sample (declared, or
// under a tenth of the source's largest snapshot, as src/analysis/list-diff/pair.ts decides).
const LATEST = `latest AS (
      SELECT DISTINCT ON (source) id, source FROM list_snapshot s
      WHERE sample IS NOT TRUE AND (sample IS FALSE OR entities >= 0.1 * (SELECT max(o.entities) FROM list_snapshot o WHERE o.source = s.source AND o.sample IS NOT TRUE))
      ORDER BY source, published DESC NULLS LAST, version DESC NULLS LAST, seq DESC NULLS LAST, id DESC
    )`;

/** The distinct non-empty strings of a JSON array (as stored, or as text), each read by `pick`. */
function strings(value: unknown, pick: (x: unknown) => unknown = (x) => x): string[] {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const x of list) {
    const v = pick(x);
    if (typeof v === 'string' && v.trim() && !out.includes(v.trim())) out.push(v.trim());
  }
  return out;
}

const schemaOfKind = (kind: string): 'Person' | 'Organization' | undefined =>
  kind === 'person' ? 'Person' : kind === 'organisation' || kind === 'organization' ? 'Organization' : undefined;

/**
 * Loads every screenable entry. Registry ids are `actor:<id>`; designation ids are
 * `<list_source>:<source_id>`. States, blocs, vessels and aircraft are left out (no person
 * or organisation name model). Returns `[]` when neither table exists.
 */
export async function loadScreeningEntries(db: Queryable): Promise<StoredScreeningEntry[]> {
  const entries = new Map<string, StoredScreeningEntry>();
  const add = (id: string, schema: 'Person' | 'Organization' | undefined, name: string | null, extra: Record<string, unknown>, weak = false) => {
    if (!schema) return;
    let e = entries.get(id);
    if (!e) {
      e = { id, names: [], schema, ...extra };
      entries.set(id, e);
    }
    if (!name || e.names.includes(name)) return;
    if (!weak) {
      e.names.push(name);
      // A name the list gives both ways counts as a full name.
      if (e.weakNames?.includes(name)) e.weakNames = e.weakNames.filter((n) => n !== name);
    } else if (!e.weakNames?.includes(name)) (e.weakNames ??= []).push(name);
  };
  const actors = await tryQuery<NameRow>(
    db,
    `
    SELECT a.id, a.kind, a.primary_name, n.value
    FROM actor a LEFT JOIN actor_name n ON n.actor_id = a.id
    WHERE ${publicActor('a')}
    ORDER BY a.id, n.id`,
  );
  for (const r of actors) {
    add(`actor:${r.id}`, schemaOfKind(r.kind), r.primary_name, { origin: 'registry', actorId: r.id, primaryName: r.primary_name });
    add(`actor:${r.id}`, schemaOfKind(r.kind), r.value, {});
  }
  const designations = await tryQuery<NameRow>(
    db,
    `
    WITH ${LATEST}
    SELECT d.source_id AS id, d.entity_kind AS kind, d.primary_name, n.value, n.kind AS name_kind, d.list_source, d.snapshot_id
    FROM designation d
    JOIN latest l ON l.id = d.snapshot_id
    LEFT JOIN designation_name n ON n.snapshot_id = d.snapshot_id AND n.source_id = d.source_id
    ORDER BY d.list_source, d.source_id`,
  );
  for (const r of designations) {
    const id = `${r.list_source}:${r.id}`;
    const extra = { origin: 'designation', listSource: r.list_source, sourceId: r.id, snapshotId: r.snapshot_id, primaryName: r.primary_name };
    add(id, schemaOfKind(r.kind), r.primary_name, extra);
    add(id, schemaOfKind(r.kind), r.value, {}, r.name_kind === 'weak_alias');
  }
  // Properties once per designation (not per name row); a list that states none adds nothing.
  const properties = await tryQuery<PropertyRow>(
    db,
    `
    WITH ${LATEST}
    SELECT d.source_id AS id, d.list_source, d.data->'birthDates' AS birth_dates, d.data->'nationalities' AS nationalities,
      d.data->'identifiers' AS identifiers
    FROM designation d
    JOIN latest l ON l.id = d.snapshot_id`,
  );
  for (const r of properties) {
    const e = entries.get(`${r.list_source}:${r.id}`);
    if (!e) continue;
    const birthDates = strings(r.birth_dates);
    const nationalities = strings(r.nationalities);
    const identifiers = strings(r.identifiers, (x) => (x as { value?: unknown })?.value);
    if (birthDates.length) e.birthDates = birthDates;
    if (nationalities.length) e.nationalities = nationalities;
    if (identifiers.length) e.identifiers = identifiers;
  }
  return [...entries.values()];
}
