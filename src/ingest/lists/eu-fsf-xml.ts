/**
 * EU consolidated financial sanctions list, FSF XML 1.1 (FORMATS.md §2.1): root `export`
 * (`@generationDate`), one `sanctionEntity` per record. Namespace `http://eu.europa.ec/fpi/fsd/export`
 * is ignored (local names only).
 */
import type { ListParser } from './types.ts';
import { readXmlRecords, sniffRoot, type XmlRecord } from './xml-reader.ts';
import { EU_FSF_ELEMENTS } from './xml-vocab.ts';

/** The elements `mapEuEntity` reads; `regulationSummary`, `publicationUrl`… are parsed but not collected. */
const KEEP = new Set(['subjectType', 'nameAlias', 'remark', 'regulation', 'citizenship', 'birthdate', 'address', 'contactInfo', 'identification']);
const TEXT = new Set(['remark']);

/** The EU FSF XML parser: records tagged `root` and `entity`. */
export const euFsfXml: ListParser<XmlRecord> = {
  format: 'eu-fsf-xml',
  sniff: (firstBytes) => sniffRoot(firstBytes) === 'export',
  records: (input) =>
    readXmlRecords(input, {
      roots: ['export'],
      known: EU_FSF_ELEMENTS,
      keep: () => KEEP,
      // Only remarks carry text the mapper reads (alias quality, entity remarks).
      text: () => TEXT,
      collect: (path) => (path.length === 2 && path[1] === 'sanctionEntity' ? 'entity' : undefined),
    }),
};
