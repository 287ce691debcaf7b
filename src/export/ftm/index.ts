/**
 * Public surface of the FollowTheMoney export: designations and registry actors as FtM entities,
 * checked against the FtM model. Pure; the CLI writes the lines and the store reads the rows.
 */
export {
  designationToFtm,
  actorToFtm,
  ftmProblems,
  ftmCountry,
  ftmDates,
  designationEntityId,
  FTM_MODEL,
  type FtmExportEntity,
  type RegistryActor,
} from './export.ts';
export { storedToFtm, ftmRefs, noteProperty, NOT_GIVEN, type FtmSourceEntity } from './stored.ts';
export { ftmPhone, ftmEmail } from './values.ts';
