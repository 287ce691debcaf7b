/**
 * OFAC advanced XML: reader in `parse.ts`, party and entry mappers in `map.ts`, reference tables in `refs.ts`.
 */
import type { ListSourceDescriptor } from '../../types.ts';
import { events } from './map.ts';
import { reader } from './parse.ts';
import { ofacListSource } from '../../common/ofac-features.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';

/** The `ofac-advanced-xml` list source. */
export const ofacAdvancedXml: ListSourceDescriptor<XmlRecord> = {
  format: 'ofac-advanced-xml',
  label: 'OFAC advanced XML (SDN_ADVANCED.XML, CONS_ADVANCED.XML)',
  publisher: 'US Treasury, Office of Foreign Assets Control (OFAC)',
  spec: 'FORMATS.md §1.3',
  defaultSource: ofacListSource,
  sniff: reader.sniff,
  records: reader.records,
  events,
};
