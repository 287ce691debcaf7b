/**
 * OFAC legacy XML (`SDN.XML`, `consolidated.xml`; FORMATS.md §1.2): root `sdnList`, header
 * `publshInformation` (sic) with `Publish_Date` MM/DD/YYYY, one `sdnEntry` per record. The
 * namespace drifted (`http://tempuri.org/sdnList.xsd` → `…/PublicationPreview/exports/XML`), so
 * only local names are matched.
 */
import type { ListParser } from './types.ts';
import { readXmlRecords, sniffRoot, type XmlRecord } from './xml-reader.ts';
import { OFAC_XML_ELEMENTS } from './xml-vocab.ts';

/** The legacy XML parser: records tagged `header` (publshInformation) and `entry` (sdnEntry). */
export const ofacXml: ListParser<XmlRecord> = {
  format: 'ofac-xml',
  sniff: (firstBytes) => sniffRoot(firstBytes) === 'sdnList',
  records: (input) =>
    readXmlRecords(input, {
        roots: ['sdnList'],
        known: OFAC_XML_ELEMENTS,
        collect: (path) => (path.length === 2 ? (path[1] === 'sdnEntry' ? 'entry' : path[1] === 'publshInformation' ? 'header' : undefined) : undefined),
      }),
};
