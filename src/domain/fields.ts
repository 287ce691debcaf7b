/**
 * Field types of registry records, declared as data (FollowTheMoney's property-type habit): each
 * knows how to read a CSV cell, how to validate a JSON value (as a zod schema) and how to say what
 * it expects. Record kinds in `schema/` are lists of fields; their TypeScript types, the import
 * validation and `docs/data-model.md` all derive from those lists.
 */
import { z } from 'zod';
import { describeEdtf, parseEdtf } from './types/edtf-date.ts';
import { splitList } from './types/country.ts';

/** Largest count accepted anywhere: far above any real prisoner or detention count. */
export const MAX_COUNT = 10_000_000;
const MAX_TEXT = 4000;

export type FieldType =
  | { type: 'id' }
  | { type: 'text'; max?: number }
  | { type: 'edtf' }
  | { type: 'count' }
  | { type: 'number' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'list'; values?: readonly string[] }
  | { type: 'url' };

export type Field = FieldType & {
  name: string;
  required?: boolean;
  /** One line for docs: what the field means. */
  doc: string;
};

/** Outcome of reading a cell: a value, nothing (empty cell) or what was expected instead. */
export type CellResult = { ok: true; value: unknown } | { ok: false; expected: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** What a field accepts, in words, for error messages and docs. */
export function describeField(field: Field): string {
  switch (field.type) {
    case 'id':
      return 'an id of letters, digits and . _ : - (at most 128 characters)';
    case 'text':
      return `text of at most ${field.max ?? MAX_TEXT} characters`;
    case 'edtf':
      return describeEdtf;
    case 'count':
      return `a whole number from 0 to ${MAX_COUNT.toLocaleString('en')}`;
    case 'number':
      return 'a finite number';
    case 'enum':
      return `one of ${field.values.join(', ')}`;
    case 'list':
      return field.values ? `a ;-separated list of ${field.values.join(', ')}` : 'a ;-separated list';
    case 'url':
      return 'an http(s) URL';
  }
}

/** Reads one CSV cell. Empty cells are `undefined`; a required empty cell is an error. */
export function readCell(field: Field, raw: string): CellResult {
  const text = raw.trim();
  if (text === '') return field.required ? { ok: false, expected: `a value: ${describeField(field)}` } : { ok: true, value: undefined };
  // Plain checks for the common cell types: a CSV import reads millions of cells, and these are
  // the same rules as `zodFor` states (a test holds the two together).
  switch (field.type) {
    case 'count': {
      const n = Number(text);
      return /^\d+$/.test(text) && n <= MAX_COUNT ? { ok: true, value: n } : fail(field);
    }
    case 'number':
      return checkValue(field, Number(text));
    case 'list':
      return checkValue(field, splitList(text));
    case 'text':
      return text.length <= (field.max ?? MAX_TEXT) ? { ok: true, value: text } : fail(field);
    case 'enum':
      return enumSet(field).has(text) ? { ok: true, value: text } : fail(field);
    case 'edtf':
      return parseEdtf(text) ? { ok: true, value: text } : fail(field);
    default:
      return checkValue(field, text);
  }
}

const enums = new WeakMap<Field, Set<string>>();
function enumSet(field: Field & { type: 'enum' }): Set<string> {
  let set = enums.get(field);
  if (!set) enums.set(field, (set = new Set(field.values)));
  return set;
}

/** Validates an already-typed value (from JSON or from `readCell`). */
export function checkValue(field: Field, value: unknown): CellResult {
  let schema = compiled.get(field);
  if (!schema) compiled.set(field, (schema = zodFor(field)));
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : fail(field);
}

/** Schemas built once per field: building a zod schema costs far more than using it. */
const compiled = new WeakMap<Field, z.ZodTypeAny>();

function fail(field: Field): CellResult {
  return { ok: false, expected: describeField(field) };
}

/** The zod schema of one field's value (required-ness is applied by `recordSchema`). */
export function zodFor(field: Field): z.ZodTypeAny {
  switch (field.type) {
    case 'id':
      return z.string().regex(ID);
    case 'text':
      return z.string().max(field.max ?? MAX_TEXT);
    case 'edtf':
      return z.string().refine((s) => parseEdtf(s) !== undefined);
    case 'count':
      return z.number().int().min(0).max(MAX_COUNT);
    case 'number':
      return z.number().finite().min(-1e12).max(1e12);
    case 'enum':
      return z.enum(field.values as [string, ...string[]]);
    case 'list':
      return z.array(field.values ? z.enum(field.values as [string, ...string[]]) : z.string().min(1).max(200)).max(1000);
    case 'url':
      return z
        .string()
        .max(2000)
        .url()
        .refine((s) => /^https?:\/\//i.test(s));
  }
}

/** A zod object schema for a record made of `fields`; unknown keys are rejected. */
export function recordSchema(fields: readonly Field[]) {
  const shape: Record<string, z.ZodTypeAny> = {};
  for (const f of fields) shape[f.name] = f.required ? zodFor(f) : zodFor(f).optional();
  return z.object(shape).strict();
}
