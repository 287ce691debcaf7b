/**
 * UK FCDO XML: reader in `parse.ts`, mappers in `map.ts`.
 */
import type { ListSourceDescriptor } from '../../types.ts';
import { events } from './map.ts';
import { reader } from './parse.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';

/** The `uk-fcdo-xml` list source. */
export const ukFcdoXml: ListSourceDescriptor<XmlRecord> = {
  format: 'uk-fcdo-xml',
  label: 'UK Sanctions List XML',
  publisher: 'UK Foreign, Commonwealth and Development Office (FCDO)',
  spec: 'FORMATS.md §3.1',
  defaultSource: () => 'gb-fcdo',
  sniff: reader.sniff,
  records: reader.records,
  events,
};
