/**
 * Reads a registry JSON file: an object keyed by kind (`{"releases": [...], "observations": [...]}`),
 * each value an array of records with the same fields as the CSV columns, typed (numbers as
 * numbers, lists as arrays or `;`-separated strings). Errors name the JSON path of the record.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { LeverageError } from '../../domain/errors.ts';
import { recordKindByName, RECORD_KINDS } from '../../domain/schema/index.ts';
import { splitList } from '../../domain/types/country.ts';
import { firstInvalid } from '../utf8.ts';
import { toRecordFromJson, type ParsedRecord } from './validate.ts';

export async function readRegistryJson(file: string): Promise<ParsedRecord[]> {
  const bytes = await readFile(file);
  const bad = firstInvalid(bytes);
  if (bad < bytes.length) {
    const line = bytes.subarray(0, bad).toString('utf8').split('\n').length;
    throw new LeverageError('bad_encoding', `byte 0x${bytes[bad]!.toString(16)} is not valid UTF-8`, {
      location: { file, line, offset: bad },
      expected: 'UTF-8 text',
    });
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    // JSON.parse's message does not always carry a position; jsonc-parser reports the offset.
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
    const pos = errors[0]?.offset;
    const before = pos === undefined ? undefined : text.slice(0, pos).split('\n');
    throw new LeverageError('bad_format', `not valid JSON: ${(err as Error).message}`, {
      location: { file, ...(before ? { line: before.length, column: before[before.length - 1]!.length + 1, offset: pos } : {}) },
      expected: 'a JSON object keyed by record kind, e.g. {"releases": [...]}',
    });
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new LeverageError('bad_format', 'the top level must be an object keyed by record kind', {
      location: { file },
      expected: `keys among ${RECORD_KINDS.map((k) => k.plural).join(', ')}`,
    });
  }
  const out: ParsedRecord[] = [];
  for (const [key, list] of Object.entries(doc)) {
    const kind = recordKindByName(key);
    if (!kind)
      throw new LeverageError('unknown_column', `unknown record kind "${key}"`, {
        location: { file, path: key },
        expected: `one of ${RECORD_KINDS.map((k) => k.plural).join(', ')}`,
      });
    if (!Array.isArray(list)) throw new LeverageError('bad_format', `"${key}" must be an array of records`, { location: { file, path: key } });
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const at = { file, path: `${key}[${i}]` };
      const parsed = toRecordFromJson(
        kind,
        listsFromStrings(
          item,
          kind.fields.filter((f) => f.type === 'list').map((f) => f.name),
        ),
        at,
      );
      const id = String(parsed.record.id);
      if (seen.has(id)) throw new LeverageError('conflict', `id "${id}" appears twice in ${key}`, { location: { ...at, column: 'id' } });
      seen.add(id);
      out.push(parsed);
    });
  }
  return out;
}

/** Accepts `"UA;LT"` where a list is expected, as in the CSV. */
function listsFromStrings(item: unknown, listFields: string[]): unknown {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
  const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const f of listFields) if (typeof copy[f] === 'string') copy[f] = splitList(copy[f] as string);
  return copy;
}
