/**
 * FollowTheMoney export (issue 5 item 7): designations become a target entity (`Person`,
 * `Organization`, `Vessel`, `Airplane`) plus a `Sanction` entity naming it; registry actors (the
 * people of detention cases, organisations) become `Person` / `Organization`. Pure: no I/O. Every
 * property is checked against the FtM model shipped with `@alephdata/followthemoney`
 * (`ftmProblems`), so an export can be refused before a line is written.
 * Names keep their script: FtM values are plain strings, never transliterated.
 */
import { defaultModel, Model, type Schema } from '@alephdata/followthemoney';
import { countryResolver } from './countries.ts';
import { checkedValue } from './values.ts';
import { isRelation, relationsOf } from './relations.ts';
import { LIST_INFO, type Designation, type EntityKind } from '../../domain/designation.ts';
import type { RegistryActor } from '../../domain/records.ts';

/** The FtM model (schemata, properties, types) the export is validated against. */
export const FTM_MODEL = new Model(defaultModel);

/** One FtM entity as JSON lines carry it: every property value is an array of strings. */
export interface FtmExportEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** Kept from an OpenSanctions entity (`storedToFtm`); designations of official lists have none. */
  caption?: string;
  datasets?: string[];
  referents?: string[];
  target?: boolean;
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
}

export type { RegistryActor } from '../../domain/records.ts';

const SCHEMA_OF: Record<EntityKind, string> = { person: 'Person', organisation: 'Organization', vessel: 'Vessel', aircraft: 'Airplane' };
const NAME_PROP: Record<string, string> = { primary: 'name', alias: 'alias', weak_alias: 'weakAlias', former: 'previousName' };

/** Identifier types (as lists write them) → FtM properties, tried in order; the first the schema has wins. */
const ID_RULES: [RegExp, string][] = [
  [/passport/i, 'passportNumber'],
  [/\bIMO\b/i, 'imoNumber'],
  [/\bMMSI\b/i, 'mmsi'],
  [/call ?sign/i, 'callSign'],
  [/serial number|\bMSN\b/i, 'serialNumber'],
  [/SWIFT|\bBIC\b/i, 'swiftBic'],
  [/\bLEI\b/i, 'leiCode'],
  [/\bINN\b/i, 'innCode'],
  [/\bOGRN\b/i, 'ogrnCode'],
  [/\bOKPO\b/i, 'okpoCode'],
  [/tax|\bTIN\b|\bVAT\b/i, 'taxNumber'],
  [/regist/i, 'registrationNumber'],
];
const ID_FALLBACK = ['idNumber', 'registrationNumber'];
/** OFAC vessel and aircraft "features" with a property on FtM's `Vessel` / `Airplane` (flag as a country code). */
const VEHICLE_INFO: Record<string, string> = {
  'vessel flag': 'flag',
  'vessel type': 'type',
  'other vessel type': 'type',
  'aircraft model': 'model',
  'aircraft operator': 'operator',
};
const OTHER_INFO: Record<string, string> = { website: 'website', 'email address': 'email', email: 'email', phone: 'phone', 'phone number': 'phone' };

const countryValues = FTM_MODEL.getType('country').values;
const resolveCountry = countryResolver(countryValues);

/**
 * An FtM country code (`by`) for an ISO-2 code (`BY`), a country name as FtM labels it (`Russia`),
 * or a list's official, inverted or older form of it (`Russian Federation`, `Korea, North`, `Burma`:
 * `countries.ts`); undefined otherwise.
 */
export function ftmCountry(value: string | undefined | null): string | undefined {
  return resolveCountry(value);
}

/** FtM dates from an EDTF value: `1960~` → `1960`, `1958/1960` → both ends; nothing for unreadable values. */
export function ftmDates(edtf: string): string[] {
  return edtf
    .replace(/[~?%]/g, '')
    .split('/')
    .filter((p) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(p));
}

/**
 * A property bag that drops empty and repeated values. A value longer than its FtM type allows
 * (identifiers: 64 characters) is kept as a `prop: value` line of `overflow`, for the notes.
 */
class Builder {
  readonly properties: Record<string, string[]> = {};
  readonly overflow: string[] = [];
  constructor(readonly schema: Schema) {}
  has(prop: string): boolean {
    return this.schema.hasProperty(prop);
  }
  add(prop: string, ...values: (string | undefined | null)[]): void {
    const type = this.schema.getProperty(prop).type;
    const max = type.maxLength;
    for (const raw of values) {
      const trimmed = raw?.trim();
      if (!trimmed) continue;
      // A phone number not in E.164, an e-mail that is not an address: kept in the notes, never in the property.
      const v = checkedValue(type.name, trimmed);
      if (v === undefined || (max && v.length > max && prop !== 'notes')) {
        this.overflow.push(`${prop}: ${trimmed}`);
        continue;
      }
      const list = (this.properties[prop] ??= []);
      if (!list.includes(v)) list.push(v);
    }
  }
  /** Adds to the first property of `props` that the schema has; false when it has none. */
  addFirst(props: string[], value: string): boolean {
    const prop = props.find((p) => this.has(p));
    if (prop) this.add(prop, value);
    return prop !== undefined;
  }
}

