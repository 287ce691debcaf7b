/**
 * OpenSanctions entities kept whole (`ftm_entity`) back out as FtM: schema, every property,
 * datasets, referents, first/last seen kept. Pure. Where the model we validate against
 * (`@alephdata/followthemoney`) is older or stricter than the file, a value is moved, never
 * dropped: a property the schema lacks (a newer model's `abbreviation`), a phone number that is
 * not E.164, an e-mail that is not an address, a country outside FtM's codes, go to `notes` (`summary` where the schema has no notes) as
 * `property: value` lines; an `Address` without `name` is named by its `full` text (its caption),
 * an entity whose source left a required name empty by its caption. A required property the source
 * does not give at all (a `Passport` without `number`) is not invented: the entity says so in
 * `notes` (`number: not given by the source`) and validates with `ftmProblems(e, { sourceGaps: true })`.
 */
import type { Schema } from '@alephdata/followthemoney';
import { FTM_MODEL, ftmCountry, type FtmExportEntity } from './export.ts';
import { checkedValue } from './values.ts';

/** An FtM entity as OpenSanctions files carry it. */
export interface FtmSourceEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, string[]>;
  datasets?: string[];
  referents?: string[];
  target?: boolean;
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
}

/** The note an entity carries for a required property its source does not give (`ftmProblems` with `sourceGaps`). */
export const NOT_GIVEN = 'not given by the source';

/** Where a schema keeps free-text notes: `notes` (things), else `summary` (intervals: sanctions, identifications, relations). */
export function noteProperty(schemaName: string): string {
  const schema = FTM_MODEL.getSchema(schemaName);
  return schema.hasProperty('notes') ? 'notes' : schema.hasProperty('summary') ? 'summary' : 'description';
}

function requiredOf(schema: Schema): string[] {
  return [...new Set([schema, ...schema.getParents()].flatMap((s) => s.required))];
}

const META = ['caption', 'datasets', 'referents', 'target', 'first_seen', 'last_seen', 'last_change'] as const;

/** The ids an entity names in its entity-typed properties (`holder`, `owner`, `entity`, …). */
export function ftmRefs(e: Pick<FtmSourceEntity, 'schema' | 'properties'>): string[] {
  const schema = FTM_MODEL.schemata[e.schema];
  if (!schema) return [];
  const out = new Set<string>();
  for (const [prop, values] of Object.entries(e.properties ?? {})) {
    if (schema.hasProperty(prop) && schema.getProperty(prop).type.name === 'entity') for (const v of values) if (typeof v === 'string' && v) out.add(v);
  }
  return [...out];
}

/** A stored OpenSanctions entity as a valid FtM entity (see the file comment for what moves where). */
export function storedToFtm(e: FtmSourceEntity): FtmExportEntity {
  const schema = FTM_MODEL.getSchema(e.schema);
  const properties: Record<string, string[]> = {};
  const notes: string[] = [];
  const add = (prop: string, v: string) => {
    const list = (properties[prop] ??= []);
    if (!list.includes(v)) list.push(v);
  };
  for (const [prop, raw] of Object.entries(e.properties ?? {})) {
    for (const value of raw ?? []) {
      const v = typeof value === 'string' ? value.trim() : String(value ?? '').trim();
      if (!v) continue;
      if (!schema.hasProperty(prop)) {
        notes.push(`${prop}: ${v}`);
        continue;
      }
      const type = schema.getProperty(prop).type;
      const fixed = type.name === 'country' ? (type.values.has(v) ? v : ftmCountry(v)) : checkedValue(type.name, v);
      if (fixed === undefined || (type.maxLength && fixed.length > type.maxLength && prop !== 'notes')) notes.push(`${prop}: ${v}`);
      else add(prop, fixed);
    }
  }
  if (schema.isA('Address') && !properties.name?.length && properties.full?.length) properties.name = [properties.full[0]];
  // A required name the source left empty is its caption (FtM captions come from the names).
  const caption = e.caption?.trim();
  for (const prop of requiredOf(schema)) {
    if (properties[prop]?.length) continue;
    if (caption && schema.getProperty(prop).type.name === 'name') properties[prop] = [caption];
    else notes.push(`${prop}: ${NOT_GIVEN}`);
  }
  for (const n of notes) add(noteProperty(schema.name), n);
  const out: FtmExportEntity = { id: e.id, schema: schema.name, properties };
  for (const key of META) if (e[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = e[key];
  return out;
}
