/**
 * FCDO UK Sanctions List XML (FORMATS.md §3.1): root `Designations` with `DateGenerated`
 * (dd/mm/yyyy), one `Designation` per record.
 */
import type { ListParser } from './types.ts';
import { readXmlRecords, sniffRoot, type XmlRecord } from './xml-reader.ts';
import { UK_FCDO_ELEMENTS } from './xml-vocab.ts';

/** The UK FCDO XML parser: records tagged `root`, `header` (DateGenerated) and `designation`. */
export const ukFcdoXml: ListParser<XmlRecord> = {
  format: 'uk-fcdo-xml',
  sniff: (firstBytes) => sniffRoot(firstBytes) === 'Designations',
  records: (input) =>
    readXmlRecords(input, {
      roots: ['Designations'],
      known: UK_FCDO_ELEMENTS,
      collect: (path) => (path.length === 2 ? (path[1] === 'Designation' ? 'designation' : path[1] === 'DateGenerated' ? 'header' : undefined) : undefined),
    }),
};
