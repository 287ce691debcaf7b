/**
 * Maps an FCDO UK Sanctions List `Designation` to a designation (FORMATS.md §3.1). Pure.
 */
import { emptyDesignation, type Designation, type EntityKind, type ListSource } from '../../../../domain/designation.ts';
import type { Warning } from '../../../../domain/errors.ts';
import { clean, joinParts, language, pushUnique, slashDate, toEdtf } from '../../common/text.ts';
import { descend, textOf, type XmlNode } from '../../common/xml-reader.ts';
import type { ListEvent, MapContext, SourceRecord } from '../../types.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';
import { scriptCode } from '../../../../names/script.ts';

const KINDS: Record<string, EntityKind> = { individual: 'person', entity: 'organisation', ship: 'vessel' };

/** `DateGenerated` (dd/mm/yyyy) as ISO. */
export function ukPublished(header: XmlNode): string | undefined {
  return slashDate(textOf(header), 'dmy');
}

/** Maps one `Designation`. */
export function mapUkDesignation(node: XmlNode, listSource: ListSource = 'gb-fcdo', warn: (w: Warning) => void = () => undefined): Designation {
  const id = textOf(node, 'UniqueID') ?? '';
  const type = textOf(node, 'IndividualEntityShip')?.toLowerCase() ?? '';
  if (!KINDS[type]) warn({ code: 'unknown_value', message: `IndividualEntityShip "${type}" read as organisation`, location: { record: id } });
  const d = emptyDesignation(listSource, id, KINDS[type] ?? 'organisation');
  let havePrimary = false;
  for (const n of descend(node, 'Names', 'Name')) {
    // Name1 is a given name, Name6 the family name or the whole organisation name (FORMATS.md §3.1).
    const value = [1, 2, 3, 4, 5, 6]
      .map((i) => textOf(n, `Name${i}`))
      .filter(Boolean)
      .join(' ');
    if (!value) continue;
    const nameType = textOf(n, 'NameType') ?? '';
    const strength = textOf(n, 'AliasStrength') ?? '';
    let kind: Designation['names'][number]['kind'] = 'alias';
    if (nameType === 'Primary Name' && !havePrimary) {
      kind = 'primary';
      havePrimary = true;
    } else if (/low quality/i.test(strength)) kind = 'weak_alias';
    d.names.push({ value, kind, script: scriptCode(value) });
  }
  for (const n of descend(node, 'NonLatinNames', 'NonLatinName')) {
    const value = textOf(n, 'NameNonLatinScript');
    if (!value) continue;
    const lang = language(textOf(n, 'NonLatinScriptLanguage'));
    d.names.push({ value, kind: 'alias', script: scriptCode(value), ...(lang ? { language: lang } : {}) });
  }
  if (!havePrimary && d.names.length) d.names[0].kind = 'primary';
  d.names.sort((a, b) => Number(b.kind === 'primary') - Number(a.kind === 'primary'));
  if (d.names.length === 0) {
    warn({ code: 'no_name', message: 'Designation without names', location: { record: id } });
    d.names.push({ value: `UK ${id}`, kind: 'primary' });
  }
  const regime = textOf(node, 'RegimeName');
  if (regime) {
    d.programmes.push(regime);
    d.legalBasis.push(regime);
  }
  const listed = slashDate(textOf(node, 'DateDesignated'), 'dmy');
  if (listed) d.listedOn = listed;
  for (const [tag, type] of [
    ['UNReferenceNumber', 'UN reference number'],
    ['OFSIGroupID', 'OFSI group ID'],
  ] as const) {
    const v = textOf(node, tag);
    if (v) d.identifiers.push({ type, value: v });
  }
  const remarks = [textOf(node, 'OtherInformation'), textOf(node, 'UKStatementofReasons')].filter(Boolean);
  if (remarks.length) d.remarks = remarks.join('\n');
  for (const [tag, type] of [
    ['DesignationSource', 'Designation source'],
    ['SanctionsImposed', 'Sanctions imposed'],
  ] as const) {
    // `SanctionsImposed` is pipe-separated: `Asset freeze|Travel Ban|Director Disqualification Sanction`.
    for (const v of (textOf(node, tag) ?? '')
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean))
      d.otherInfo.push({ type, value: v });
  }
  for (const [path, type] of [
    [['PhoneNumbers', 'PhoneNumber'], 'Phone'],
    [['EmailAddresses', 'EmailAddress'], 'Email'],
    [['Websites', 'Website'], 'Website'],
  ] as const) {
    for (const n of descend(node, ...path)) if (textOf(n)) d.otherInfo.push({ type, value: textOf(n)! });
  }
  for (const a of descend(node, 'Addresses', 'Address')) {
    const lines = [1, 2, 3, 4, 5, 6].map((i) => textOf(a, `AddressLine${i}`));
    const postalCode = textOf(a, 'AddressPostalCode');
    const country = textOf(a, 'AddressCountry');
    const full = joinParts(...lines, postalCode, country);
    if (full)
      d.addresses.push({
        full,
        ...(joinParts(...lines) ? { street: joinParts(...lines) } : {}),
        ...(postalCode ? { postalCode } : {}),
        ...(country ? { country } : {}),
      });
  }
  for (const t of descend(node, 'Titles', 'Title')) pushUnique(d.titles, textOf(t));
  const person = descend(node, 'IndividualDetails', 'Individual')[0];
  if (person) {
    for (const dob of descend(person, 'DOBs', 'DOB')) {
      const raw = textOf(dob);
      // UK placeholders: `dd/mm/1945` means the year only (FORMATS.md §3.1).
      const edtf = toEdtf(raw);
      if (edtf) pushUnique(d.birthDates, edtf);
      else if (raw) warn({ code: 'unparsed_date', message: `DOB not understood: ${raw}`, location: { record: id } });
    }
    for (const n of descend(person, 'Nationalities', 'Nationality')) pushUnique(d.nationalities, textOf(n));
    for (const p of descend(person, 'Positions', 'Position')) pushUnique(d.titles, textOf(p));
    for (const g of descend(person, 'Genders', 'Gender')) if (textOf(g)) d.otherInfo.push({ type: 'Gender', value: textOf(g)! });
    for (const l of descend(person, 'BirthDetails', 'Location')) {
      const place = joinParts(textOf(l, 'TownOfBirth'), textOf(l, 'CountryOfBirth'));
      if (place) pushUnique(d.birthPlaces, place);
    }
    for (const p of descend(person, 'PassportDetails', 'Passport')) {
      const value = textOf(p, 'PassportNumber');
      const note = textOf(p, 'PassportAdditionalInformation');
      // Duplicates happen (FORMATS.md §3.1); pushUnique drops exact repeats.
      if (value) pushUnique(d.identifiers, { type: 'Passport', value, ...(note ? { note } : {}) });
    }
    for (const p of descend(person, 'NationalIdentifierDetails', 'NationalIdentifier')) {
      const value = textOf(p, 'NationalIdentifierNumber');
      const note = textOf(p, 'NationalIdentifierAdditionalInformation');
      if (value) pushUnique(d.identifiers, { type: 'National identifier', value, ...(note ? { note } : {}) });
    }
  }
  const entity = descend(node, 'EntityDetails', 'Entity')[0];
  if (entity) {
    for (const n of descend(entity, 'BusinessRegistrationNumbers', 'BusinessRegistrationNumber'))
      if (textOf(n)) d.identifiers.push({ type: 'Business registration number', value: textOf(n)! });
    for (const [path, type] of [
      [['TypeOfEntities', 'TypeOfEntity'], 'Type of entity'],
      [['ParentCompanies', 'ParentCompany'], 'Parent company'],
      [['Subsidiaries', 'Subsidiary'], 'Subsidiary'],
    ] as const) {
      for (const n of descend(entity, ...path)) if (textOf(n)) d.otherInfo.push({ type, value: textOf(n)! });
    }
  }
  const ship = descend(node, 'ShipDetails', 'Ship')[0];
  if (ship) {
    for (const n of descend(ship, 'IMONumbers', 'IMONumber')) if (textOf(n)) d.identifiers.push({ type: 'IMO number', value: textOf(n)! });
    for (const sub of ship.children) {
      if (sub.name === 'IMONumbers') continue;
      for (const leaf of sub.children) if (textOf(leaf)) d.otherInfo.push({ type: leaf.name, value: textOf(leaf)! });
    }
  }
  return d;
}

/** Events of the FCDO records: the `header` record gives the publication date, each `designation` record a designation. */
export async function* events(records: AsyncIterable<SourceRecord<XmlRecord>>, context: MapContext): AsyncGenerator<ListEvent> {
  for await (const r of records) {
    const { tag, node } = r.record;
    const warn = (w: Warning) => context.warn(w, r.location);
    if (tag === 'header') yield { type: 'meta', published: ukPublished(node) };
    else if (tag === 'designation') yield { type: 'designation', designation: mapUkDesignation(node, context.source, warn), location: r.location };
  }
}
