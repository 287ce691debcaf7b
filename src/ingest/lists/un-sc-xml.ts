/**
 * UN Security Council consolidated list XML (FORMATS.md §4): root `CONSOLIDATED_LIST`
 * (`@dateGenerated`, no namespace) with `INDIVIDUALS/INDIVIDUAL` and `ENTITIES/ENTITY`.
 */
import type { ListParser } from './types.ts';
import { readXmlRecords, sniffRoot, type XmlRecord } from './xml-reader.ts';
import { UN_SC_ELEMENTS } from './xml-vocab.ts';

/** The UN SC XML parser: records tagged `root`, `individual` and `entity`. */
export const unScXml: ListParser<XmlRecord> = {
  format: 'un-sc-xml',
  sniff: (firstBytes) => sniffRoot(firstBytes) === 'CONSOLIDATED_LIST',
  records: (input) =>
    readXmlRecords(input, {
      roots: ['CONSOLIDATED_LIST'],
      known: UN_SC_ELEMENTS,
      collect: (path) =>
        path.length === 3 ? (path[2] === 'INDIVIDUAL' ? 'individual' : path[2] === 'ENTITY' ? 'entity' : undefined) : undefined,
    }),
};
