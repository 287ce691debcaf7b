/**
 * `GET /entities/{id}/adjacent` and `GET /entities/{id}/adjacent/{property}` of the yente-compatible
 * API: the entities one edge away from an entity, grouped by the property that reaches them and
 * paged per property. The groups are those of the nested entity (`yenteEntity`): what the
 * entity's own entity properties name (`addressEntity`), and the entities naming it under the
 * reverse property (`sanctions`, `ownershipOwner`, `familyRelative`…), with the far ends of those
 * nested one level and never paged. Within a group, entities come in id order, so pages are stable.
 */
import { LeverageError } from '../domain/errors.ts';
import { FTM_MODEL } from '../export/ftm/index.ts';
import type { Queryable } from '../store/db.ts';
import { yenteEntity, type YenteEntity } from './yente.ts';

export const ADJACENT_DEFAULT_LIMIT = 10;
export const ADJACENT_MAX_LIMIT = 500;

/** One property's page of adjacent entities. */
export interface AdjacentPage {
  results: YenteEntity[];
  total: { value: number; relation: 'eq' };
  limit: number;
  offset: number;
}

export interface AdjacentOptions {
  limit?: number;
  offset?: number;
}

/** The entity-valued groups of a nested entity, each sorted by id. */
function groups(nested: YenteEntity): Map<string, YenteEntity[]> {
  const out = new Map<string, YenteEntity[]>();
  for (const [prop, values] of Object.entries(nested.properties)) {
    const entities = values.filter((v): v is YenteEntity => typeof v === 'object');
    if (entities.length)
      out.set(
        prop,
        entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      );
  }
  return out;
}

function page(entities: YenteEntity[], opts: AdjacentOptions): AdjacentPage {
  const limit = opts.limit ?? ADJACENT_DEFAULT_LIMIT;
  const offset = opts.offset ?? 0;
  return { results: entities.slice(offset, offset + limit), total: { value: entities.length, relation: 'eq' }, limit, offset };
}

/** The entity as stored (entity properties as ids) and a page of each group of adjacent entities. */
export async function yenteAdjacent(
  db: Queryable,
  id: string,
  opts: AdjacentOptions = {},
): Promise<{ entity: YenteEntity; adjacent: Record<string, AdjacentPage> }> {
  const nested = await yenteEntity(db, id, true);
  const entity = await yenteEntity(db, nested.id, false);
  const adjacent: Record<string, AdjacentPage> = {};
  for (const [prop, entities] of groups(nested)) adjacent[prop] = page(entities, opts);
  return { entity, adjacent };
}

/**
 * Whether `prop` can hold adjacent entities of `schema`: one of its entity properties, or the
 * reverse property of one pointing at it (`sanctions` of a Person, `paymentPayer` of a company).
 */
function adjacentProperty(schema: string, prop: string): boolean {
  const s = FTM_MODEL.getSchema(schema);
  return s.hasProperty(prop) && s.getProperty(prop).type.name === 'entity';
}

/** One group's page; an unknown entity or a property that holds no entities for its schema is a 404. */
export async function yenteAdjacentProperty(db: Queryable, id: string, prop: string, opts: AdjacentOptions = {}): Promise<AdjacentPage> {
  const nested = await yenteEntity(db, id, true);
  if (!adjacentProperty(nested.schema, prop))
    throw new LeverageError('not_found', `${nested.schema} has no entity property ${JSON.stringify(prop)}`, {
      location: { column: 'property_name' },
    });
  return page(groups(nested).get(prop) ?? [], opts);
}
