/**
 * UN Security Council consolidated list XML (FORMATS.md §4): root `CONSOLIDATED_LIST`
 * (`@dateGenerated`, no namespace) with `INDIVIDUALS/INDIVIDUAL` and `ENTITIES/ENTITY`.
 */
import type { ListReader } from '../../types.ts';
import { elementSet, readXmlRecords, sniffRoot, type XmlRecord } from '../../common/xml-reader.ts';

/** Element vocabulary: UN SC consolidated XML (`sc-sanctions.xsd`). */
const UN_SC_ELEMENTS = elementSet(`ALIAS_NAME CITY CITY_OF_BIRTH CITY_OF_ISSUE COMMENTS1 CONSOLIDATED_LIST COUNTRY
  COUNTRY_OF_BIRTH COUNTRY_OF_ISSUE DATAID DATE DATE_OF_BIRTH DATE_OF_ISSUE DELISTED_ON DESIGNATION ENTITIES ENTITY
  ENTITY_ADDRESS ENTITY_ALIAS FIRST_NAME FOURTH_NAME FROM_YEAR GENDER INDIVIDUAL INDIVIDUALS INDIVIDUAL_ADDRESS INDIVIDUAL_ALIAS
  INDIVIDUAL_DATE_OF_BIRTH INDIVIDUAL_DOCUMENT INDIVIDUAL_PLACE_OF_BIRTH ISSUING_COUNTRY LAST_DAY_UPDATED LISTED_ON LIST_TYPE
  NAME_ORIGINAL_SCRIPT NATIONALITY NATIONALITY2 NOTE NUMBER QUALITY REFERENCE_NUMBER SECOND_NAME SORT_KEY SORT_KEY_LAST_MOD
  STATE_PROVINCE STREET SUBMITTED_BY SUBMITTED_ON THIRD_NAME TITLE TO_YEAR TYPE_OF_DATE TYPE_OF_DOCUMENT TYPE_OF_DOCUMENT2
  UN_LIST_TYPE VALUE VERSIONNUM YEAR ZIP_CODE`);

/** The UN SC XML parser: records tagged `root`, `individual` and `entity`. */
export const reader: ListReader<XmlRecord> = {
  sniff: (firstBytes) => sniffRoot(firstBytes) === 'CONSOLIDATED_LIST',
  records: (input) =>
    readXmlRecords(input, {
      roots: ['CONSOLIDATED_LIST'],
      known: UN_SC_ELEMENTS,
      collect: (path) => (path.length === 3 ? (path[2] === 'INDIVIDUAL' ? 'individual' : path[2] === 'ENTITY' ? 'entity' : undefined) : undefined),
    }),
};
