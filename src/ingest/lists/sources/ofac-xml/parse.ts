/**
 * OFAC legacy XML (`SDN.XML`, `consolidated.xml`; FORMATS.md §1.2): root `sdnList`, header
 * `publshInformation` (sic) with `Publish_Date` MM/DD/YYYY, one `sdnEntry` per record. The
 * namespace drifted (`http://tempuri.org/sdnList.xsd` → `…/PublicationPreview/exports/XML`), so
 * only local names are matched.
 */
import type { ListReader } from '../../types.ts';
import { elementSet, readXmlRecords, sniffRoot, type XmlRecord } from '../../common/xml-reader.ts';

/** Element vocabulary: OFAC legacy XML (`consolidated.xsd`). */
const OFAC_XML_ELEMENTS = elementSet(`Publish_Date Record_Count address address1 address2 address3 addressList aka akaList
  callSign category citizenship citizenshipList city country dateOfBirth dateOfBirthItem dateOfBirthList expirationDate firstName
  grossRegisteredTonnage id idCountry idList idNumber idType issueDate lastName mainEntry nationality nationalityList placeOfBirth
  placeOfBirthItem placeOfBirthList postalCode program programList publshInformation remarks sdnEntry sdnList sdnType
  stateOrProvince title tonnage type uid vesselFlag vesselInfo vesselOwner vesselType`);

/** The legacy XML parser: records tagged `header` (publshInformation) and `entry` (sdnEntry). */
export const reader: ListReader<XmlRecord> = {
  sniff: (firstBytes) => sniffRoot(firstBytes) === 'sdnList',
  records: (input) =>
    readXmlRecords(input, {
      roots: ['sdnList'],
      known: OFAC_XML_ELEMENTS,
      collect: (path) => (path.length === 2 ? (path[1] === 'sdnEntry' ? 'entry' : path[1] === 'publshInformation' ? 'header' : undefined) : undefined),
    }),
};
