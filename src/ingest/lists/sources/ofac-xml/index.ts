/**
 * OFAC legacy XML: reader in `parse.ts`, mappers in `map.ts`.
 */
import type { ListSourceDescriptor } from '../../types.ts';
import { events } from './map.ts';
import { reader } from './parse.ts';
import { ofacListSource } from '../../common/ofac-features.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';

/** The `ofac-xml` list source. */
export const ofacXml: ListSourceDescriptor<XmlRecord> = {
  format: 'ofac-xml',
  label: 'OFAC legacy XML (SDN.XML, consolidated.xml)',
  publisher: 'US Treasury, Office of Foreign Assets Control (OFAC)',
  spec: 'FORMATS.md §1.2',
  defaultSource: ofacListSource,
  sniff: reader.sniff,
  records: reader.records,
  events,
};
