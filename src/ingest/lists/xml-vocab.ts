/**
 * Element vocabularies of the XML formats, from their XSDs in
 * ../shared/data/sanctions-samples/schemas/ plus names seen in the real samples (UK has no XSD;
 * its names come from the sample and FORMATS.md §3.1). Elements outside these sets are reported
 * as `unknown_element` warnings with counts.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** OFAC legacy XML (`consolidated.xsd`). */
export const OFAC_XML_ELEMENTS = words(`Publish_Date Record_Count address address1 address2 address3 addressList aka akaList
  callSign category citizenship citizenshipList city country dateOfBirth dateOfBirthItem dateOfBirthList expirationDate firstName
  grossRegisteredTonnage id idCountry idList idNumber idType issueDate lastName mainEntry nationality nationalityList placeOfBirth
  placeOfBirthItem placeOfBirthList postalCode program programList publshInformation remarks sdnEntry sdnList sdnType
  stateOrProvince title tonnage type uid vesselFlag vesselInfo vesselOwner vesselType`);

/** EU FSF XML 1.1 (`schema_1_1.xsd`). */
export const EU_FSF_ELEMENTS = words(`additionalInformation address birthdate citizenship contactInfo corrigendum export
  identification nameAlias publicationUrl regulation regulationSummary remark sanctionEntity subjectType`);

/** UN SC consolidated XML (`sc-sanctions.xsd`). */
export const UN_SC_ELEMENTS = words(`ALIAS_NAME CITY CITY_OF_BIRTH CITY_OF_ISSUE COMMENTS1 CONSOLIDATED_LIST COUNTRY
  COUNTRY_OF_BIRTH COUNTRY_OF_ISSUE DATAID DATE DATE_OF_BIRTH DATE_OF_ISSUE DELISTED_ON DESIGNATION ENTITIES ENTITY
  ENTITY_ADDRESS ENTITY_ALIAS FIRST_NAME FOURTH_NAME FROM_YEAR GENDER INDIVIDUAL INDIVIDUALS INDIVIDUAL_ADDRESS INDIVIDUAL_ALIAS
  INDIVIDUAL_DATE_OF_BIRTH INDIVIDUAL_DOCUMENT INDIVIDUAL_PLACE_OF_BIRTH ISSUING_COUNTRY LAST_DAY_UPDATED LISTED_ON LIST_TYPE
  NAME_ORIGINAL_SCRIPT NATIONALITY NATIONALITY2 NOTE NUMBER QUALITY REFERENCE_NUMBER SECOND_NAME SORT_KEY SORT_KEY_LAST_MOD
  STATE_PROVINCE STREET SUBMITTED_BY SUBMITTED_ON THIRD_NAME TITLE TO_YEAR TYPE_OF_DATE TYPE_OF_DOCUMENT TYPE_OF_DOCUMENT2
  UN_LIST_TYPE VALUE VERSIONNUM YEAR ZIP_CODE`);

/** FCDO UK Sanctions List XML (sample + FORMATS.md §3.1). */
export const UK_FCDO_ELEMENTS = words(`Address AddressCountry AddressLine1 AddressLine2 AddressLine3 AddressLine4 AddressLine5
  AddressLine6 AddressPostalCode Addresses AliasStrength AssetFreeze BirthDetails BusinessRegistrationNumber
  BusinessRegistrationNumbers CountryOfBirth CurrentBelievedFlagOfShip CurrentBelievedFlagOfShips CurrentOwnerOperator
  CurrentOwnerOperators DOB DOBs DateDesignated DateGenerated Designation DesignationSource Designations
  DirectorDisqualificationSanction EmailAddress EmailAddresses Entity EntityDetails Gender Genders HullIdentificationNumber
  HullIdentificationNumbers IMONumber IMONumbers Individual IndividualDetails IndividualEntityShip LastUpdated LengthOfShip
  LengthOfShipDetails Location Name Name1 Name2 Name3 Name4 Name5 Name6 NameNonLatinScript NameType Names NationalIdentifier
  NationalIdentifierAdditionalInformation NationalIdentifierDetails NationalIdentifierNumber Nationalities Nationality
  NonLatinName NonLatinNames NonLatinScriptLanguage NonLatinScriptType OFSIGroupID OtherInformation ParentCompanies
  ParentCompany Passport PassportAdditionalInformation PassportDetails PassportNumber PhoneNumber PhoneNumbers Position Positions
  PreviousFlag PreviousFlags PreviousOwnerOperator PreviousOwnerOperators ProhibitionOfPortEntry RegimeName SanctionsImposed
  SanctionsImposedIndicators Ship ShipDetails Subsidiaries Subsidiary Title Titles TonnageOfShip TonnageOfShipDetails
  TownOfBirth TravelBan TypeOfEntities TypeOfEntity TypeOfShip TypeOfShipDetails UKStatementofReasons UNReferenceNumber
  UniqueID Website Websites YearBuilt YearBuiltDetails CharteringOfShips CrewServicingOfShipsAndAircraft
  TrustServicesSanctions ArmsEmbargo TargetedArmsEmbargo TechnicalAssistanceRelatedToAircraft
  PreventionOfBusinessArrangements PreventionOfCharteringOfShips PreventionOfCharteringOfShipsAndAircraft`);

/** OFAC advanced XML (`sdn_advanced.xsd` 2018 + the 2026 sample). */
export const OFAC_ADVANCED_ELEMENTS = words(`Alias AliasType AliasTypeValues AreaCode AreaCodeType AreaCodeTypeValues AreaCodeValues
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
