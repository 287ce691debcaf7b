/**
 * Maps an EU FSF `sanctionEntity` to a designation (FORMATS.md §2.1). Pure.
 */
import { emptyDesignation, type Address, type Designation, type DesignationName, type Identifier, type ListSource } from '../../../../domain/designation.ts';
import type { Warning } from '../../../../domain/errors.ts';
import { clean, isoDay, joinParts, language, pushUnique, toEdtf } from '../../common/text.ts';
import { children as childrenNamed, type XmlNode } from '../../common/xml-reader.ts';
import type { ListEvent, MapContext, SourceRecord } from '../../types.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';
import { scriptCode } from '../../../../names/script.ts';

/** `export@generationDate` (`2026-08-05T16:47:04.449+02:00`) as ISO day. */
export function euPublished(root: XmlNode): string | undefined {
  return isoDay(root.attrs.generationDate);
}

/**
 * Alias quality lives in free-text remarks while `strong="true"` stays set: "low quality alias",
 * with typos such as "low quality aliias" and "lo quality" (FORMATS.md §2.1).
 */
export const EU_WEAK_REMARK = /\blow?\s+quality\b/i;

/** ISO-2 country code unless EU's placeholder `00` ("UNKNOWN", FORMATS.md §2.1); legacy `CS` → `RS`. */
function iso2(code: string | undefined): string | undefined {
  const c = clean(code)?.toUpperCase();
  if (!c || c === '00') return undefined;
  return c === 'CS' ? 'RS' : c;
}

function country(node: XmlNode, warn: (w: Warning) => void, record: string): { countryCode?: string; country?: string } {
  const code = iso2(node.attrs.countryIso2Code);
  const name = clean(node.attrs.countryDescription);
  const out: { countryCode?: string; country?: string } = {};
  if (node.attrs.countryIso2Code === '00') {
    warn({ code: 'unknown_country', message: `countryIso2Code="00" (${name ?? 'UNKNOWN'}) on <${node.name}> read as no country`, location: { record } });
    return out;
  }
  if (code) out.countryCode = code;
  if (name) out.country = name;
  return out;
}

/** The children of a node grouped by local name, in document order (one pass instead of one per name). */
function byName(node: XmlNode): (name: string) => XmlNode[] {
  const groups = new Map<string, XmlNode[]>();
  for (const c of node.children) {
    const list = groups.get(c.name);
    if (list) list.push(c);
    else groups.set(c.name, [c]);
  }
  return (name) => groups.get(name) ?? [];
}

