/**
 * How each record kind maps onto its table: the columns come from the kind's fields, so the
 * schema in `domain/schema` stays the one place a field is declared.
 */
import type { Field } from '../domain/fields.ts';
import type { RecordKind } from '../domain/schema/index.ts';

export interface Column {
  name: string;
  sqlType: 'text' | 'integer' | 'double precision' | 'jsonb';
  /** Reads the column's value out of a record (already validated). */
  value(record: Record<string, unknown>): unknown;
}

const TABLES: Record<string, string> = {
  release: 'release',
  measure: 'measure',
  contact: 'contact',
  political_event: 'political_event',
  observation: 'observation',
  case: 'detention_case',
};

/** The fields that become the `source` row rather than columns (the record keeps `source_id` and `evidence`). */
const SOURCE_ONLY = new Set(['source_url', 'publisher', 'published']);

export function tableFor(kind: RecordKind): string {
  const table = TABLES[kind.name];
  if (!table) throw new Error(`no table for record kind ${kind.name}`);
  return table;
}

function sqlTypeOf(field: Field): Column['sqlType'] {
  return field.type === 'list' ? 'jsonb' : field.type === 'count' ? 'integer' : field.type === 'number' ? 'double precision' : 'text';
}

/** The columns written for a kind, in a fixed order. */
export function columnsFor(kind: RecordKind, extra: Column[] = []): Column[] {
  const cols: Column[] = kind.fields
    .filter((f) => !SOURCE_ONLY.has(f.name))
    .map((f) => {
      const sqlType = sqlTypeOf(f);
      return {
        name: f.name,
        sqlType,
        value: (r: Record<string, unknown>) => (r[f.name] === undefined ? null : sqlType === 'jsonb' ? JSON.stringify(r[f.name]) : r[f.name]),
      };
    });
  return [...cols, ...extra];
}

/** Store-only columns that records never show (date span, source key, origin, sort keys). */
const INTERNAL = new Set(['date_start', 'date_end', 'source_id', 'origin', 'actor_id', 'sort_key', 'deleted_at', 'deleted_by']);

/**
 * SQL: the row (of table alias `alias`, or unqualified) is public: not deleted by an admin and not
 * flagged unpublished. Everything below editor, and every analysis, reads only such rows.
 */
export function publicRow(alias?: string): string {
  const a = alias ? `${alias}.` : '';
  return `(${a}deleted_at IS NULL AND ${a}visibility IS DISTINCT FROM 'unpublished')`;
}

/**
 * SQL: actor `alias` is public: it is not the person of a deleted or unpublished case (a case's
 * person is named nowhere public until the case is).
 */
export function publicActor(alias = 'a'): string {
  return `NOT EXISTS (SELECT 1 FROM detention_case hc WHERE hc.actor_id = ${alias}.id AND NOT ${publicRow('hc')})`;
}

/** SQL: the row is not deleted (editors see unpublished rows in lists, not deleted ones). */
export function notDeleted(alias?: string): string {
  return `${alias ? `${alias}.` : ''}deleted_at IS NULL`;
}

/** Reads a row back into a record: nulls and store-only columns dropped, so optional fields are absent as in the domain types. */
export function rowToRecord<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined && !INTERNAL.has(k)) out[k] = v;
  return out as T;
}

/** `SELECT … FROM table t` with the citation columns a record shows (`source_url`, `publisher`, `published`) joined from `source`. */
export function selectCited(table: string, extraColumns = ''): string {
  return `SELECT t.*${extraColumns ? `, ${extraColumns}` : ''}, s.url AS source_url, s.publisher, s.published
          FROM ${table} t LEFT JOIN source s ON s.id = t.source_id`;
}
