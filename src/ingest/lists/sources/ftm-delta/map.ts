/**
 * Maps OpenSanctions delta operations to events (FORMATS.md §5.3). Pure. ADD and MOD carry a whole
 * entity, mapped as in `entities.ftm.json`; DEL, and a MOD that turns a target into a non-target,
 * remove the entity from the list.
 */
import type { ListEvent, MapContext, SourceRecord } from '../../types.ts';
import { entityEvent, openSanctionsTally } from '../ftm-jsonl/map.ts';
import type { FtmDeltaOp } from './parse.ts';

/** Events of a delta file, in file order. */
export async function* events(records: AsyncIterable<SourceRecord<FtmDeltaOp>>, context: MapContext): AsyncGenerator<ListEvent> {
  const tally = openSanctionsTally();
  for await (const r of records) {
    const { op, entity } = r.record;
    if (op === 'DEL') {
      yield { type: 'delete', sourceId: entity.id, location: r.location };
      continue;
    }
    const e = entityEvent(entity, r.location, tally);
    yield e ?? { type: 'delete', sourceId: entity.id, location: r.location };
  }
  yield* tally.end(context);
}
