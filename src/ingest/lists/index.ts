/**
 * Public surface of the sanctions-list ingestion: parsers (one per format, each `sniff` +
 * `records`), pure mappers, the read pipeline, import planning, and diffs. Other folders import
 * only from here.
 */
export type { ListInput, ListParser, SourceRecord, ListEvent, DesignationPatch, ReadLimits } from './types.ts';
export { probe, openInput, type Probe } from './input.ts';
export { detectFormat, parseFormat, parserFor, PARSERS } from './detect.ts';
export { ofacCsv, ofacCsvRole, readOfacCsvSet, readSideTable, emptySideTables, type OfacCsvEntry, type OfacCsvRole, type OfacSdnRow } from './ofac-csv.ts';
export { ofacXml } from './ofac-xml.ts';
export { ofacAdvancedXml } from './ofac-advanced-xml.ts';
export { euFsfXml } from './eu-fsf-xml.ts';
export { ukFcdoXml } from './uk-fcdo-xml.ts';
export { unScXml } from './un-sc-xml.ts';
export { ftmJsonl, ftmDelta, type FtmEntity, type FtmDeltaOp } from './ftm-jsonl.ts';
export { targetsSimpleCsv, type TargetsSimpleRow } from './targets-simple-csv.ts';
export { mapOfacCsvEntry, splitOfacPrograms } from './map-ofac-csv.ts';
export { parseOfacRemarks, identifierClause, WEAK_ALIAS_PATTERN } from './map-ofac-remarks.ts';
export { mapOfacXmlEntry } from './map-ofac-xml.ts';
export { mapParty, mapSanctionsEntry } from './map-ofac-advanced.ts';
export { buildRefs, mapLocation, mapIdRegDocument, datePeriodToEdtf } from './map-ofac-advanced-refs.ts';
export { mapEuEntity, euBirthdate } from './map-eu-fsf.ts';
export { mapUkDesignation } from './map-uk-fcdo.ts';
export { mapUnRecord } from './map-un-sc.ts';
export { mapFtmEntity, mapTargetsSimpleRow, FTM_KINDS } from './map-ftm.ts';
export { isIdentifierType, NON_IDENTIFIER_TYPES, ofacLegalBasis } from './ofac-features.ts';
export { readList, defaultSource, type ReadOptions } from './read.ts';
export { applyPatch, collectDesignations } from './patch.ts';
export { planImport, type ImportJob, type PlanOptions } from './plan.ts';
export { toEdtf, detectScript, detach } from './text.ts';
export { readXmlRecords, sniffRoot, type XmlNode, type XmlRecord, type XmlSpec } from './xml-reader.ts';
export { designationToFtm, actorToFtm, ftmProblems, ftmCountry, ftmDates, designationEntityId, FTM_MODEL, type FtmExportEntity, type RegistryActor } from './ftm-export.ts';
export {
  diffDesignations, deriveMeasures, linkCuratedMeasures, isBelarusProgramme, DIFF_FIELDS,
  type ListDiff, type DiffEntry, type Amendment, type SnapshotRef, type CandidateMeasure, type CuratedMeasure,
} from './diff.ts';
