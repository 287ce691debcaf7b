/**
 * OFAC advanced XML (`SDN_ADVANCED.XML`, `CONS_ADVANCED.XML`; FORMATS.md §1.3). Top-level order:
 * `DateOfIssue` → `ReferenceValueSets` → `Locations` → `IDRegDocuments` → `DistinctParties` →
 * `ProfileRelationships` → `SanctionsEntries`. Each element is yielded as its own record, tagged
 * `header`, `refs`, `location`, `doc`, `party`, `relationship` or `entry`; the read pipeline joins
 * them with bounded lookup tables (see `read.ts`). Namespaces are ignored (FORMATS.md §6.1).
 */
import type { ListReader } from '../../types.ts';
import { elementSet, readXmlRecords, sniffRoot, type XmlRecord } from '../../common/xml-reader.ts';

/** Element vocabulary: OFAC advanced XML (`sdn_advanced.xsd` 2018 + the 2026 sample). */
const OFAC_ADVANCED_ELEMENTS = elementSet(`Alias AliasType AliasTypeValues AreaCode AreaCodeType AreaCodeTypeValues AreaCodeValues
  CalendarType CalendarTypeValues Comment Country CountryRelevance CountryRelevanceValues CountryValues Date DateOfIssue
  DatePeriod Day Days DecisionMakingBody DecisionMakingBodyValues Description DetailReference DetailReferenceValues DetailType
  DetailTypeValues DirectURL DistinctParties DistinctParty DocNameStatus DocNameStatusValues DocumentDate DocumentedName
  DocumentedNameCountry DocumentedNamePart DocumentedNameReference DurationMaximum DurationMinimum End EntryEvent EntryEventType
  EntryEventTypeValues EntryLinkType EntryLinkTypeValues ExRefType ExRefTypeValues ExRefValue ExternalReference Feature
  FeatureType FeatureTypeGroup FeatureTypeGroupValues FeatureTypeValues FeatureVersion FeatureVersionReference From
  IDRegDocDateType IDRegDocDateTypeValues IDRegDocType IDRegDocTypeValues IDRegDocument IDRegDocumentMention
  IDRegDocumentReference IDRegDocuments IDRegistrationNo Identity IdentityFeatureLinkType IdentityFeatureLinkTypeValues
  IdentityReference IssuingAuthority LegalBasis LegalBasisType LegalBasisTypeValues LegalBasisValues LimitationsToListing List
  ListValues LocPartType LocPartTypeValues LocPartValueStatus LocPartValueStatusValues LocPartValueType LocPartValueTypeValues
  Location LocationAreaCode LocationCountry LocationPart LocationPartValue Locations MasterNamePartGroup Month Months
  NamePartGroup NamePartGroups NamePartType NamePartTypeValues NamePartValue Organisation OrganisationValues PartySubType
  PartySubTypeValues PartyType PartyTypeValues Profile ProfileRelationship ProfileRelationshipReference ProfileRelationships
  ReferenceValueSets RelationQuality RelationQualityValues RelationType RelationTypeValues Reliability ReliabilityValues
  Sanctions SanctionsEntries SanctionsEntry SanctionsEntryLink SanctionsEntryLinks SanctionsEntryReference SanctionsMeasure
  SanctionsProgram SanctionsProgramValues SanctionsType SanctionsTypeValues Script ScriptStatus ScriptStatusValues ScriptValues
  Start SubLink SubsidiaryBody SubsidiaryBodyValues SupInfoType SupInfoTypeValues SupportingInfo TargetType TargetTypeValues
  Text To Validity ValidityValues Value VersionDetail VersionLocation Year Years`);

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));
const DATE = 'DatePeriod Start End From To Year Month Day';

/**
 * The elements each record's mapper reads (`map.ts`, `refs.ts`); the rest (`Comment`s of
 * parties, `IdentityReference`, `FeatureVersionReference`, relationship bodies…) are parsed but not
 * collected. `header` and `refs` are kept whole.
 */
const KEEP: Record<string, ReadonlySet<string>> = {
  location: words('LocationPart LocationPartValue Value LocationCountry LocationAreaCode'),
  doc: words(`IDRegistrationNo IssuingAuthority DocumentDate ${DATE}`),
  party: words(
    `Profile Identity NamePartGroups MasterNamePartGroup NamePartGroup Alias DocumentedName DocumentedNamePart NamePartValue Feature FeatureVersion VersionDetail VersionLocation ${DATE}`,
  ),
  relationship: new Set(),
  entry: words('SanctionsMeasure Comment EntryEvent Date Year Month Day'),
};
/** Elements whose text a mapper reads (all of them in `refs`). */
const TEXT = words('NamePartValue VersionDetail Year Month Day Comment Value IDRegistrationNo IssuingAuthority');

const SECTION_ITEMS: Record<string, [string, string]> = {
  Locations: ['Location', 'location'],
  IDRegDocuments: ['IDRegDocument', 'doc'],
  DistinctParties: ['DistinctParty', 'party'],
  ProfileRelationships: ['ProfileRelationship', 'relationship'],
  SanctionsEntries: ['SanctionsEntry', 'entry'],
};

/** The advanced XML parser. */
export const reader: ListReader<XmlRecord> = {
  sniff: (firstBytes) => sniffRoot(firstBytes) === 'Sanctions',
  records: (input) =>
    readXmlRecords(input, {
      roots: ['Sanctions'],
      known: OFAC_ADVANCED_ELEMENTS,
      keep: (tag) => KEEP[tag],
      text: (tag) => (tag === 'refs' || tag === 'header' ? undefined : TEXT),
      collect: (path) => {
        if (path.length === 2) return path[1] === 'DateOfIssue' ? 'header' : path[1] === 'ReferenceValueSets' ? 'refs' : undefined;
        if (path.length === 3) {
          const item = SECTION_ITEMS[path[1]];
          return item && item[0] === path[2] ? item[1] : undefined;
        }
        return undefined;
      },
    }),
};
