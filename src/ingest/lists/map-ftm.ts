/**
 * Maps OpenSanctions FollowTheMoney entities and `targets.simple.csv` rows to designations
 * (FORMATS.md §5). Pure. Only targets of designatable schemata become designations; a `Sanction`
 * entity becomes a patch on the entity it names (programme, listing date).
 */
import { emptyDesignation, type Designation, type EntityKind } from '../../domain/designation.ts';
import type { FtmEntity } from './ftm-jsonl.ts';
import type { TargetsSimpleRow } from './targets-simple-csv.ts';
import type { DesignationPatch } from './types.ts';
import { clean, detectScript, isoDay, pushUnique, toEdtf } from './text.ts';

/** FtM schemata that can be designated, and their kind. */
export const FTM_KINDS: Record<string, EntityKind> = {
  Person: 'person', Organization: 'organisation', Company: 'organisation', LegalEntity: 'organisation', PublicBody: 'organisation',
  Vessel: 'vessel', Airplane: 'aircraft',
};

const ID_PROPS: Record<string, string> = {
  idNumber: 'ID number', passportNumber: 'Passport', registrationNumber: 'Registration number', taxNumber: 'Tax number',
  innCode: 'INN', ogrnCode: 'OGRN', okpoCode: 'OKPO', swiftBic: 'SWIFT/BIC', imoNumber: 'IMO number', mmsi: 'MMSI',
  leiCode: 'LEI', callSign: 'Call sign', registrationNumberAircraft: 'Aircraft registration', vatCode: 'VAT',
};

/** A birth date (`1961-11-30`, `1961`) as EDTF. */
function ftmDate(value: string): string | undefined {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : toEdtf(value) ?? isoDay(value);
}

/** What an FtM entity contributes: a designation, a patch, or nothing (with the reason). */
export type FtmMapped = { designation: Designation } | { patch: DesignationPatch; sourceId: string } | { skipped: string };

/** Maps one FtM entity. */
export function mapFtmEntity(e: FtmEntity): FtmMapped {
  const p = e.properties ?? {};
  const values = (key: string): string[] => (Array.isArray(p[key]) ? p[key].filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);
  if (e.schema === 'Sanction') {
    const entity = values('entity')[0];
    if (!entity) return { skipped: 'Sanction without entity' };
    const programmes = values('programId').length ? values('programId') : values('program');
    const dates = [...values('listingDate'), ...values('startDate')].map(isoDay).filter((d): d is string => !!d).sort();
    return { sourceId: entity, patch: { programmes, ...(dates[0] ? { listedOn: dates[0] } : {}) } };
  }
  const kind = FTM_KINDS[e.schema ?? ''];
  if (!kind) return { skipped: `schema ${e.schema}` };
  if (e.target === false) return { skipped: 'not a target' };
  const d = emptyDesignation('opensanctions', e.id, kind);
  const names = values('name');
  const caption = clean(e.caption);
  const primary = caption && names.includes(caption) ? caption : names[0] ?? caption ?? e.id;
  d.names.push({ value: primary, kind: 'primary', script: detectScript(primary) });
  // The JSON export has no language tags: Belarusian and Russian Cyrillic are plain extra names (FORMATS.md §5.1).
  const add = (list: string[], kind: Designation['names'][number]['kind']) => {
    for (const value of list) if (!d.names.some((n) => n.value === value)) d.names.push({ value, kind, script: detectScript(value) });
  };
  add(names, 'alias');
  add(values('alias'), 'alias');
  add(values('weakAlias'), 'weak_alias');
  add(values('previousName'), 'former');
  for (const b of values('birthDate')) pushUnique(d.birthDates, ftmDate(b));
  for (const b of values('birthPlace')) pushUnique(d.birthPlaces, b);
  for (const c of [...values('nationality'), ...values('citizenship'), ...(kind === 'person' ? [] : values('country')), ...values('jurisdiction')]) pushUnique(d.nationalities, c);
  for (const a of values('address')) pushUnique(d.addresses, { full: a });
  for (const [prop, type] of Object.entries(ID_PROPS)) for (const v of values(prop)) d.identifiers.push({ type, value: v });
  for (const t of [...values('position'), ...values('title')]) pushUnique(d.titles, t);
  for (const prog of values('programId')) pushUnique(d.programmes, prog);
  const notes = values('notes');
  if (notes.length) d.remarks = notes.join('\n');
  for (const t of values('topics')) d.otherInfo.push({ type: 'topic', value: t });
  for (const r of e.referents ?? []) d.otherInfo.push({ type: 'referent', value: r });
  for (const ds of e.datasets ?? []) d.otherInfo.push({ type: 'dataset', value: ds });
  return { designation: d };
}

/** Maps one `targets.simple.csv` row; undefined for schemata that cannot be designated. */
export function mapTargetsSimpleRow(row: TargetsSimpleRow): Designation | undefined {
  const kind = FTM_KINDS[row.schema];
  if (!kind) return undefined;
  const split = (v: string | undefined) => (v ?? '').split(';').map((s) => s.trim()).filter(Boolean);
  const d = emptyDesignation('opensanctions', row.id, kind);
  const primary = clean(row.name) ?? row.id;
  d.names.push({ value: primary, kind: 'primary', script: detectScript(primary) });
  for (const a of split(row.aliases)) if (a !== primary) d.names.push({ value: a, kind: 'alias', script: detectScript(a) });
  for (const b of split(row.birth_date)) pushUnique(d.birthDates, ftmDate(b));
  for (const c of split(row.countries)) pushUnique(d.nationalities, c);
  for (const a of split(row.addresses)) pushUnique(d.addresses, { full: a });
  for (const i of split(row.identifiers)) d.identifiers.push({ type: 'identifier', value: i });
  for (const p of split(row.program_ids)) pushUnique(d.programmes, p);
  for (const s of split(row.sanctions)) d.otherInfo.push({ type: 'sanction', value: s });
  for (const [col, type] of [['phones', 'Phone'], ['emails', 'Email'], ['dataset', 'dataset']] as const) for (const v of split(row[col])) d.otherInfo.push({ type, value: v });
  return d;
}
