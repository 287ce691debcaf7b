/**
 * OpenSanctions delta files: changes applied to the latest `opensanctions` snapshot. The delta index is refused with advice.
 */
import type { ListSourceDescriptor } from '../../types.ts';
import { events } from './map.ts';
import { reader, type FtmDeltaOp } from './parse.ts';

/** The `ftm-delta` list source. */
export const ftmDelta: ListSourceDescriptor<FtmDeltaOp> = {
  format: 'ftm-delta',
  label: 'OpenSanctions FollowTheMoney delta (entities.delta.json)',
  publisher: 'OpenSanctions',
  spec: 'FORMATS.md §5.3',
  defaultSource: () => 'opensanctions',
  sniff: reader.sniff,
  records: reader.records,
  events,
  delta: true,
  refuse: (firstBytes) =>
    /^\s*\{\s*"versions"\s*:/.test(firstBytes.toString('utf8'))
      ? 'this is an OpenSanctions delta index (delta.json); import the entities.delta.json files it lists, oldest first'
      : undefined,
};