/** Maps one `sanctionEntity`. */
export function mapEuEntity(entity: XmlNode, listSource: ListSource = 'eu-fsf', warn: (w: Warning) => void = () => undefined): Designation {
  const id = clean(entity.attrs.logicalId) ?? '';
  const children = byName(entity);
  const subject = children('subjectType')[0]?.attrs.code;
  const d = emptyDesignation(listSource, id, subject === 'person' ? 'person' : 'organisation');
  const aliases = children('nameAlias');
  const names: DesignationName[] = [];
  const plain = (a: XmlNode) => !clean(a.attrs.nameLanguage) || a.attrs.nameLanguage === 'EN';
  const weakOf = (a: XmlNode) =>
    a.attrs.strong === 'false' ||
    EU_WEAK_REMARK.test(
      childrenNamed(a, 'remark')
        .map((r) => r.text)
        .join(' '),
    );
  // No alias is marked primary: take the first strong, untagged-or-English, structured name.
  const weak = aliases.map(weakOf);
  const strong = aliases.filter((_a, i) => !weak[i]);
  const primaryAlias = strong.find((a) => plain(a) && (clean(a.attrs.lastName) || clean(a.attrs.firstName))) ?? strong.find(plain) ?? strong[0] ?? aliases[0];
  for (const [i, a] of aliases.entries()) {
    const value = clean(a.attrs.wholeName) ?? (joinParts(a.attrs.firstName, a.attrs.middleName, a.attrs.lastName).replace(/, /g, ' ') || undefined);
    if (!value) continue;
    const lang = language(a.attrs.nameLanguage);
    const name: DesignationName = { value, kind: a === primaryAlias ? 'primary' : weak[i] ? 'weak_alias' : 'alias', script: scriptCode(value) };
    if (lang) name.language = lang;
    names.push(name);
    pushUnique(d.titles, clean(a.attrs.function), clean(a.attrs.title));
  }
  d.names = [...names.filter((n) => n.kind === 'primary'), ...names.filter((n) => n.kind !== 'primary')];
  if (d.names.length === 0) {
    warn({ code: 'no_name', message: 'sanctionEntity without any nameAlias', location: { record: id } });
    d.names.push({ value: `EU logicalId ${id}`, kind: 'primary' });
  }
  const dates: string[] = [];
  for (const r of children('regulation')) {
    pushUnique(d.programmes, clean(r.attrs.programme));
    pushUnique(d.legalBasis, clean(r.attrs.numberTitle));
    const day = isoDay(r.attrs.publicationDate);
    if (day) dates.push(day);
  }
  d.listedOn = isoDay(entity.attrs.designationDate) ?? dates.sort()[0];
  if (!d.listedOn) delete d.listedOn;
  const ref = clean(entity.attrs.euReferenceNumber);
  if (ref) d.identifiers.push({ type: 'EU reference number', value: ref });
  const un = clean(entity.attrs.unitedNationId);
  if (un) d.identifiers.push({ type: 'UN reference number', value: un });
  const remarks = children('remark')
    .map((r) => clean(r.text))
    .filter(Boolean);
  if (remarks.length) d.remarks = remarks.join('\n');
  for (const c of children('citizenship')) {
    const { countryCode, country: name } = country(c, warn, id);
    pushUnique(d.nationalities, countryCode ?? name);
  }
  for (const b of children('birthdate')) {
    const edtf = euBirthdate(b);
    if (edtf) pushUnique(d.birthDates, edtf);
    else if (Object.keys(b.attrs).some((k) => /year|birthdate/.test(k) && clean(b.attrs[k]))) {
      warn({ code: 'unparsed_date', message: `birthdate not understood (calendar ${b.attrs.calendarType ?? '?'})`, location: { record: id } });
    }
    const c = country(b, warn, id);
    const place = joinParts(b.attrs.city === '-' ? undefined : b.attrs.city, b.attrs.place, b.attrs.region, c.country);
    if (place) pushUnique(d.birthPlaces, place);
  }
  for (const a of children('address')) {
    const c = country(a, warn, id);
    const street = joinParts(a.attrs.street, a.attrs.poBox && `PO Box ${a.attrs.poBox}`);
    const full = joinParts(street, a.attrs.city, a.attrs.place, a.attrs.region, a.attrs.zipCode, c.country);
    if (full) {
      const address: Address = { full };
      if (street) address.street = street;
      const city = clean(a.attrs.city);
      if (city) address.city = city;
      const region = clean(a.attrs.region);
      if (region) address.region = region;
      const postalCode = clean(a.attrs.zipCode);
      if (postalCode) address.postalCode = postalCode;
      if (c.countryCode !== undefined) address.countryCode = c.countryCode;
      if (c.country !== undefined) address.country = c.country;
      d.addresses.push(address);
    }
    for (const ci of childrenNamed(a, 'contactInfo'))
      if (clean(ci.attrs.value)) d.otherInfo.push({ type: ci.attrs.key ?? 'contact', value: clean(ci.attrs.value)! });
  }
  for (const i of children('identification')) {
    const value = clean(i.attrs.number) ?? clean(i.attrs.latinNumber);
    if (!value) continue;
    const c = country(i, warn, id);
    const flags = ['diplomatic', 'knownExpired', 'knownFalse', 'reportedLost', 'revokedByIssuer'].filter((f) => i.attrs[f] === 'true');
    const note = joinParts(clean(i.attrs.issuedBy), ...flags);
    const identifier: Identifier = { type: clean(i.attrs.identificationTypeDescription) ?? clean(i.attrs.identificationTypeCode) ?? 'id', value };
    const issuer = c.countryCode ?? c.country;
    if (issuer) identifier.country = issuer;
    if (note) identifier.note = note;
    d.identifiers.push(identifier);
  }
  return d;
}

/**
 * EDTF from an EU `birthdate`. Islamic-calendar dates carry the Gregorian conversion in
 * `@birthdate` (`calendarType="ISLAMIC" year="1402"` with `birthdate="1982-04-19"`, FORMATS.md §2.1),
 * so `@birthdate` wins; the year fields are used only for Gregorian dates.
 */
export function euBirthdate(b: XmlNode): string | undefined {
  const approx = b.attrs.circa === 'true' ? '~' : '';
  const full = isoDay(b.attrs.birthdate);
  if (full) return full + approx;
  const gregorian = !b.attrs.calendarType || b.attrs.calendarType === 'GREGORIAN';
  if (!gregorian) return undefined;
  const from = clean(b.attrs.yearRangeFrom);
  const to = clean(b.attrs.yearRangeTo);
  if (from && to && /^\d{4}$/.test(from) && /^\d{4}$/.test(to)) return `${from}/${to}`;
  const year = clean(b.attrs.year);
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const month = clean(b.attrs.monthOfYear);
  const day = clean(b.attrs.dayOfMonth);
  const text = month ? `${year}-${month.padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}` : year;
  return toEdtf(text) ? text + approx : undefined;
}

/** Events of the FSF records: the `root` record gives the publication date, each `entity` record a designation. */
export async function* events(records: AsyncIterable<SourceRecord<XmlRecord>>, context: MapContext): AsyncGenerator<ListEvent> {
  for await (const r of records) {
    const { tag, node } = r.record;
    const warn = (w: Warning) => context.warn(w, r.location);
    if (tag === 'root') yield { type: 'meta', published: euPublished(node) };
    else if (tag === 'entity') yield { type: 'designation', designation: mapEuEntity(node, context.source, warn), location: r.location };
  }
}
