/**
 * OpenSanctions FollowTheMoney export `entities.ftm.json` (FORMATS.md §5): one entity per line,
 * every property value an array of strings. The delta files (`../ftm-delta/`) reuse its checks.
 */
import { LeverageError } from '../../../../domain/errors.ts';
import { readLines } from '../../common/lines.ts';
import type { ListInput, ListReader, SourceRecord } from '../../types.ts';

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

/** The first non-empty line as JSON, the line itself when it is cut short, or undefined. */
export function firstJsonLine(firstBytes: Buffer): Record<string, unknown> | string | undefined {
  const text = firstBytes.toString('utf8').replace(/^\ufeff/, '');
  const line = text.split('\n').find((l) => l.trim() !== '');
  if (!line || !line.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line; // a first line longer than the sniffed bytes
  }
}

/** One line as a JSON object; throws `bad_format` with the line's location otherwise. */
export function parseLine(input: ListInput, text: string, line: number, offset: number): Record<string, unknown> {
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

/** Checks the shape of an entity; throws with the line and column of the first fault. */
export function checkEntity(input: ListInput, e: unknown, line: number, needSchema: boolean): FtmEntity {
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
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string')))
      throw new LeverageError('invalid_value', `${key} is not a list of strings`, where(key));
  }
  if (entity.properties !== undefined && (typeof entity.properties !== 'object' || entity.properties === null || Array.isArray(entity.properties))) {
    throw new LeverageError('invalid_value', 'properties is not an object', { location: { file: input.file, line, column: 'properties', record: entity.id } });
  }
  return entity;
}

/** The `entities.ftm.json` reader. */
export const reader: ListReader<FtmEntity> = {
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
