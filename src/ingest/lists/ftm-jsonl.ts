/**
 * OpenSanctions FollowTheMoney exports (FORMATS.md §5): `entities.ftm.json` (one entity per line,
 * every property value an array of strings) and delta files (`{"op": "ADD"|"MOD"|"DEL",
 * "entity": {…}}` per line; DEL carries only the id; files may be empty or lack a final newline).
 */
import { LeverageError } from '../../domain/errors.ts';
import { readLines } from './lines.ts';
import type { ListInput, ListParser, SourceRecord } from './types.ts';

/** A FollowTheMoney entity as exported. */
export interface FtmEntity {
  id: string;
  schema?: string;
  caption?: string;
  properties?: Record<string, string[]>;
  referents?: string[];
  datasets?: string[];
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
  target?: boolean;
}

/** One delta operation. */
export interface FtmDeltaOp {
  op: 'ADD' | 'MOD' | 'DEL';
  entity: FtmEntity;
}

function firstJsonLine(firstBytes: Buffer): Record<string, unknown> | string | undefined {
  const text = firstBytes.toString('utf8').replace(/^\ufeff/, '');
  const line = text.split('\n').find((l) => l.trim() !== '');
  if (!line || !line.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line; // a first line longer than the sniffed bytes
  }
}

function parseLine(input: ListInput, text: string, line: number, offset: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new LeverageError('bad_format', `not a JSON object: ${(err as Error).message}`, { location: { file: input.file, line, offset } });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new LeverageError('bad_format', 'line is not a JSON object', { location: { file: input.file, line, offset } });
  }
  return value as Record<string, unknown>;
}

function checkEntity(input: ListInput, e: unknown, line: number, needSchema: boolean): FtmEntity {
  const entity = e as FtmEntity;
  if (!entity || typeof entity !== 'object' || typeof entity.id !== 'string' || entity.id === '') {
    throw new LeverageError('missing_field', 'entity without a string id', { location: { file: input.file, line, column: 'id' } });
  }
  if (needSchema && typeof entity.schema !== 'string') {
    throw new LeverageError('missing_field', 'entity without a schema', { location: { file: input.file, line, column: 'schema', record: entity.id } });
  }
  const where = (column: string) => ({ location: { file: input.file, line, column, record: entity.id } });
  for (const key of ['schema', 'caption', 'first_seen', 'last_seen', 'last_change'] as const) {
    if (entity[key] !== undefined && typeof entity[key] !== 'string') throw new LeverageError('invalid_value', `${key} is not a string`, where(key));
  }
  if (entity.target !== undefined && typeof entity.target !== 'boolean') throw new LeverageError('invalid_value', 'target is not a boolean', where('target'));
  for (const key of ['referents', 'datasets'] as const) {
    const v = entity[key];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) throw new LeverageError('invalid_value', `${key} is not a list of strings`, where(key));
  }
  if (entity.properties !== undefined && (typeof entity.properties !== 'object' || entity.properties === null || Array.isArray(entity.properties))) {
    throw new LeverageError('invalid_value', 'properties is not an object', { location: { file: input.file, line, column: 'properties', record: entity.id } });
  }
  return entity;
}

/** The `entities.ftm.json` parser. */
export const ftmJsonl: ListParser<FtmEntity> = {
  format: 'ftm-jsonl',
  sniff: (firstBytes) => {
    const first = firstJsonLine(firstBytes);
    if (typeof first === 'string') return /"schema"\s*:/.test(first) && !/^\s*\{\s*"op"/.test(first);
    return !!first && typeof first.id === 'string' && typeof first.schema === 'string';
  },
  async *records(input: ListInput): AsyncGenerator<SourceRecord<FtmEntity>> {
    for await (const { text, line, offset } of readLines(input)) {
      if (text.trim() === '') continue;
      const entity = checkEntity(input, parseLine(input, text, line, offset), line, true);
      yield { record: entity, location: { file: input.file, line, offset, record: entity.id }, fileHash: input.hash };
    }
  },
};

/** The delta-file parser (`entities.delta.json`). */
export const ftmDelta: ListParser<FtmDeltaOp> = {
  format: 'ftm-delta',
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
        throw new LeverageError('invalid_value', `unknown delta op ${JSON.stringify(op)}`, { location: { file: input.file, line, column: 'op' }, expected: 'ADD, MOD or DEL' });
      }
      const entity = checkEntity(input, value.entity, line, op !== 'DEL');
      yield { record: { op, entity }, location: { file: input.file, line, offset, record: entity.id }, fileHash: input.hash };
    }
  },
};

/** The delta index (`delta.json`, FORMATS.md §5.3) is not a list: say what to import instead. */
function deltaIndexError(input: ListInput): LeverageError {
  return new LeverageError('bad_format', 'this is a delta index (delta.json); import the entities.delta.json files it lists, oldest first', { location: { file: input.file, line: 1 } });
}
