/**
 * UN SC XML: reader in `parse.ts`, mappers in `map.ts`.
 */
import type { ListSourceDescriptor } from '../../types.ts';
import { events } from './map.ts';
import { reader } from './parse.ts';
import type { XmlRecord } from '../../common/xml-reader.ts';

/** The `un-sc-xml` list source. */
export const unScXml: ListSourceDescriptor<XmlRecord> = {
  format: 'un-sc-xml',
  label: 'UN Security Council consolidated list XML',
  publisher: 'United Nations Security Council',
  spec: 'FORMATS.md §4',
  defaultSource: () => 'un-sc',
  sniff: reader.sniff,
  records: reader.records,
  events,
};
