/**
 * Snapshot diffs of sanctions lists and the candidate measures they imply. Part of the pure core:
 * these modules import only `src/domain` (analysis sits above the domain and below everything
 * else), so ingest, store, CLI and server can all use them.
 */
export { diffDesignations, DIFF_FIELDS, type ListDiff, type DiffEntry, type Amendment, type FieldChange, type SnapshotRef } from './diff.ts';
export {
  deriveMeasures,
  linkCuratedMeasures,
  isCountryProgramme,
  programmesOfProfile,
  ISSUERS,
  type CandidateMeasure,
  type CuratedMeasure,
  type CountryProgrammes,
} from './measures.ts';
