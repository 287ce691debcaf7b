/**
 * The yente-compatible API (OpenSanctions' screening service) over the OpenSanctions entities kept
 * whole and the official lists' designations (`yente-lists.ts`): which collections exist (`catalog`), an entity with its neighbours (`entity`), search
 * with yente's filters and facets (`yente-search.ts`) and matching (`yente-match.ts`). A
 * collection is a current OpenSanctions snapshot, named after the folder its `entities.ftm.json`
 * came from (OpenSanctions publishes `…/<dataset>/entities.ftm.json`), plus `default` (all of them)
 * and every source dataset named in the entities' `datasets`. Read-only.
 */
import { basename, dirname } from 'node:path';
import { currentSnapshots } from '../analysis/list-diff/index.ts';
import { LeverageError } from '../domain/errors.ts';
import { FTM_MODEL, type FtmSourceEntity } from '../export/ftm/index.ts';
import type { Queryable } from '../store/db.ts';
import { ftmEntitiesRepository, ftmSnapshots, type FtmEntityRow } from '../store/ftm-entities.ts';
import { listsRepository } from '../store/lists.ts';
import { findListEntity, officialLists } from './yente-lists.ts';

/** An entity as yente answers with it. */
export interface YenteEntity {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, (string | YenteEntity)[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

/** The entities in reach: current snapshots with whole entities, each with its collection name. */
export interface YenteScope {
  snapshots: string[];
  collectionOf: Map<string, string>;
}

/** The collection name of a snapshot's file: the folder of `entities.ftm.json`, else the file name before `.ftm.json` / `.json`. */
export function collectionName(file: string): string {
  const name = basename(file);
  if (/^entities\.(ftm|delta)\.json$/.test(name)) return basename(dirname(file));
  return name.replace(/(_entities)?\.(ftm\.)?json$/, '').replace(/\.ftm$/, '');
}

export async function yenteScope(db: Queryable): Promise<YenteScope> {
  const withEntities = await ftmSnapshots(db);
  const byId = new Map(withEntities.map((s) => [s.id, s]));
  const current = currentSnapshots(await listsRepository(db).listSnapshots()).filter((s) => byId.has(s.id));
  const collectionOf = new Map<string, string>();
  for (const s of current) {
    // A delta's snapshot is named after the full file its chain started from.
    let root = byId.get(s.id)!;
    while (root.base && byId.has(root.base)) root = byId.get(root.base)!;
    collectionOf.set(s.id, collectionName(root.files[0]?.file ?? s.id));
  }
  return { snapshots: current.map((s) => s.id), collectionOf };
}

/** An entity row as yente shows it: the collection joins the entity's own datasets. */
export function toYente(row: FtmEntityRow, scope: YenteScope): YenteEntity {
  const e = row.entity;
  const collection = scope.collectionOf.get(row.snapshotId);
  const datasets = [...(e.datasets ?? [])];
  if (collection && !datasets.includes(collection)) datasets.push(collection);
  const seconds = (v?: string) => (v ? v.slice(0, 19) : null);
  return {
    id: e.id,
    caption: e.caption || e.properties.name?.[0] || e.id,
    schema: e.schema,
    properties: { ...e.properties },
    datasets,
    referents: e.referents ?? [],
    target: e.target ?? false,
    first_seen: seconds(e.first_seen),
    last_seen: seconds(e.last_seen),
    last_change: seconds(e.last_change),
  };
}

/** Whether `name` is a collection of the scope, `default`, or a dataset named by its entities. */
export async function knownDataset(db: Queryable, scope: YenteScope, name: string): Promise<boolean> {
  if (name === 'default' || [...scope.collectionOf.values()].includes(name)) return true;
  if ((await officialLists(db)).some((l) => l.collection === name)) return true;
  return (await yenteCatalog(db, scope)).datasets.some((d) => d.name === name);
}

/** Whether an entity of `row` belongs to dataset `name` (`default` holds everything). */
export function inDataset(e: YenteEntity, name: string): boolean {
  return name === 'default' || e.datasets.includes(name);
}

export interface YenteDataset {
  name: string;
  title: string;
  type: 'collection' | 'source';
  entity_count: number;
  load: boolean;
  children?: string[];
}

/**
 * How many entities of a snapshot name each source dataset. A snapshot's entities do not change
 * once imported, so this is read once per snapshot (per store) and kept while it is current.
 */
const datasetCountCache = new WeakMap<object, Map<string, Promise<Map<string, number>>>>();

async function countDatasets(db: Queryable, snapshotId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const page of ftmEntitiesRepository(db).pages(snapshotId))
    for (const e of page) for (const d of e.datasets ?? []) counts.set(d, (counts.get(d) ?? 0) + 1);
  return counts;
}

export async function snapshotDatasets(db: Queryable, scope: YenteScope, snapshotId: string): Promise<Map<string, number>> {
  let cache = datasetCountCache.get(db);
  if (!cache) datasetCountCache.set(db, (cache = new Map()));
  for (const id of cache.keys()) if (!scope.snapshots.includes(id)) cache.delete(id);
  let counts = cache.get(snapshotId);
  if (!counts) {
    counts = countDatasets(db, snapshotId);
    cache.set(snapshotId, counts);
    counts.catch(() => cache.delete(snapshotId));
  }
  return counts;
}

/** `GET /catalog`: the collections and the source datasets their entities name. */
export async function yenteCatalog(
  db: Queryable,
  scope?: YenteScope,
): Promise<{ datasets: YenteDataset[]; current: string[]; outdated: string[]; index_stale: boolean }> {
  const s = scope ?? (await yenteScope(db));
  const repo = ftmEntitiesRepository(db);
  const counts = await repo.counts(s.snapshots);
  const sources = new Map<string, number>();
  const collections: YenteDataset[] = [];
  for (const id of s.snapshots) {
    const names = await snapshotDatasets(db, s, id);
    for (const [d, n] of names) sources.set(d, (sources.get(d) ?? 0) + n);
    const name = s.collectionOf.get(id)!;
    collections.push({
      name,
      title: `${name} (snapshot ${id})`,
      type: 'collection',
      entity_count: counts.get(id) ?? 0,
      load: true,
      children: [...names.keys()].sort(),
    });
  }
  for (const l of await officialLists(db))
    collections.push({
      name: l.collection,
      title: `${l.snapshot.source} (snapshot ${l.snapshot.id}, published ${l.snapshot.published ?? '?'})`,
      type: 'collection',
      entity_count: l.snapshot.entities,
      load: true,
    });
  const total = collections.reduce((a, c) => a + c.entity_count, 0);
  const datasets: YenteDataset[] = [
    {
      name: 'default',
      title: 'Every current list',
      type: 'collection',
      entity_count: total,
      load: true,
      children: collections.map((c) => c.name),
    },
    ...collections,
    // A source dataset that is also a collection (zala's entities come partly from eu_fsf) is listed once, as the collection.
    ...[...sources]
      .filter(([name]) => !collections.some((c) => c.name === name))
      .sort()
      .map(([name, n]): YenteDataset => ({ name, title: name, type: 'source', entity_count: n, load: false })),
  ];
  return { datasets, current: datasets.map((d) => d.name), outdated: [], index_stale: false };
}

/** The schema named, or a 400-style error (`invalid_value`) naming it. */
export function yenteSchema(name: string, where: string) {
  const schema = FTM_MODEL.schemata[name];
  if (!schema)
    throw new LeverageError('invalid_value', `unknown schema ${JSON.stringify(name)}`, {
      location: { column: where },
      expected: 'a FollowTheMoney schema such as Person, Company, LegalEntity',
    });
  return schema;
}

/**
 * `GET /entities/{id}`: the entity (by id or a referent) with, when `nested`, its entity
 * properties replaced by the entities they name and the entities naming it under the reverse
 * property (a person's `sanctions`, `ownershipOwner`, `familyPerson`…). Relations reached that
 * way have their other ends nested too; the root itself is never nested again.
 */
export async function yenteEntity(db: Queryable, id: string, nested = true): Promise<YenteEntity> {
  const scope = await yenteScope(db);
  const repo = ftmEntitiesRepository(db);
  const [row] = await repo.byIds(scope.snapshots, [id]);
  if (!row) {
    const listed = await findListEntity(db, await officialLists(db), id, nested);
    if (listed) return listed;
    throw new LeverageError('not_found', `no entity ${id}`, { location: { column: 'id' } });
  }
  const root = toYente(row, scope);
  if (!nested) return root;
  const fetch = async (ids: string[]) => new Map((await repo.byIds(scope.snapshots, ids)).map((r) => [r.entity.id, toYente(r, scope)]));
  /** Replaces entity-typed values of `e` (except `skip`) by the entities, without going deeper. */
  const nest = async (e: YenteEntity, skip: string): Promise<YenteEntity> => {
    const schema = FTM_MODEL.getSchema(e.schema);
    const refs = Object.entries(e.properties).filter(([p]) => schema.hasProperty(p) && schema.getProperty(p).type.name === 'entity');
    const found = await fetch(refs.flatMap(([, v]) => v.filter((x): x is string => typeof x === 'string' && x !== skip)));
    const properties = { ...e.properties };
    for (const [p, values] of refs) properties[p] = values.map((v) => (typeof v === 'string' && found.get(v)) || v);
    return { ...e, properties };
  };
  const out = await nest(root, root.id);
  for (const r of await repo.referencing(scope.snapshots, root.id)) {
    const edge = toYente(r, scope);
    const schema = FTM_MODEL.getSchema(edge.schema);
    for (const [prop, values] of Object.entries(r.entity.properties)) {
      if (!values.includes(root.id) || !schema.hasProperty(prop)) continue;
      const reverse = schema.getProperty(prop).getReverse()?.name;
      if (!reverse) continue;
      (out.properties[reverse] ??= []).push(
        schema.isEdge || edge.schema === 'Sanction' || FTM_MODEL.getSchema(edge.schema).isA('Interval') ? await nest(edge, root.id) : edge,
      );
    }
  }
  return out;
}

export type { FtmSourceEntity };
