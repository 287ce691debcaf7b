/** JSON Schema (for fastify validation and OpenAPI) derived from the domain's field declarations. */
import { MAX_COUNT, type Field } from '../domain/fields.ts';
import type { RecordKind } from '../domain/schema/index.ts';

export function jsonSchemaForField(f: Field): Record<string, unknown> {
  const base = { description: f.doc };
  switch (f.type) {
    case 'count':
      return { ...base, type: 'integer', minimum: 0, maximum: MAX_COUNT };
    case 'number':
      return { ...base, type: 'number' };
    case 'enum':
      return { ...base, type: 'string', enum: [...f.values] };
    case 'list':
      return { ...base, type: 'array', items: f.values ? { type: 'string', enum: [...f.values] } : { type: 'string' } };
    case 'url':
      return { ...base, type: 'string', format: 'uri' };
    case 'edtf':
      return { ...base, type: 'string', description: `${f.doc} (EDTF)` };
    default:
      return { ...base, type: 'string' };
  }
}

/** The schema of a record of `kind` as the API returns it. */
export function recordJsonSchema(kind: RecordKind): Record<string, unknown> {
  return {
    type: 'object',
    description: kind.doc,
    properties: Object.fromEntries(kind.fields.map((f) => [f.name, jsonSchemaForField(f)])),
    required: kind.fields.filter((f) => f.required && f.name !== 'published').map((f) => f.name),
  };
}

/** A day, for `from`/`to` filters. */
export const dayParam = {
  type: 'string',
  format: 'edtf-day',
  maxLength: 10,
  description: 'YYYY, YYYY-MM or YYYY-MM-DD (EDTF; a real day, years 1000–9999)',
} as const;
