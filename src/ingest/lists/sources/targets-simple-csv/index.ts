/**
 * OpenSanctions `targets.simple.csv`: reader in `parse.ts`, row mapper in `map.ts`.
 */
import type { ListSourceDescriptor } from '../../types.ts';
import { events } from './map.ts';
import { reader, type TargetsSimpleRow } from './parse.ts';

/** The `targets-simple-csv` list source. */
export const targetsSimpleCsv: ListSourceDescriptor<TargetsSimpleRow> = {
  format: 'targets-simple-csv',
  label: 'OpenSanctions targets.simple.csv',
  publisher: 'OpenSanctions',
  spec: 'FORMATS.md §5.2',
  defaultSource: () => 'opensanctions',
  sniff: reader.sniff,
  records: reader.records,
  events,
};
