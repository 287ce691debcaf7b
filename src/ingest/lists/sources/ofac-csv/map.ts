/**
 * Maps an OFAC CSV set entry (primary row + add/alt/comments rows) to a designation. Pure.
 * FORMATS.md §1.1 for every quirk handled here.
 */
import { emptyDesignation, type Designation, type EntityKind, type ListSource } from '../../../../domain/designation.ts';
import type { Warning } from '../../../../domain/errors.ts';
import { parseOfacRemarks } from '../../common/ofac-remarks.ts';
import { ofacLegalBasis } from '../../common/ofac-features.ts';
import type { OfacCsvEntry } from './parse.ts';
import { clean, joinParts, pushUnique } from '../../common/text.ts';
import type { ListEvent, MapContext, SourceRecord } from '../../types.ts';
import { scriptCode } from '../../../../names/script.ts';

const KINDS: Record<string, EntityKind> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft' };

/**
 * Splits OFAC's programme field. Several programmes share one field joined by `] [`, OFAC's
 * `[A] [B]` with the outer brackets dropped: `"UKRAINE-EO13662] [RUSSIA-EO14024"` (cons_prim.csv,
 * ent_num 18714) and `"IRAN] [SDGT] [NPWMD] [IFSR"` (sdn.csv). FORMATS.md §1.1.
 */
export function splitOfacPrograms(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split(/\]\s*\[/)
    .map((p) => p.replace(/[[\]]/g, '').trim())
    .filter(Boolean);
}

/** Maps one entry. `warn` receives problems found in remarks. */
export function mapOfacCsvEntry(entry: OfacCsvEntry, listSource: ListSource, warn: (w: Warning) => void = () => undefined): Designation {
  const { sdn } = entry;
  const kind = KINDS[sdn.SDN_Type?.toLowerCase() ?? ''] ?? 'organisation';
  const d = emptyDesignation(listSource, sdn.ent_num, kind);
  const primary = clean(sdn.SDN_Name) ?? `ent_num ${sdn.ent_num}`;
  d.names.push({ value: primary, kind: 'primary', script: scriptCode(primary) });
  for (const alt of entry.alts) {
    const value = clean(alt.alt_name);
    if (!value) continue;
    const type = alt.alt_type?.toLowerCase();
    d.names.push({ value, kind: type === 'fka' ? 'former' : 'alias', script: scriptCode(value) });
  }
  d.programmes = splitOfacPrograms(sdn.Program);
  for (const p of d.programmes) pushUnique(d.legalBasis, ofacLegalBasis(p));
  if (sdn.Title) d.titles.push(sdn.Title);
  // The Remarks field is cut at 1,000 characters and continues mid-word in sdn_comments.csv:
  // `…'Effec` + `tive Date (EO 14024 Directive)…` (cons_comments.csv). Join with no separator.
  const remarks = clean((sdn.Remarks ?? '') + (entry.comments ?? ''));
  if (remarks) d.remarks = remarks;
  const facts = parseOfacRemarks(remarks, (w) => warn({ ...w, location: { record: sdn.ent_num } }));
  for (const n of facts.names) if (!d.names.some((x) => x.value === n.value)) d.names.push(n);
  d.birthDates = facts.birthDates;
  d.birthPlaces = facts.birthPlaces;
  d.nationalities = facts.nationalities;
  d.identifiers = facts.identifiers;
  d.otherInfo = facts.otherInfo;
  if (sdn.Call_Sign) d.identifiers.push({ type: 'Vessel Call Sign', value: sdn.Call_Sign });
  const vessel: [string, string | undefined][] = [
    ['VESSEL TYPE', sdn.Vess_type],
    ['Vessel Tonnage', sdn.Tonnage],
    ['Vessel Gross Registered Tonnage', sdn.GRT],
    ['Vessel Flag', sdn.Vess_flag],
    ['Vessel Owner', sdn.Vess_owner],
  ];
  for (const [type, value] of vessel) if (value) d.otherInfo.push({ type, value });
  for (const a of entry.addresses) {
    const full = joinParts(a.address, a.cityStatePostal, a.country);
    if (!full) continue;
    d.addresses.push({
      full,
      ...(a.address ? { street: a.address } : {}),
      ...(a.cityStatePostal ? { city: a.cityStatePostal } : {}),
      ...(a.country ? { country: a.country } : {}),
    });
  }
  return d;
}

/** Events of a CSV set: one designation per primary row. */
export async function* events(records: AsyncIterable<SourceRecord<OfacCsvEntry>>, context: MapContext): AsyncGenerator<ListEvent> {
  for await (const r of records) {
    yield { type: 'designation', designation: mapOfacCsvEntry(r.record, context.source, (w) => context.warn(w, r.location)), location: r.location };
  }
}
