/**
 * Maps a UN SC `INDIVIDUAL` / `ENTITY` to a designation (FORMATS.md §4). Pure.
 * Values are whitespace-padded (`<FIRST_NAME> RI </FIRST_NAME>`) and `clean` trims them; empty
 * placeholder elements are everywhere and are skipped.
 */
import { emptyDesignation, type Designation, type ListSource } from '../../../../domain/designation.ts';
import type { Warning } from '../../../../domain/errors.ts';
import { isoDay, joinParts, pushUnique, toEdtf } from '../../common/text.ts';
import { children, descend, textOf, type XmlNode } from '../../common/xml-reader.ts';
import type { ListEvent, MapContext, SourceRecord } from '../../types.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';
import { scriptCode } from '../../../../names/script.ts';

/** `CONSOLIDATED_LIST@dateGenerated` as ISO day. */
export function unPublished(root: XmlNode): string | undefined {
  return isoDay(root.attrs.dateGenerated);
}

/** Maps one record; `tag` is `individual` or `entity`. */
export function mapUnRecord(node: XmlNode, tag: string, listSource: ListSource = 'un-sc', warn: (w: Warning) => void = () => undefined): Designation {
  const id = textOf(node, 'DATAID') ?? '';
  const d = emptyDesignation(listSource, id, tag === 'individual' ? 'person' : 'organisation');
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((t) => textOf(node, t))
    .filter(Boolean)
    .join(' ');
  d.names.push({ value: primary || `UN DATAID ${id}`, kind: 'primary', script: scriptCode(primary) });
  if (!primary) warn({ code: 'no_name', message: 'record without a name', location: { record: id } });
  const original = textOf(node, 'NAME_ORIGINAL_SCRIPT');
  if (original) d.names.push({ value: original, kind: 'alias', script: scriptCode(original) });
  for (const alias of [...children(node, 'INDIVIDUAL_ALIAS'), ...children(node, 'ENTITY_ALIAS')]) {
    const quality = textOf(alias, 'QUALITY')?.toLowerCase() ?? '';
    // Several aliases share one ALIAS_NAME, separated by "; " (FORMATS.md §4).
    for (const value of (textOf(alias, 'ALIAS_NAME') ?? '')
      .split(/;\s+/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      d.names.push({ value, kind: quality === 'low' ? 'weak_alias' : quality === 'f.k.a.' ? 'former' : 'alias', script: scriptCode(value) });
    }
  }
  pushUnique(d.programmes, textOf(node, 'UN_LIST_TYPE'));
  const listed = isoDay(textOf(node, 'LISTED_ON'));
  if (listed) d.listedOn = listed;
  const ref = textOf(node, 'REFERENCE_NUMBER');
  if (ref) d.identifiers.push({ type: 'UN reference number', value: ref });
  const comments = textOf(node, 'COMMENTS1');
  if (comments) d.remarks = comments;
  for (const v of descend(node, 'TITLE', 'VALUE')) pushUnique(d.titles, textOf(v));
  for (const v of descend(node, 'DESIGNATION', 'VALUE')) pushUnique(d.titles, textOf(v));
  for (const v of descend(node, 'NATIONALITY', 'VALUE')) pushUnique(d.nationalities, textOf(v));
  for (const a of [...children(node, 'INDIVIDUAL_ADDRESS'), ...children(node, 'ENTITY_ADDRESS')]) {
    const street = textOf(a, 'STREET');
    const city = textOf(a, 'CITY');
    const region = textOf(a, 'STATE_PROVINCE');
    const postalCode = textOf(a, 'ZIP_CODE');
    const country = textOf(a, 'COUNTRY');
    const full = joinParts(street, city, region, postalCode, country, textOf(a, 'NOTE'));
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
  for (const b of children(node, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const type = textOf(b, 'TYPE_OF_DATE')?.toUpperCase();
    const from = textOf(b, 'FROM_YEAR');
    const to = textOf(b, 'TO_YEAR');
    let edtf: string | undefined;
    if (type === 'BETWEEN' && from && to) edtf = toEdtf(`${from} to ${to}`);
    else {
      edtf = toEdtf(textOf(b, 'DATE') ?? textOf(b, 'YEAR'));
      if (edtf && type === 'APPROXIMATELY' && !edtf.endsWith('~')) edtf += '~';
    }
    if (edtf) pushUnique(d.birthDates, edtf);
    else if (b.children.some((c) => c.name !== 'TYPE_OF_DATE' && textOf(c)))
      warn({ code: 'unparsed_date', message: 'date of birth not understood', location: { record: id } });
  }
  for (const p of children(node, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    const place = joinParts(textOf(p, 'CITY'), textOf(p, 'STATE_PROVINCE'), textOf(p, 'COUNTRY'));
    if (place) pushUnique(d.birthPlaces, place);
  }
  for (const doc of children(node, 'INDIVIDUAL_DOCUMENT')) {
    const value = textOf(doc, 'NUMBER');
    if (!value) continue;
    const country = textOf(doc, 'ISSUING_COUNTRY') ?? textOf(doc, 'COUNTRY_OF_ISSUE');
    const note = joinParts(textOf(doc, 'DATE_OF_ISSUE') && `issued ${textOf(doc, 'DATE_OF_ISSUE')}`, textOf(doc, 'NOTE'));
    d.identifiers.push({ type: textOf(doc, 'TYPE_OF_DOCUMENT') ?? 'Document', value, ...(country ? { country } : {}), ...(note ? { note } : {}) });
  }
  for (const g of children(node, 'GENDER')) if (textOf(g)) d.otherInfo.push({ type: 'Gender', value: textOf(g)! });
  return d;
}

/** Events of the UN records: the `root` record gives the publication date, each `individual` or `entity` record a designation. */
export async function* events(records: AsyncIterable<SourceRecord<XmlRecord>>, context: MapContext): AsyncGenerator<ListEvent> {
  for await (const r of records) {
    const { tag, node } = r.record;
    const warn = (w: Warning) => context.warn(w, r.location);
    if (tag === 'root') yield { type: 'meta', published: unPublished(node) };
    else yield { type: 'designation', designation: mapUnRecord(node, tag, context.source, warn), location: r.location };
  }
}
