/**
 * OFAC advanced XML lookups (FORMATS.md §1.3): the `ReferenceValueSets` tables, `Locations`
 * (referenced by `LocationID` from party features) and `IDRegDocuments` (referenced by
 * `IdentityID`), plus `DatePeriod` → EDTF. Pure functions over collected nodes.
 */
import type { Address, Identifier } from '../../../../domain/designation.ts';
import { clean, joinParts } from '../../common/text.ts';
import { child, children, descend, textOf, type XmlNode } from '../../common/xml-reader.ts';

/** The reference tables, each keyed by `ID`. */
export interface AdvancedRefs {
  values: Map<string, Map<string, { text: string; attrs: Record<string, string> }>>;
}

/** Builds the lookup tables from `ReferenceValueSets` (`AliasTypeValues/AliasType`, …). */
export function buildRefs(node: XmlNode): AdvancedRefs {
  const values = new Map<string, Map<string, { text: string; attrs: Record<string, string> }>>();
  for (const set of node.children) {
    for (const item of set.children) {
      const id = item.attrs.ID;
      if (id === undefined) continue;
      let table = values.get(item.name);
      if (!table) values.set(item.name, (table = new Map()));
      table.set(id, { text: clean(item.text) ?? '', attrs: item.attrs });
    }
  }
  return { values };
}

/** The text of entry `id` in table `name` (`FeatureType`, `Script`…); undefined when absent. */
export function ref(refs: AdvancedRefs, name: string, id: string | undefined): string | undefined {
  return id === undefined ? undefined : refs.values.get(name)?.get(id)?.text;
}

/** An attribute of entry `id` in table `name` (e.g. `Script@ScriptCode`, `Country@ISO2`). */
export function refAttr(refs: AdvancedRefs, name: string, id: string | undefined, attr: string): string | undefined {
  return id === undefined ? undefined : refs.values.get(name)?.get(id)?.attrs[attr];
}

const LOC_PARTS: Record<string, keyof Address> = {
  ADDRESS1: 'street',
  ADDRESS2: 'street',
  ADDRESS3: 'street',
  CITY: 'city',
  'STATE/PROVINCE': 'region',
  REGION: 'region',
  'POSTAL CODE': 'postalCode',
};

/** Maps a `Location` to an address (parts by `LocPartType`, country by `LocationCountry`/`LocationAreaCode`). */
export function mapLocation(node: XmlNode, refs: AdvancedRefs): Address | undefined {
  const a: Partial<Address> = {};
  const extra: string[] = [];
  for (const part of children(node, 'LocationPart')) {
    const value = descend(part, 'LocationPartValue').find((v) => v.attrs.Primary !== 'false') ?? descend(part, 'LocationPartValue')[0];
    const text = textOf(value, 'Value');
    if (!text) continue;
    const key = LOC_PARTS[ref(refs, 'LocPartType', part.attrs.LocPartTypeID) ?? ''];
    if (key) a[key] = a[key] ? `${a[key]}, ${text}` : text;
    else extra.push(text);
  }
  const countryId = child(node, 'LocationCountry')?.attrs.CountryID ?? child(node, 'LocationAreaCode')?.attrs.AreaCodeID;
  const country = ref(refs, 'Country', countryId) ?? refAttr(refs, 'AreaCode', countryId, 'Description');
  // AreaCode 11291 "undetermined" has no ISO2 (FORMATS.md §1.3).
  const iso2 = refAttr(refs, 'Country', countryId, 'ISO2') ?? ref(refs, 'AreaCode', countryId);
  if (country && !/undetermined/i.test(country)) a.country = country;
  if (a.country && iso2 && /^[A-Z]{2}$/.test(iso2)) a.countryCode = iso2;
  const full = joinParts(a.street, a.city, a.region, a.postalCode, ...extra, a.country);
  return full ? ({ ...a, full } as Address) : undefined;
}

/** Maps an `IDRegDocument` to the identity it belongs to and an identifier. */
export function mapIdRegDocument(node: XmlNode, refs: AdvancedRefs): { identityId: string; identifier: Identifier } | undefined {
  const value = textOf(node, 'IDRegistrationNo');
  if (!value) return undefined;
  const type = ref(refs, 'IDRegDocType', node.attrs.IDRegDocTypeID) ?? 'Document';
  const country = ref(refs, 'Country', node.attrs['IssuedBy-CountryID']);
  const dates = children(node, 'DocumentDate')
    .map((dd) => {
      const label = ref(refs, 'IDRegDocDateType', dd.attrs.IDRegDocDateTypeID);
      const date = datePeriodToEdtf(child(dd, 'DatePeriod'));
      return date ? `${label ?? 'date'} ${date}` : undefined;
    })
    .filter(Boolean);
  const note = joinParts(textOf(node, 'IssuingAuthority'), ...dates);
  return { identityId: node.attrs.IdentityID, identifier: { type, value, ...(country ? { country } : {}), ...(note ? { note } : {}) } };
}

/** `Year`/`Month`/`Day` children as `YYYY[-MM[-DD]]`; undefined without a year. */
export function ymd(node: XmlNode | undefined): string | undefined {
  const y = textOf(node, 'Year');
  if (!y || !/^\d{4}$/.test(y)) return undefined;
  const m = textOf(node, 'Month');
  const d = textOf(node, 'Day');
  return m ? `${y}-${m.padStart(2, '0')}${d ? `-${d.padStart(2, '0')}` : ''}` : y;
}

/**
 * A `DatePeriod` as EDTF. A single date is written as a 4-way identical range, and a year as
 * Jan-1…Dec-31, which collapses to `YYYY` (FORMATS.md §1.3); other ranges become `from/to`.
 */
export function datePeriodToEdtf(period: XmlNode | undefined): string | undefined {
  if (!period) return undefined;
  const start = child(period, 'Start');
  const end = child(period, 'End');
  const from = ymd(child(start, 'From')) ?? ymd(child(start, 'To'));
  const to = ymd(child(end, 'To')) ?? ymd(child(end, 'From')) ?? from;
  if (!from || !to) return undefined;
  const approx = start?.attrs.Approximate === 'true' || end?.attrs.Approximate === 'true' ? '~' : '';
  if (from === to) return from + approx;
  const fy = from.slice(0, 4);
  if (fy === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31')) return fy + approx;
  const fm = from.slice(0, 7);
  if (fm === to.slice(0, 7) && from.endsWith('-01') && /-(28|29|30|31)$/.test(to)) return fm + approx;
  const a = from.endsWith('-01-01') ? fy : from;
  const b = to.endsWith('-12-31') ? to.slice(0, 4) : to;
  return `${a}/${b}`;
}
