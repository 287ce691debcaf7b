/**
 * FollowTheMoney export (issue 5 item 7): designations become a target entity (`Person`,
 * `Organization`, `Vessel`, `Airplane`) plus a `Sanction` entity naming it; registry actors (the
 * people of detention cases, organisations) become `Person` / `Organization`. Pure: no I/O. Every
 * property is checked against the FtM model shipped with `@alephdata/followthemoney`
 * (`ftmProblems`), so an export can be refused before a line is written.
 * Names keep their script: FtM values are plain strings, never transliterated.
 */
import { defaultModel, Model, type Schema } from '@alephdata/followthemoney';
import type { Designation, EntityKind, ListSource } from '../../domain/designation.ts';
import type { RegistryActor } from '../../domain/records.ts';

/** The FtM model (schemata, properties, types) the export is validated against. */
export const FTM_MODEL = new Model(defaultModel);

/** One FtM entity as JSON lines carry it: every property value is an array of strings. */
export interface FtmExportEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export type { RegistryActor } from '../../domain/records.ts';

const SCHEMA_OF: Record<EntityKind, string> = { person: 'Person', organisation: 'Organization', vessel: 'Vessel', aircraft: 'Airplane' };
const NAME_PROP: Record<string, string> = { primary: 'name', alias: 'alias', weak_alias: 'weakAlias', former: 'previousName' };

/** Who issues each list, and the FtM country code of the issuer. */
const AUTHORITY: Record<ListSource, { authority: string; country?: string }> = {
  'us-ofac-sdn': { authority: 'Office of Foreign Assets Control (OFAC), SDN List', country: 'us' },
  'us-ofac-cons': { authority: 'Office of Foreign Assets Control (OFAC), Consolidated Sanctions List', country: 'us' },
  'eu-fsf': { authority: 'European Union, Financial Sanctions Files', country: 'eu' },
  'gb-fcdo': { authority: 'Foreign, Commonwealth & Development Office, UK Sanctions List', country: 'gb' },
  'un-sc': { authority: 'United Nations Security Council', country: 'un' },
  opensanctions: { authority: 'OpenSanctions' },
};

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
const OTHER_INFO: Record<string, string> = { website: 'website', 'email address': 'email', email: 'email', phone: 'phone', 'phone number': 'phone' };

const countryValues = FTM_MODEL.getType('country').values;
const COUNTRY_BY_LABEL = new Map([...countryValues].map(([code, label]) => [label.toLowerCase(), code]));

/** An FtM country code (`by`) for an ISO-2 code (`BY`) or a country name as FtM labels it (`Russia`); undefined otherwise. */
export function ftmCountry(value: string | undefined | null): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^[A-Za-z]{2}$/.test(v) && countryValues.has(v.toLowerCase())) return v.toLowerCase();
  return COUNTRY_BY_LABEL.get(v.toLowerCase());
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
    const max = this.schema.getProperty(prop).type.maxLength;
    for (const raw of values) {
      const v = raw?.trim();
      if (!v) continue;
      if (max && v.length > max && prop !== 'notes') {
        this.overflow.push(`${prop}: ${v}`);
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
  b.add('topics', 'sanction');
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
    const prop = OTHER_INFO[o.type.toLowerCase()];
    const gender = /^gender$/i.test(o.type) ? (/^(m|male)$/i.test(o.value) ? 'male' : /^(f|female)$/i.test(o.value) ? 'female' : undefined) : undefined;
    if (prop && b.has(prop)) b.add(prop, o.value);
    else if (gender && b.has('gender')) b.add('gender', gender);
    else if (o.type === 'topic' && FTM_MODEL.getType('topic').values.has(o.value)) b.add('topics', o.value);
    else notes.push(`${o.type}: ${o.value}`);
  }
  b.add('notes', d.remarks, ...notes, ...b.overflow);

  const s = new Builder(FTM_MODEL.getSchema('Sanction'));
  const issuer = AUTHORITY[d.listSource];
  s.add('entity', id);
  s.add('authority', issuer.authority);
  s.add('country', issuer.country);
  s.add('authorityId', d.sourceId);
  s.add('program', ...d.programmes);
  s.add('listingDate', d.listedOn);
  s.add('description', ...d.legalBasis);
  s.add('unscId', ...d.identifiers.filter((i) => i.type === 'UN reference number').map((i) => i.value));
  s.add('summary', ...s.overflow);
  return [
    { id, schema: b.schema.name, properties: b.properties },
    { id: `${id}-sanction`, schema: 'Sanction', properties: s.properties },
  ];
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
 * language), malformed dates, values over the type's length limit, missing required properties.
 * Empty when the entity is valid.
 */
export function ftmProblems(e: FtmExportEntity): string[] {
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
      else if (type.name === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) problems.push(`${prop}: ${JSON.stringify(v)} is not a date`);
      else if (type.maxLength && v.length > type.maxLength) problems.push(`${prop}: longer than ${type.maxLength}`);
    }
  }
  for (const prop of required(schema)) if (!e.properties[prop]?.length) problems.push(`${e.schema} requires ${prop}`);
  return problems;
}
