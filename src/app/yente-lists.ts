/**
 * Official lists (OFAC, EU, UK, UN…) imported from their own files, seen through the yente API:
 * each current snapshot is a collection named as OpenSanctions names the same list
 * (`us_ofac_sdn`, `un_sc_sanctions`…), and its designations are FtM entities made by the export
 * (`designationToFtm`: the target, its `Sanction`, its identifications). Read-only.
 */
import { currentSnapshots } from '../analysis/list-diff/index.ts';
import type { Designation } from '../domain/designation.ts';
import { designationEntityId, designationToFtm, type FtmExportEntity } from '../export/ftm/index.ts';
import { LIST_INFO } from '../domain/designation.ts';
import type { Queryable } from '../store/db.ts';
import { listsRepository, type SnapshotRow } from '../store/lists.ts';
import type { YenteEntity } from './yente.ts';

/** One official list in reach: its current snapshot and collection name. */
export interface OfficialList {
  snapshot: SnapshotRow;
  collection: string;
}

/** The current snapshot of every official list (OpenSanctions snapshots are served whole, not from here). */
export async function officialLists(db: Queryable): Promise<OfficialList[]> {
  return currentSnapshots(await listsRepository(db).listSnapshots())
    .filter((s) => s.source !== 'opensanctions')
    .map((snapshot) => ({
      snapshot,
      collection: (LIST_INFO as Record<string, { collection?: string }>)[snapshot.source]?.collection ?? snapshot.source.replace(/[^a-z0-9]+/g, '_'),
    }));
}

/** An exported entity as yente shows it, in collection `collection`. */
function shown(e: FtmExportEntity, collection: string, target: boolean): YenteEntity {
  return {
    id: e.id,
    caption: e.properties.name?.[0] ?? e.properties.number?.[0] ?? e.properties.authority?.[0] ?? e.id,
    schema: e.schema,
    properties: { ...e.properties },
    datasets: [collection],
    referents: [],
    target,
    first_seen: null,
    last_seen: null,
    last_change: null,
  };
}

/** A designation as yente's entity; with `nested`, its Sanction and identifications under `sanctions` / `identification`. */
export function designationEntity(d: Designation, collection: string, nested: boolean): YenteEntity {
  const [target, ...rest] = designationToFtm(d);
  const e = shown(target!, collection, true);
  if (!nested) return e;
  for (const r of rest) {
    const prop = r.schema === 'Sanction' ? 'sanctions' : r.schema === 'Identification' || r.schema === 'Passport' ? 'identification' : undefined;
    if (prop) (e.properties[prop] ??= []).push(shown(r, collection, false));
  }
  return e;
}

/** Designations by source id from one list, as entities. */
export async function listEntities(db: Queryable, list: OfficialList, sourceIds: string[], nested = false): Promise<YenteEntity[]> {
  if (!sourceIds.length) return [];
  const order = new Map(sourceIds.map((id, i) => [id, i]));
  const ds = await listsRepository(db).loadDesignations(list.snapshot.id, { ids: sourceIds });
  return ds.sort((a, b) => order.get(a.sourceId)! - order.get(b.sourceId)!).map((d) => designationEntity(d, list.collection, nested));
}

/** The entity with FtM id `id` in one of the lists (`<list>-<source id>`), or undefined. */
export async function findListEntity(db: Queryable, lists: OfficialList[], id: string, nested: boolean): Promise<YenteEntity | undefined> {
  for (const list of lists) {
    for (const source of new Set([list.snapshot.source, 'us-ofac-sdn', 'us-ofac-cons'])) {
      if (!id.startsWith(`${source}-`)) continue;
      const [e] = await listEntities(db, list, [id.slice(source.length + 1)], nested);
      if (e && e.id === id) return e;
    }
  }
  return undefined;
}

/** A designation made searchable: its entity (not nested) and its data as lower-case text. */
interface ListRow {
  entity: YenteEntity;
  text: string;
}

/**
 * The searchable rows of each snapshot, per store: a snapshot's designations never change, so they
 * are read and made FtM once, on the first search that needs them, and dropped when the snapshot
 * is no longer current. Memory: about 2 KB per designation (13,000 for the shipped lists).
 */
const rowCaches = new WeakMap<object, Map<string, Promise<ListRow[]>>>();
const PAGE = 2000;

async function loadRows(db: Queryable, list: OfficialList): Promise<ListRow[]> {
  const out: ListRow[] = [];
  const repo = listsRepository(db);
  for (let after: string | undefined; ; ) {
    const page = await repo.loadDesignations(list.snapshot.id, { ...(after === undefined ? {} : { after }), limit: PAGE });
    for (const d of page) out.push({ entity: designationEntity(d, list.collection, false), text: JSON.stringify(d).toLowerCase() });
    if (page.length < PAGE) return out;
    after = page[page.length - 1]!.sourceId;
  }
}

async function listRows(db: Queryable, list: OfficialList, current: OfficialList[]): Promise<ListRow[]> {
  let cache = rowCaches.get(db);
  if (!cache) rowCaches.set(db, (cache = new Map()));
  const keep = new Set(current.map((l) => l.snapshot.id));
  for (const id of cache.keys()) if (!keep.has(id)) cache.delete(id);
  let rows = cache.get(list.snapshot.id);
  if (!rows) {
    const id = list.snapshot.id;
    rows = loadRows(db, list);
    cache.set(id, rows);
    rows.catch(() => cache.delete(id));
  }
  return rows;
}

/**
 * Designations of a list whose data holds every term (case-insensitive substrings, as the store's
 * search reads them), as entities in source id order. The entities are shared: callers must not
 * change them.
 */
export async function searchList(db: Queryable, list: OfficialList, terms: string[], current: OfficialList[]): Promise<YenteEntity[]> {
  const rows = await listRows(db, list, current);
  const needles = terms.map((t) => t.toLowerCase());
  return rows.filter((r) => needles.every((t) => r.text.includes(t))).map((r) => r.entity);
}

export { designationEntityId };
