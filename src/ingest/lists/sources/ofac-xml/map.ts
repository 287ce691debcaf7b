/**
 * Maps an OFAC legacy XML `sdnEntry` to a designation (FORMATS.md §1.2). Pure.
 * Unlike the CSV, weak aliases are explicit (`<category>weak</category>`), and `idList/id`
 * mixes identifiers with non-identifier "features" that are filtered by `isIdentifierType`.
 */
import { emptyDesignation, type Designation, type EntityKind, type ListSource } from '../../../../domain/designation.ts';
import type { Warning } from '../../../../domain/errors.ts';
import { ofacLegalBasis, isIdentifierType } from '../../common/ofac-features.ts';
import { clean, joinParts, pushUnique, slashDate, toEdtf } from '../../common/text.ts';
import { children, descend, textOf, type XmlNode } from '../../common/xml-reader.ts';
import type { ListEvent, MapContext, SourceRecord } from '../../types.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';
import { scriptCode } from '../../../../names/script.ts';

const KINDS: Record<string, EntityKind> = { individual: 'person', entity: 'organisation', vessel: 'vessel', aircraft: 'aircraft' };

/** `Publish_Date` (MM/DD/YYYY) of the `publshInformation` header as ISO. */
export function ofacXmlPublished(header: XmlNode): string | undefined {
  return slashDate(textOf(header, 'Publish_Date'), 'mdy');
}

/** `firstName lastName` → OFAC's `LAST, First` when both are present, else whichever is. */
function fullName(node: XmlNode): string | undefined {
  const last = textOf(node, 'lastName');
  const first = textOf(node, 'firstName');
  return last && first ? `${last}, ${first}` : (last ?? first);
}

/** Maps one `sdnEntry`. */
export function mapOfacXmlEntry(entry: XmlNode, listSource: ListSource, warn: (w: Warning) => void = () => undefined): Designation {
  const uid = textOf(entry, 'uid') ?? '';
  const type = textOf(entry, 'sdnType')?.toLowerCase() ?? 'entity';
  const kind = KINDS[type];
  if (!kind) warn({ code: 'unknown_value', message: `unknown sdnType ${type}; read as organisation`, location: { record: uid } });
  const d = emptyDesignation(listSource, uid, kind ?? 'organisation');
  const primary = fullName(entry) ?? `uid ${uid}`;
  d.names.push({ value: primary, kind: 'primary', script: scriptCode(primary) });
  for (const aka of descend(entry, 'akaList', 'aka')) {
    const value = fullName(aka);
    if (!value) continue;
    const category = textOf(aka, 'category')?.toLowerCase();
    const akaType = textOf(aka, 'type')?.toLowerCase();
    const nameKind = category === 'weak' ? 'weak_alias' : akaType === 'f.k.a.' ? 'former' : 'alias';
    d.names.push({ value, kind: nameKind, script: scriptCode(value) });
  }
  d.programmes = descend(entry, 'programList', 'program')
    .map((p) => textOf(p))
    .filter((p): p is string => !!p);
  for (const p of d.programmes) pushUnique(d.legalBasis, ofacLegalBasis(p));
  const title = textOf(entry, 'title');
  if (title) d.titles.push(title);
  const remarks = textOf(entry, 'remarks');
  if (remarks) d.remarks = remarks;
  for (const id of descend(entry, 'idList', 'id')) {
    const idType = textOf(id, 'idType') ?? 'unknown';
    const value = textOf(id, 'idNumber');
    if (!value) continue;
    if (!isIdentifierType(idType)) {
      d.otherInfo.push({ type: idType, value });
      continue;
    }
    const country = textOf(id, 'idCountry');
    const note = joinParts(
      textOf(id, 'issueDate') && `issued ${textOf(id, 'issueDate')}`,
      textOf(id, 'expirationDate') && `expires ${textOf(id, 'expirationDate')}`,
    );
    d.identifiers.push({ type: idType, value, ...(country ? { country } : {}), ...(note ? { note } : {}) });
  }
  for (const a of descend(entry, 'addressList', 'address')) {
    const street = joinParts(textOf(a, 'address1'), textOf(a, 'address2'), textOf(a, 'address3'));
    const city = textOf(a, 'city');
    const region = textOf(a, 'stateOrProvince');
    const postalCode = textOf(a, 'postalCode');
    const country = textOf(a, 'country');
    const full = joinParts(street, city, region, postalCode, country);
    if (full)
      d.addresses.push({
        full,
        ...(street ? { street } : {}),
        ...(city ? { city } : {}),
        ...(region ? { region } : {}),
        ...(postalCode ? { postalCode } : {}),
        ...(country ? { country } : {}),
      });
  }
  for (const n of [...descend(entry, 'nationalityList', 'nationality'), ...descend(entry, 'citizenshipList', 'citizenship')]) {
    pushUnique(d.nationalities, textOf(n, 'country'));
  }
  for (const item of descend(entry, 'dateOfBirthList', 'dateOfBirthItem')) {
    const raw = textOf(item, 'dateOfBirth');
    const edtf = toEdtf(raw);
    if (edtf) pushUnique(d.birthDates, edtf);
    else if (raw) {
      d.otherInfo.push({ type: 'DOB', value: raw });
      warn({ code: 'unparsed_date', message: `dateOfBirth not understood, kept as text: ${raw}`, location: { record: uid } });
    }
  }
  for (const item of descend(entry, 'placeOfBirthList', 'placeOfBirthItem')) pushUnique(d.birthPlaces, textOf(item, 'placeOfBirth'));
  const vessel = children(entry, 'vesselInfo')[0];
  if (vessel) {
    const callSign = textOf(vessel, 'callSign');
    if (callSign) d.identifiers.push({ type: 'Vessel Call Sign', value: callSign });
    for (const [tag, type] of [
      ['vesselType', 'VESSEL TYPE'],
      ['vesselFlag', 'Vessel Flag'],
      ['vesselOwner', 'Vessel Owner'],
      ['tonnage', 'Vessel Tonnage'],
      ['grossRegisteredTonnage', 'Vessel Gross Registered Tonnage'],
    ]) {
      const v = clean(textOf(vessel, tag));
      if (v) d.otherInfo.push({ type, value: v });
    }
  }
  return d;
}

/** Events of the legacy XML records: the `header` record gives the publication date, each `entry` record a designation. */
export async function* events(records: AsyncIterable<SourceRecord<XmlRecord>>, context: MapContext): AsyncGenerator<ListEvent> {
  for await (const r of records) {
    const { tag, node } = r.record;
    const warn = (w: Warning) => context.warn(w, r.location);
    if (tag === 'header') yield { type: 'meta', published: ofacXmlPublished(node) };
    else if (tag === 'entry') yield { type: 'designation', designation: mapOfacXmlEntry(node, context.source, warn), location: r.location };
  }
}
