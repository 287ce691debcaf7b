/**
 * Maps OFAC advanced XML parties and sanctions entries (FORMATS.md §1.3). Pure, given the
 * reference tables, locations and identity documents read earlier in the file.
 * `DistinctParty@FixedRef` = `Profile@ID` = the legacy `uid` / CSV `ent_num` (36 is
 * AEROCARIBBEAN AIRLINES in all three), so snapshots of different OFAC formats share ids.
 */
import {
  emptyDesignation,
  type Address,
  type Designation,
  type DesignationName,
  type EntityKind,
  type Identifier,
  type ListSource,
} from '../../../../domain/designation.ts';
import type { Warning } from '../../../../domain/errors.ts';
import { imoTyped, isIdentifierType, ofacLegalBasis } from '../../common/ofac-features.ts';
import { datePeriodToEdtf, ref, refAttr, ymd, type AdvancedRefs } from './refs.ts';
import { clean, pushUnique } from '../../common/text.ts';
import { child, children, descend, textOf, type XmlNode } from '../../common/xml-reader.ts';
import type { DesignationPatch } from '../../types.ts';
import { LeverageError } from '../../../../domain/errors.ts';
import { detach } from '../../common/text.ts';
import type { ListEvent, MapContext, SourceRecord } from '../../types.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';
import { buildRefs, mapIdRegDocument, mapLocation } from './refs.ts';

/** Lookups a party needs: reference tables, locations by ID, identity documents by IdentityID. */
export interface AdvancedContext {
  refs: AdvancedRefs;
  /** `null` for a location that exists but has nothing to say (AreaCode 11291 "undetermined"). */
  locations: Map<string, Address | null>;
  documents: Map<string, Identifier[]>;
}

/** PartySubType 1 Vessel, 2 Aircraft, 3 Entity, 4 Individual (FORMATS.md §1.3). */
const SUBTYPE_KINDS: Record<string, EntityKind> = { '1': 'vessel', '2': 'aircraft', '3': 'organisation', '4': 'person' };
const ALIAS_KINDS: Record<string, DesignationName['kind']> = { 'A.K.A.': 'alias', 'F.K.A.': 'former', 'N.K.A.': 'alias', Name: 'alias' };

/** Joins name parts the way the CSV writes names: `LAST, First Middle` when a last name is present. */
function joinNameParts(parts: { type: string; value: string }[]): string {
  let last = '';
  let rest = '';
  for (const p of parts) {
    if (!p.value) continue;
    if (p.type === 'Last Name') last = last === '' ? p.value : `${last} ${p.value}`;
    else rest = rest === '' ? p.value : `${rest} ${p.value}`;
  }
  if (last !== '' && rest !== '') return `${last}, ${rest}`;
  return last === '' ? rest : rest === '' ? last : `${last} ${rest}`;
}

/** Maps one `DistinctParty`; programmes, listing date and legal basis arrive later as a patch. */
export function mapParty(party: XmlNode, ctx: AdvancedContext, listSource: ListSource, warn: (w: Warning) => void = () => undefined): Designation {
  const profile = child(party, 'Profile');
  const id = clean(party.attrs.FixedRef) ?? clean(profile?.attrs.ID) ?? '';
  const subtype = profile?.attrs.PartySubTypeID ?? '';
  if (!SUBTYPE_KINDS[subtype]) warn({ code: 'unknown_value', message: `PartySubTypeID ${subtype} read as organisation`, location: { record: id } });
  const d = emptyDesignation(listSource, id, SUBTYPE_KINDS[subtype] ?? 'organisation');
  const { refs } = ctx;
  const identityIds: string[] = [];
  let hasPrimary = false;
  for (const identity of children(profile, 'Identity')) {
    identityIds.push(identity.attrs.ID);
    const groupType = new Map<string, string>();
    for (const g of descend(identity, 'NamePartGroups', 'MasterNamePartGroup', 'NamePartGroup'))
      groupType.set(g.attrs.ID, ref(refs, 'NamePartType', g.attrs.NamePartTypeID) ?? '');
    for (const alias of children(identity, 'Alias')) {
      const aliasType = ref(refs, 'AliasType', alias.attrs.AliasTypeID) ?? 'A.K.A.';
      const isPrimary = alias.attrs.Primary === 'true';
      // One alias can hold a Latin and a non-Latin DocumentedName (FORMATS.md §1.3).
      for (const dn of children(alias, 'DocumentedName')) {
        const parts = descend(dn, 'DocumentedNamePart', 'NamePartValue').map((v) => ({
          type: groupType.get(v.attrs.NamePartGroupID) ?? '',
          value: clean(v.text) ?? '',
          script: v.attrs.ScriptID,
        }));
        const value = joinNameParts(parts);
        if (!value) continue;
        const script = refAttr(refs, 'Script', parts[0]?.script, 'ScriptCode');
        const latinPrimary = isPrimary && (dn.attrs.DocNameStatusID === '1' || !hasPrimary);
        const kind: DesignationName['kind'] =
          latinPrimary && !hasPrimary ? 'primary' : alias.attrs.LowQuality === 'true' ? 'weak_alias' : (ALIAS_KINDS[aliasType] ?? 'alias');
        if (kind === 'primary') hasPrimary = true;
        // Scripts carry no language, so Belarusian and Russian Cyrillic cannot be told apart (FORMATS.md §1.3).
        const name: DesignationName = { value, kind };
        if (script) name.script = script === 'Latin' ? 'Latn' : script;
        d.names.push(name);
      }
    }
  }
  d.names.sort((a, b) => Number(b.kind === 'primary') - Number(a.kind === 'primary'));
  if (d.names.length === 0) {
    warn({ code: 'no_name', message: 'party without names', location: { record: id } });
    d.names.push({ value: `FixedRef ${id}`, kind: 'primary' });
  } else if (d.names[0].kind !== 'primary') d.names[0].kind = 'primary';
  for (const identityId of identityIds) for (const identifier of ctx.documents.get(identityId) ?? []) d.identifiers.push(identifier);
  for (const feature of children(profile, 'Feature')) mapFeature(feature, d, ctx, warn);
  return d;
}

