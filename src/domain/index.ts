// The public surface of the domain: records, their schemas as data, value types and the error class.
export { LeverageError, formatLocation, type ErrorCode, type Location, type Warning } from './errors.ts';
export { parseEdtf, parsePlainDay, compareEdtf, describeEdtf, daysInMonth, type EdtfDate, type DatePrecision, type CalendarDay } from './types/edtf-date.ts';
export { isCountryCode, splitList, BLOC_CODES } from './types/country.ts';
export { ISSUERS, MEASURE_ACTIONS, actionDirection, type Issuer, type MeasureAction } from './types/issuer.ts';
export { MAX_COUNT, readCell, checkValue, describeField, recordSchema, zodFor, type Field, type FieldType, type CellResult } from './fields.ts';
export { datasetProfileSchema, parseDatasetProfile, isProfileProgramme, type DatasetProfile } from './dataset-profile.ts';
export * from './schema/index.ts';
export type * from './records.ts';
