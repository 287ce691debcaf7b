/**
 * Official lists (OFAC, EU, UK, UN…) imported from their own files, seen through the yente API:
 * each current snapshot is a collection named as OpenSanctions names the same list
 * (`us_ofac_sdn`, `un_sc_sanctions`…), and its designations are FtM entities made by the export
 * (`designationToFtm`: the target, its `Sanction`, its identifications). Read-only.
 */
import { currentSnapshots } from '../analysis/list-diff/index.ts';
import type { Designation } from '../domain/designation.ts';
import { designationEntityId, designationToFtm, type FtmExportEntity } from '../export/ftm/index.ts';
import type { Queryable } from '../store/db.ts';
import { designationIdPages, findDesignationIds } from '../store/ftm-source.ts';
import { listsRepository, type SnapshotRow } from '../store/lists.ts';
import type { YenteEntity } from './yente.ts';

/** OpenSanctions' dataset names for the lists we read from their publishers. */
const COLLECTION: Record<string, string> = {
  'us-ofac-sdn': 'us_ofac_sdn',
  'us-ofac-cons': 'us_ofac_cons',
  'eu-fsf': 'eu_fsf',
  'gb-fcdo': 'gb_fcdo_sanctions',
  'un-sc': 'un_sc_sanctions',
};

/** One official list in reach: its current snapshot and collection name. */
export interface OfficialList {
  snapshot: SnapshotRow;
  collection: string;
}

/** The current snapshot of every official list (OpenSanctions snapshots are served whole, not from here). */
export async function officialLists(db: Queryable): Promise<OfficialList[]> {
  return currentSnapshots(await listsRepository(db).listSnapshots())
    .filter((s) => s.source !== 'opensanctions')
    .map((snapshot) => ({ snapshot, collection: COLLECTION[snapshot.source] ?? snapshot.source.replace(/[^a-z0-9]+/g, '_') }));
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

/** Designations of a list whose data holds every term, as entities; at most `max`. */
export async function searchList(db: Queryable, list: OfficialList, terms: string[], max: number): Promise<YenteEntity[]> {
  const ids = terms.length ? await findDesignationIds(db, list.snapshot.id, terms, max) : await firstIds(db, list, max);
  return listEntities(db, list, ids);
}

async function firstIds(db: Queryable, list: OfficialList, max: number): Promise<string[]> {
  const out: string[] = [];
  for await (const page of designationIdPages(db, list.snapshot.id, Math.min(max, 500))) {
    out.push(...page);
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}

export { designationEntityId };
