/**
 * Public surface of the sanctions-list ingestion: the registry of list sources (one folder each
 * under `sources/`, each exporting one descriptor), the read pipeline, import planning and patch
 * application. Other folders import only from here.
 */
export type {
  ListInput,
  ListReader,
  ListSourceDescriptor,
  MapContext,
  CompanionRoles,
  SourceRecord,
  ListEvent,
  DesignationPatch,
  ReadLimits,
} from './types.ts';
export { probe, openInput, type Probe } from './common/input.ts';
export { detectFormat, parseFormat, sourceFor, LIST_FORMATS } from './detect.ts';
export { SOURCES } from './sources/index.ts';
export { ofacCsv } from './sources/ofac-csv/index.ts';
export { ofacCsvRole, readOfacCsvSet, readSideTable, emptySideTables, type OfacCsvEntry, type OfacCsvRole, type OfacSdnRow } from './sources/ofac-csv/parse.ts';
export { mapOfacCsvEntry, splitOfacPrograms } from './sources/ofac-csv/map.ts';
export { ofacXml } from './sources/ofac-xml/index.ts';
export { mapOfacXmlEntry } from './sources/ofac-xml/map.ts';
export { ofacAdvancedXml } from './sources/ofac-advanced-xml/index.ts';
export { mapParty, mapSanctionsEntry } from './sources/ofac-advanced-xml/map.ts';
export { buildRefs, mapLocation, mapIdRegDocument, datePeriodToEdtf } from './sources/ofac-advanced-xml/refs.ts';
export { euFsfXml } from './sources/eu-fsf-xml/index.ts';
export { mapEuEntity, euBirthdate } from './sources/eu-fsf-xml/map.ts';
export { ukFcdoXml } from './sources/uk-fcdo-xml/index.ts';
export { mapUkDesignation } from './sources/uk-fcdo-xml/map.ts';
export { unScXml } from './sources/un-sc-xml/index.ts';
export { mapUnRecord } from './sources/un-sc-xml/map.ts';
export { ftmJsonl } from './sources/ftm-jsonl/index.ts';
export { mapFtmEntity, FTM_KINDS } from './sources/ftm-jsonl/map.ts';
export type { FtmEntity } from './sources/ftm-jsonl/parse.ts';
export { ftmDelta } from './sources/ftm-delta/index.ts';
export type { FtmDeltaOp } from './sources/ftm-delta/parse.ts';
export { targetsSimpleCsv } from './sources/targets-simple-csv/index.ts';
export { mapTargetsSimpleRow } from './sources/targets-simple-csv/map.ts';
export type { TargetsSimpleRow } from './sources/targets-simple-csv/parse.ts';
export { parseOfacRemarks, identifierClause, WEAK_ALIAS_PATTERN } from './common/ofac-remarks.ts';
export { isIdentifierType, NON_IDENTIFIER_TYPES, ofacLegalBasis } from './common/ofac-features.ts';
export { readList, defaultSource, type ReadOptions } from './read.ts';
export { applyPatch, collectDesignations } from './patch.ts';
export { planImport, versionInPath, versionDay, type ImportJob, type PlanOptions } from './plan.ts';
export { toEdtf, detach } from './common/text.ts';
export { readXmlRecords, sniffRoot, type XmlNode, type XmlRecord, type XmlSpec } from './common/xml-reader.ts';
export * from './fetch/index.ts';
