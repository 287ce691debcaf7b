/**
 * Turns one row of strings (CSV) or one JSON object into a validated record of a kind, and its
 * source. Errors name the column and what it expects.
 */
import { createHash } from 'node:crypto';
import { LeverageError, type Location } from '../../domain/errors.ts';
import { checkValue, describeField, readCell } from '../../domain/fields.ts';
import type { RecordKind } from '../../domain/schema/index.ts';
import type { ParsedRecord, Source } from '../../domain/records.ts';
import { parseEdtf } from '../../domain/types/edtf-date.ts';

export type { ParsedRecord } from '../../domain/records.ts';

/** The source id of a URL: stable across imports, so the same page is one source. */
export function sourceIdFor(url: string): string {
  let id = recentIds.get(url);
  if (id === undefined) {
    id = 'src-' + createHash('sha1').update(url.trim()).digest('hex').slice(0, 16);
    if (recentIds.size > 50_000) recentIds.clear(); // bounded: big files repeat few sources
    recentIds.set(url, id);
  }
  return id;
}
const recentIds = new Map<string, string>();

/** Validates a CSV row (all strings). */
export function toRecord(kind: RecordKind, row: Record<string, string>, at: Location): ParsedRecord {
  const record: Record<string, unknown> = {};
  for (const field of kind.fields) {
    const raw = row[field.name] ?? '';
    const result = readCell(field, raw);
    if (!result.ok) {
      const what = raw.trim() === '' ? 'is empty' : `has ${JSON.stringify(raw.length > 60 ? raw.slice(0, 60) + '…' : raw)}`;
      throw new LeverageError(raw.trim() === '' ? 'missing_field' : 'invalid_value', `column "${field.name}" ${what}`, {
        location: { ...at, column: field.name },
        expected: result.expected,
      });
    }
    if (result.value !== undefined) record[field.name] = result.value;
  }
  checkRecord(kind, record, at);
  return { kind, record, source: sourceOf(record) };
}

/** Validates a JSON object: types must already be right (numbers as numbers, lists as arrays). */
export function toRecordFromJson(kind: RecordKind, value: unknown, at: Location): ParsedRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new LeverageError('bad_format', `a ${kind.name} must be a JSON object`, { location: at });
  }
  const obj = value as Record<string, unknown>;
  const known = new Set(kind.fields.map((f) => f.name));
  const unknown = Object.keys(obj).find((k) => !known.has(k));
  if (unknown) {
    throw new LeverageError('unknown_column', `unknown field "${unknown}" for ${kind.plural}`, {
      location: { ...at, column: unknown },
      expected: `only the fields of ${kind.plural}: ${kind.fields.map((f) => f.name).join(', ')}`,
    });
  }
  const record: Record<string, unknown> = {};
  for (const field of kind.fields) {
    const v = obj[field.name];
    if (v === undefined || v === null || v === '') {
      if (field.required)
        throw new LeverageError('missing_field', `field "${field.name}" is missing`, {
          location: { ...at, column: field.name },
          expected: describeField(field),
        });
      continue;
    }
    const result = checkValue(field, typeof v === 'string' ? v.trim() : v);
    if (!result.ok)
      throw new LeverageError('invalid_value', `field "${field.name}" has ${JSON.stringify(v).slice(0, 60)}`, {
        location: { ...at, column: field.name },
        expected: result.expected,
      });
    record[field.name] = result.value;
  }
  checkRecord(kind, record, at);
  return { kind, record, source: sourceOf(record) };
}

/** Checks that span fields: a period must not end before it starts. */
function checkRecord(kind: RecordKind, record: Record<string, unknown>, at: Location): void {
  const start = record.period_start as string | undefined;
  const end = record.period_end as string | undefined;
  if (start && end && parseEdtf(start)!.start > parseEdtf(end)!.end) {
    throw new LeverageError('invalid_value', `period_end ${end} is before period_start ${start}`, {
      location: { ...at, column: 'period_end' },
      expected: 'a period that ends on or after its start',
    });
  }
  void kind;
}

function sourceOf(record: Record<string, unknown>): Source {
  const url = String(record.source_url);
  return { id: sourceIdFor(url), url, publisher: String(record.publisher), ...(record.published ? { published: String(record.published) } : {}) };
}