function mapFeature(feature: XmlNode, d: Designation, ctx: AdvancedContext, warn: (w: Warning) => void): void {
  const type = ref(ctx.refs, 'FeatureType', feature.attrs.FeatureTypeID) ?? `FeatureType ${feature.attrs.FeatureTypeID}`;
  for (const version of children(feature, 'FeatureVersion')) {
    const detail = child(version, 'VersionDetail');
    const text = textOf(detail) ?? ref(ctx.refs, 'DetailReference', detail?.attrs.DetailReferenceID);
    const date = datePeriodToEdtf(child(version, 'DatePeriod'));
    const locationIds = children(version, 'VersionLocation').map((l) => l.attrs.LocationID);
    const locations = locationIds.map((lid) => ctx.locations.get(lid)).filter((l): l is Address => !!l);
    if (locationIds.some((lid) => !ctx.locations.has(lid)))
      warn({ code: 'dangling_reference', message: `LocationID not found for feature ${type}`, location: { record: d.sourceId } });
    if (type === 'Birthdate') pushUnique(d.birthDates, date);
    else if (type === 'Place of Birth') pushUnique(d.birthPlaces, text ?? locations[0]?.full);
    else if (type === 'Nationality Country' || type === 'Citizenship Country') pushUnique(d.nationalities, locations[0]?.country ?? locations[0]?.full ?? text);
    else if (type === 'Location') for (const l of locations) pushUnique(d.addresses, l);
    else if (type === 'Title') pushUnique(d.titles, text);
    else {
      const value = text ?? date ?? locations[0]?.full;
      if (!value) continue;
      if (isIdentifierType(type)) d.identifiers.push(imoTyped({ type, value }));
      else d.otherInfo.push({ type, value });
    }
  }
}

/**
 * Maps one `SanctionsEntry` to the patch for its profile: programmes from
 * `SanctionsMeasure[@SanctionsTypeID=1]/Comment`, listing date from `EntryEvent/Date`, legal basis
 * from `EntryEvent@LegalBasisID`, list from `@ListID` (1550 = SDN List).
 */
export function mapSanctionsEntry(entry: XmlNode, refs: AdvancedRefs): { profileId: string; listId?: string; patch: DesignationPatch } {
  const patch: DesignationPatch = { programmes: [], legalBasis: [] };
  for (const m of children(entry, 'SanctionsMeasure')) {
    if (ref(refs, 'SanctionsType', m.attrs.SanctionsTypeID) === 'Program' || m.attrs.SanctionsTypeID === '1')
      pushUnique(patch.programmes!, textOf(m, 'Comment'));
  }
  for (const e of children(entry, 'EntryEvent')) {
    const date = ymd(child(e, 'Date'));
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && (!patch.listedOn || date < patch.listedOn)) patch.listedOn = date;
    const basis = ref(refs, 'LegalBasis', e.attrs.LegalBasisID);
    if (basis && basis !== 'Unknown') pushUnique(patch.legalBasis!, basis);
  }
  for (const p of patch.programmes!) pushUnique(patch.legalBasis!, ofacLegalBasis(p));
  const listId = entry.attrs.ListID;
  patch.listSource = listId === undefined || ref(refs, 'List', listId) === 'SDN List' || listId === '1550' ? 'us-ofac-sdn' : 'us-ofac-cons';
  return { profileId: clean(entry.attrs.ProfileID) ?? '', listId, patch };
}

