/**
 * FCDO UK Sanctions List XML (FORMATS.md §3.1): root `Designations` with `DateGenerated`
 * (dd/mm/yyyy), one `Designation` per record.
 */
import type { ListReader } from '../../types.ts';
import { elementSet, readXmlRecords, sniffRoot, type XmlRecord } from '../../common/xml-reader.ts';

/** Element vocabulary: FCDO UK Sanctions List XML (sample + FORMATS.md §3.1). */
const UK_FCDO_ELEMENTS = elementSet(`Address AddressCountry AddressLine1 AddressLine2 AddressLine3 AddressLine4 AddressLine5
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

/** The UK FCDO XML parser: records tagged `root`, `header` (DateGenerated) and `designation`. */
export const reader: ListReader<XmlRecord> = {
  sniff: (firstBytes) => sniffRoot(firstBytes) === 'Designations',
  records: (input) =>
    readXmlRecords(input, {
      roots: ['Designations'],
      known: UK_FCDO_ELEMENTS,
      collect: (path) => (path.length === 2 ? (path[1] === 'Designation' ? 'designation' : path[1] === 'DateGenerated' ? 'header' : undefined) : undefined),
    }),
};
