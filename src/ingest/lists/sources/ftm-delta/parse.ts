/**
 * OpenSanctions delta files `entities.delta.json` (FORMATS.md §5.3): `{"op": "ADD"|"MOD"|"DEL",
 * "entity": {…}}` per line; DEL carries only the id; files may be empty or lack a final newline.
 */
import { LeverageError } from '../../../../domain/errors.ts';
import { readLines } from '../../common/lines.ts';
import type { ListInput, ListReader, SourceRecord } from '../../types.ts';
import { checkEntity, firstJsonLine, parseLine, type FtmEntity } from '../ftm-jsonl/parse.ts';

/** One delta operation. */
export interface FtmDeltaOp {
  op: 'ADD' | 'MOD' | 'DEL';
  entity: FtmEntity;
}

/** The delta-file reader (`entities.delta.json`). */
export const reader: ListReader<FtmDeltaOp> = {
  sniff: (firstBytes) => {
    const first = firstJsonLine(firstBytes);
    if (typeof first === 'string') return /^\s*\{\s*"op"\s*:/.test(first);
    return !!first && typeof first.op === 'string' && typeof first.entity === 'object';
  },
  async *records(input: ListInput): AsyncGenerator<SourceRecord<FtmDeltaOp>> {
    for await (const { text, line, offset } of readLines(input)) {
      if (text.trim() === '') continue;
      if (line === 1 && /^\s*\{\s*"versions"\s*:/.test(text)) throw deltaIndexError(input);
      const value = parseLine(input, text, line, offset);
      if (value.versions && typeof value.versions === 'object') {
        throw deltaIndexError(input);
      }
      const op = value.op;
      if (op !== 'ADD' && op !== 'MOD' && op !== 'DEL') {
        throw new LeverageError('invalid_value', `unknown delta op ${JSON.stringify(op)}`, {
          location: { file: input.file, line, column: 'op' },
          expected: 'ADD, MOD or DEL',
        });
      }
      const entity = checkEntity(input, value.entity, line, op !== 'DEL');
      yield { record: { op, entity }, location: { file: input.file, line, offset, record: entity.id }, fileHash: input.hash };
    }
  },
};

/** The delta index (`delta.json`, FORMATS.md §5.3) is not a list: say what to import instead. */
export function deltaIndexError(input: ListInput): LeverageError {
  return new LeverageError('bad_format', 'this is a delta index (delta.json); import the entities.delta.json files it lists, oldest first', {
    location: { file: input.file, line: 1 },
  });
}