/** A stable FtM id: `<list>-<source id>` (OpenSanctions ids are FtM ids already). */
export function designationEntityId(d: Pick<Designation, 'listSource' | 'sourceId'>): string {
  if (d.listSource === 'opensanctions') return d.sourceId;
  return `${d.listSource}-${d.sourceId.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}

/** A designation as FtM: the target entity first, then its `Sanction`. */
export function designationToFtm(d: Designation): FtmExportEntity[] {
  const id = designationEntityId(d);
  const b = new Builder(FTM_MODEL.getSchema(SCHEMA_OF[d.entityKind]));
  const notes: string[] = [];
  for (const n of d.names) b.add(NAME_PROP[n.kind] ?? 'alias', n.value);
  // Official lists sanction everyone on them; an OpenSanctions entity only when it says so (a
  // sanction, a programme or the topic): a PEP of `targets.simple.csv` is `role.pep`, not sanctioned.
  const sanctioned =
    d.listSource !== 'opensanctions' ||
    d.programmes.length > 0 ||
    d.otherInfo.some((o) => o.type === 'sanction' || (o.type === 'topic' && /^sanction/.test(o.value)));
  if (sanctioned) b.add('topics', 'sanction');
  if (d.otherInfo.some((o) => o.type === 'dataset' && /politically exposed|\bpeps?\b/i.test(o.value))) b.add('topics', 'role.pep');
  const person = d.entityKind === 'person';
  if (person) {
    for (const date of d.birthDates) b.add('birthDate', ...ftmDates(date));
    b.add('birthPlace', ...d.birthPlaces);
  } else for (const x of [...d.birthDates, ...d.birthPlaces]) notes.push(`birth: ${x}`);
  for (const nat of d.nationalities) {
    const code = ftmCountry(nat);
    if (code) b.add(person ? 'nationality' : 'country', code);
    else notes.push(`nationality: ${nat}`);
  }
  for (const t of d.titles) {
    if (person) b.add('position', t);
    else notes.push(`title: ${t}`);
  }
  for (const a of d.addresses) {
    b.add('address', a.full);
    b.add('country', ftmCountry(a.countryCode) ?? ftmCountry(a.country));
  }
  for (const i of d.identifiers) {
    if (i.type === 'UN reference number') continue; // on the Sanction (`unscId`)
    const rule = ID_RULES.find(([re]) => re.test(i.type));
    if (!b.addFirst(rule ? [rule[1], ...ID_FALLBACK] : ID_FALLBACK, i.value)) notes.push(`${i.type}: ${i.value}`);
  }
  for (const o of d.otherInfo) {
    if (o.type === 'remark') continue; // a clause of `remarks`, which go to notes whole
    if (isRelation(o.type)) continue; // its own entity (relations.ts)
    const vehicle = VEHICLE_INFO[o.type.toLowerCase()];
    if (vehicle && b.has(vehicle)) {
      const value = vehicle === 'flag' ? ftmCountry(o.value) : o.value;
      if (value) {
        b.add(vehicle, value);
        continue;
      }
    }
    const prop = OTHER_INFO[o.type.toLowerCase()];
    const gender = /^gender$/i.test(o.type) ? (/^(m|male)$/i.test(o.value) ? 'male' : /^(f|female)$/i.test(o.value) ? 'female' : undefined) : undefined;
    if (prop && b.has(prop)) b.add(prop, o.value);
    else if (gender && b.has('gender')) b.add('gender', gender);
    else if (o.type === 'topic' && FTM_MODEL.getType('topic').values.has(o.value)) b.add('topics', o.value);
    else notes.push(`${o.type}: ${o.value}`);
  }
  b.add('notes', d.remarks, ...notes, ...b.overflow);

  const s = new Builder(FTM_MODEL.getSchema('Sanction'));
  const issuer = LIST_INFO[d.listSource];
  s.add('entity', id);
  s.add('authority', issuer.authority);
  s.add('country', issuer.country);
  s.add('authorityId', d.sourceId);
  s.add('program', ...d.programmes);
  s.add('listingDate', d.listedOn);
  s.add('description', ...d.legalBasis);
  s.add('unscId', ...d.identifiers.filter((i) => i.type === 'UN reference number').map((i) => i.value));
  s.add('summary', ...s.overflow);
  const target = { id, schema: b.schema.name, properties: b.properties };
  const out: FtmExportEntity[] = [target];
  if (sanctioned) out.push({ id: `${id}-sanction`, schema: 'Sanction', properties: s.properties });
  out.push(...identificationsOf(id, d));
  out.push(...relationsOf(id, d, (sourceId) => designationEntityId({ listSource: d.listSource, sourceId })));
  return out;
}

/**
 * Each identifier of a designation as its own `Identification` (a `Passport` for passports)
 * naming its holder, with its type, issuing country and note, besides the number kept on the
 * holder itself. Identifiers of a vessel or aircraft (IMO, MSN, call sign) stay properties only:
 * FtM's `holder` is a legal entity. The id is the holder's plus a hash-free slug of type and number.
 */
function identificationsOf(holderId: string, d: Designation): FtmExportEntity[] {
  if (d.entityKind !== 'person' && d.entityKind !== 'organisation') return [];
  const out: FtmExportEntity[] = [];
  const seen = new Set<string>();
  for (const i of d.identifiers) {
    if (i.type === 'UN reference number') continue;
    const passport = /passport/i.test(i.type);
    const b = new Builder(FTM_MODEL.getSchema(passport ? 'Passport' : 'Identification'));
    b.add('holder', holderId);
    b.add('number', i.value);
    if (!b.properties.number) continue; // a number longer than FtM allows stays on the holder's notes
    b.add('type', i.type);
    b.add('country', ftmCountry(i.country));
    b.add('summary', i.note, ...(i.country && !ftmCountry(i.country) ? [`country: ${i.country}`] : []), ...b.overflow);
    const slug = `${i.type}-${i.value}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80);
    let id = `${holderId}-id-${slug}`;
    for (let n = 2; seen.has(id); n++) id = `${holderId}-id-${slug}-${n}`;
    seen.add(id);
    out.push({ id, schema: b.schema.name, properties: b.properties });
  }
  return out;
}