/**
 * A `ProfileRelationship` (`From-ProfileID` is `RelationTypeID` of `To-ProfileID`: "Owned or
 * Controlled By", "Family member of", "Associate Of"…), or undefined when a part is missing.
 * It lands on the `from` party as an `otherInfo` entry `relation: <type>` whose value is the other
 * party's id; the FtM export makes the relation entity of it.
 */
export function mapRelationship(node: XmlNode, refs: AdvancedRefs): { from: string; to: string; type: string; former: boolean } | undefined {
  const from = clean(node.attrs['From-ProfileID']);
  const to = clean(node.attrs['To-ProfileID']);
  const type = ref(refs, 'RelationType', node.attrs.RelationTypeID);
  if (!from || !to || !type) return undefined;
  return { from, to, type, former: node.attrs.Former === 'true' };
}

/**
 * Events of the advanced XML records, joined with bounded lookup tables: the reference values,
 * locations and identity documents (they precede the parties), and the set of party ids (to report
 * sanctions entries that name no party). Programmes arrive as patches from `SanctionsEntries`.
 */
export async function* events(records: AsyncIterable<SourceRecord<XmlRecord>>, context: MapContext): AsyncGenerator<ListEvent> {
  let refs: AdvancedRefs | undefined;
  const locations = new Map<string, Address | null>();
  const documents = new Map<string, Identifier[]>();
  const partyIds = new Set<string>();
  let orphanEntries = 0;
  let relationships = 0;
  let sdnEntries = 0;
  // Parties wait until the relationships (which follow them) have named their relations.
  const held = new Map<string, Extract<ListEvent, { type: 'designation' }>>();
  function* release(): Generator<ListEvent> {
    yield* held.values();
    held.clear();
  }
  let consEntries = 0;
  const needRefs = (location: Warning['location']) => {
    if (!refs) throw new LeverageError('bad_format', 'data before ReferenceValueSets', { location, expected: 'ReferenceValueSets first (FORMATS.md §1.3)' });
    return refs;
  };
  for await (const r of records) {
    const { tag, node } = r.record;
    if (tag === 'header') yield { type: 'meta', published: ymd(node) };
    else if (tag === 'refs') refs = buildRefs(node);
    else if (tag === 'location') {
      locations.set(node.attrs.ID, mapLocation(node, needRefs(r.location)) ?? null);
    } else if (tag === 'doc') {
      const doc = mapIdRegDocument(node, needRefs(r.location));
      if (doc) documents.set(doc.identityId, [...(documents.get(doc.identityId) ?? []), doc.identifier]);
    } else if (tag === 'party') {
      const d = mapParty(node, { refs: needRefs(r.location), locations, documents }, context.source, (w) => context.warn(w, r.location));
      partyIds.add(detach(d.sourceId));
      held.set(detach(d.sourceId), { type: 'designation', designation: d, location: { ...r.location, record: d.sourceId } });
    } else if (tag === 'relationship') {
      const rel = mapRelationship(node, needRefs(r.location));
      const from = rel && held.get(rel.from);
      if (rel && from && partyIds.has(rel.to))
        from.designation.otherInfo.push({ type: `relation: ${rel.type}${rel.former ? ' (former)' : ''}`, value: rel.to });
      else relationships++;
    } else if (tag === 'entry') {
      yield* release();
      const { profileId, patch } = mapSanctionsEntry(node, needRefs(r.location));
      if (patch.listSource === 'us-ofac-sdn') sdnEntries++;
      else consEntries++;
      if (!partyIds.has(profileId)) orphanEntries++;
      else yield { type: 'patch', sourceId: profileId, patch, location: { ...r.location, record: profileId } };
    }
  }
  yield* release();
  if (orphanEntries) context.warn({ code: 'orphan_rows', message: `${orphanEntries} SanctionsEntry element(s) name a ProfileID with no DistinctParty` });
  if (relationships)
    context.warn({
      code: 'dangling_reference',
      message: `${relationships} ProfileRelationship element(s) name a party not in the file or a relation type not in ReferenceValueSets`,
    });
  if (consEntries && !sdnEntries && context.source === 'us-ofac-sdn') yield { type: 'meta', source: 'us-ofac-cons' };
}
