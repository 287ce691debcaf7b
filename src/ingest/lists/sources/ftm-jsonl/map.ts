/**
 * Maps OpenSanctions FollowTheMoney entities to designations (FORMATS.md §5; the delta files and
 * `targets.simple.csv` reuse `FTM_KINDS`, `ftmDate` and `mapFtmEntity`). Pure. Only targets of designatable schemata become designations; a `Sanction`
 * entity becomes a patch on the entity it names (programme, listing date).
 */
import { emptyDesignation, type Designation, type EntityKind } from '../../../../domain/designation.ts';
import type { FtmEntity } from './parse.ts';
import type { DesignationPatch } from '../../types.ts';
import { clean, isoDay, pushUnique, toEdtf } from '../../common/text.ts';
import type { ListEvent, MapContext, SourceRecord } from '../../types.ts';
import { scriptCode } from '../../../../names/script.ts';

/** FtM schemata that can be designated, and their kind. */
export const FTM_KINDS: Record<string, EntityKind> = {
  Person: 'person',
  Organization: 'organisation',
  Company: 'organisation',
  LegalEntity: 'organisation',
  PublicBody: 'organisation',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

const ID_PROPS: Record<string, string> = {
  idNumber: 'ID number',
  passportNumber: 'Passport',
  registrationNumber: 'Registration number',
  taxNumber: 'Tax number',
  innCode: 'INN',
  ogrnCode: 'OGRN',
  okpoCode: 'OKPO',
  swiftBic: 'SWIFT/BIC',
  imoNumber: 'IMO number',
  mmsi: 'MMSI',
  leiCode: 'LEI',
  callSign: 'Call sign',
  registrationNumberAircraft: 'Aircraft registration',
  vatCode: 'VAT',
};

/** A birth date (`1961-11-30`, `1961`) as EDTF. */
export function ftmDate(value: string): string | undefined {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : (toEdtf(value) ?? isoDay(value));
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
    const dates = [...values('listingDate'), ...values('startDate')]
      .map(isoDay)
      .filter((d): d is string => !!d)
      .sort();
    return { sourceId: entity, patch: { programmes, ...(dates[0] ? { listedOn: dates[0] } : {}) } };
  }
  const kind = FTM_KINDS[e.schema ?? ''];
  if (!kind) return { skipped: `schema ${e.schema}` };
  if (e.target === false) return { skipped: 'not a target' };
  const d = emptyDesignation('opensanctions', e.id, kind);
  const names = values('name');
  const caption = clean(e.caption);
  const primary = caption && names.includes(caption) ? caption : (names[0] ?? caption ?? e.id);
  d.names.push({ value: primary, kind: 'primary', script: scriptCode(primary) });
  // The JSON export has no language tags: Belarusian and Russian Cyrillic are plain extra names (FORMATS.md §5.1).
  const add = (list: string[], kind: Designation['names'][number]['kind']) => {
    for (const value of list) if (!d.names.some((n) => n.value === value)) d.names.push({ value, kind, script: scriptCode(value) });
  };
  add(names, 'alias');
  add(values('alias'), 'alias');
  add(values('weakAlias'), 'weak_alias');
  add(values('previousName'), 'former');
  for (const b of values('birthDate')) pushUnique(d.birthDates, ftmDate(b));
  for (const b of values('birthPlace')) pushUnique(d.birthPlaces, b);
  for (const c of [...values('nationality'), ...values('citizenship'), ...(kind === 'person' ? [] : values('country')), ...values('jurisdiction')])
    pushUnique(d.nationalities, c);
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

/**
 * What an OpenSanctions file tells besides its designations: how many entities were skipped and
 * why, and its publication date (the latest `last_change` day; the files carry no header).
 */
export function openSanctionsTally() {
  const skipped = new Map<string, number>();
  let latest: string | undefined;
  return {
    seen(e: { last_change?: string }): void {
      const day = isoDay(e.last_change);
      if (day && (!latest || day > latest)) latest = day;
    },
    skip(reason: string): void {
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
    },
    /** Warns once per reason and yields the publication date, if any. */
    *end(context: MapContext): Generator<ListEvent> {
      for (const [reason, n] of skipped) context.warn({ code: 'not_designation', message: `${n} entit${n === 1 ? 'y' : 'ies'} skipped (${reason})` });
      if (latest) yield { type: 'meta', published: latest };
    },
  };
}

/** The event of one mapped entity, or undefined when it was skipped (the tally counts it). */
export function entityEvent(e: FtmEntity, location: SourceRecord<unknown>['location'], tally: ReturnType<typeof openSanctionsTally>): ListEvent | undefined {
  tally.seen(e);
  const mapped = mapFtmEntity(e);
  if ('designation' in mapped) return { type: 'designation', designation: mapped.designation, location };
  if ('patch' in mapped) return { type: 'patch', sourceId: mapped.sourceId, patch: mapped.patch, location };
  tally.skip(mapped.skipped);
  return undefined;
}

/** Events of `entities.ftm.json`: targets become designations, `Sanction` entities patches. */
export async function* events(records: AsyncIterable<SourceRecord<FtmEntity>>, context: MapContext): AsyncGenerator<ListEvent> {
  const tally = openSanctionsTally();
  for await (const r of records) {
    const e = entityEvent(r.record, r.location, tally);
    if (e) yield e;
  }
  yield* tally.end(context);
}
