/**
 * EU FSF XML: reader in `parse.ts`, mappers in `map.ts`.
 */
import type { ListSourceDescriptor } from '../../types.ts';
import { events } from './map.ts';
import { reader } from './parse.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';

/** The `eu-fsf-xml` list source. */
export const euFsfXml: ListSourceDescriptor<XmlRecord> = {
  format: 'eu-fsf-xml',
  label: 'EU consolidated financial sanctions list, FSF XML 1.1',
  publisher: 'European Commission (FPI)',
  spec: 'FORMATS.md §2.1',
  defaultSource: () => 'eu-fsf',
  sniff: reader.sniff,
  records: reader.records,
  events,
};