/** A registry actor as an FtM `Person` or `Organization`; names keep their kinds and scripts. */
export function actorToFtm(a: RegistryActor): FtmExportEntity {
  const b = new Builder(FTM_MODEL.getSchema(a.kind === 'person' ? 'Person' : 'Organization'));
  b.add('name', a.primaryName);
  for (const n of a.names) if (n.value.trim() !== a.primaryName.trim() || n.kind !== 'primary') b.add(NAME_PROP[n.kind] ?? 'alias', n.value);
  const country = ftmCountry(a.country);
  b.add('country', country);
  const notes: string[] = [];
  if (a.country && !country) notes.push(`country: ${a.country}`);
  if (a.caseIds.length) notes.push(`Leverage registry detention case(s): ${a.caseIds.join(', ')}`);
  b.add('notes', ...notes, ...b.overflow);
  return { id: `leverage-${a.id.replace(/[^A-Za-z0-9._-]+/g, '-')}`, schema: b.schema.name, properties: b.properties };
}

/** Required properties of a schema, its own and inherited (`Thing` requires `name`). */
function required(schema: Schema): string[] {
  return [...new Set([schema, ...schema.getParents()].flatMap((s) => s.required))];
}

/**
 * What is wrong with an entity against the FtM model: unknown or abstract schema, properties the
 * schema does not have, empty values, values outside a closed vocabulary (country, gender, topic,
 * language), phone numbers not in E.164, malformed e-mails and dates, values over the type's
 * length limit, missing required properties (see `sourceGaps`).
 * Empty when the entity is valid.
 */
export function ftmProblems(e: FtmExportEntity, options: { sourceGaps?: boolean } = {}): string[] {
  const problems: string[] = [];
  const schema = FTM_MODEL.schemata[e.schema];
  if (!e.id) problems.push('empty id');
  if (!schema) return [...problems, `unknown schema ${e.schema}`];
  if (schema.abstract) problems.push(`abstract schema ${e.schema}`);
  for (const [prop, values] of Object.entries(e.properties)) {
    if (!schema.hasProperty(prop)) {
      problems.push(`${e.schema} has no property ${prop}`);
      continue;
    }
    const type = schema.getProperty(prop).type;
    for (const v of values) {
      if (typeof v !== 'string' || v.trim() === '') problems.push(`${prop}: empty value`);
      else if (type.values.size && !type.values.has(v)) problems.push(`${prop}: ${JSON.stringify(v)} is not a ${type.name} value`);
      else if ((type.name === 'phone' || type.name === 'email') && checkedValue(type.name, v) !== v)
        problems.push(`${prop}: ${JSON.stringify(v)} is not a valid ${type.name}`);
      else if (type.name === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) problems.push(`${prop}: ${JSON.stringify(v)} is not a date`);
      else if (type.maxLength && v.length > type.maxLength) problems.push(`${prop}: longer than ${type.maxLength}`);
    }
  }
  // With `sourceGaps`, a required property may be absent when the notes say the source does not give it (`storedToFtm`).
  const gap = (prop: string) =>
    options.sourceGaps === true && [e.properties.notes, e.properties.summary].some((n) => n?.includes(`${prop}: not given by the source`));
  for (const prop of required(schema)) if (!e.properties[prop]?.length && !gap(prop)) problems.push(`${e.schema} requires ${prop}`);
  return problems;
}
