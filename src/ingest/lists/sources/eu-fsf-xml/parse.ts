/**
 * EU consolidated financial sanctions list, FSF XML 1.1 (FORMATS.md §2.1): root `export`
 * (`@generationDate`), one `sanctionEntity` per record. Namespace `http://eu.europa.ec/fpi/fsd/export`
 * is ignored (local names only).
 */
import type { ListReader } from '../../types.ts';
import { elementSet, readXmlRecords, sniffRoot, type XmlRecord } from '../../common/xml-reader.ts';

/** Element vocabulary: EU FSF XML 1.1 (`schema_1_1.xsd`). */
const EU_FSF_ELEMENTS = elementSet(`additionalInformation address birthdate citizenship contactInfo corrigendum export
  identification nameAlias publicationUrl regulation regulationSummary remark sanctionEntity subjectType`);

/** The elements `mapEuEntity` reads; `regulationSummary`, `publicationUrl`… are parsed but not collected. */
const KEEP = new Set(['subjectType', 'nameAlias', 'remark', 'regulation', 'citizenship', 'birthdate', 'address', 'contactInfo', 'identification']);
const TEXT = new Set(['remark']);

/** The EU FSF XML parser: records tagged `root` and `entity`. */
export const reader: ListReader<XmlRecord> = {
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
