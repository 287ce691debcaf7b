/**
 * OpenSanctions FtM JSON lines: reader in `parse.ts`, mappers in `map.ts` (shared with the delta and targets.simple sources).
 */
import type { ListSourceDescriptor } from '../../types.ts';
import { events } from './map.ts';
import { reader, type FtmEntity } from './parse.ts';

/** The `ftm-jsonl` list source. */
export const ftmJsonl: ListSourceDescriptor<FtmEntity> = {
  format: 'ftm-jsonl',
  label: 'OpenSanctions FollowTheMoney entities (entities.ftm.json)',
  publisher: 'OpenSanctions',
  spec: 'FORMATS.md §5.1',
  defaultSource: () => 'opensanctions',
  sniff: reader.sniff,
  records: reader.records,
  events,
};
