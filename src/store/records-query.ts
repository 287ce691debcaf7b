/**
 * Paged, filtered reads of the registry's record kinds for the API. Filters are declared as data
 * per kind; pagination is by cursor over (date_start, id), so pages stay stable while rows are
 * added, and a page never costs an OFFSET scan.
 */
import { LeverageError } from '../domain/errors.ts';
import type { RecordKind } from '../domain/schema/index.ts';
import type { Queryable } from './db.ts';
import { notDeleted, publicRow, rowToRecord, selectCited, tableFor } from './tables.ts';

/** A filter a kind accepts: query parameter → SQL condition. */
export interface FilterSpec {
  param: string;
  doc: string;
  /** `eq`: column = value; `list`: a jsonb list column contains value; `either`: any of `columns` equals value. */
  op: 'eq' | 'list' | 'either';
  columns: string[];
}

const FILTERS: Record<string, FilterSpec[]> = {
  release: [
    { param: 'mode', doc: 'release mode', op: 'eq', columns: ['mode'] },
    { param: 'counterpart', doc: 'a country that received or brokered the release (ISO code)', op: 'either', columns: ['received_by', 'brokered_by'] },
    { param: 'count_basis', doc: 'confirmed, reported or announced', op: 'eq', columns: ['count_basis'] },
  ],
  measure: [
    { param: 'issuer', doc: 'issuer code (EU, US, UK, …)', op: 'eq', columns: ['issuer'] },
    { param: 'action', doc: 'impose, expand, extend, ease, lift, delist', op: 'eq', columns: ['action'] },
    { param: 'programme', doc: 'programme tag', op: 'list', columns: ['programme'] },
  ],
  contact: [
    { param: 'kind', doc: 'contact kind', op: 'eq', columns: ['kind'] },
    { param: 'counterpart', doc: 'either party of the contact', op: 'either', columns: ['from_actor', 'to_actor'] },
  ],
  political_event: [{ param: 'kind', doc: 'event kind', op: 'eq', columns: ['kind'] }],
  observation: [
    { param: 'metric', doc: 'metric (current, recognised_in_period, …)', op: 'eq', columns: ['metric'] },
    { param: 'source_org', doc: 'the counter (source_org: a rights group, a media tally, the authorities)', op: 'eq', columns: ['source_org'] },
  ],
  case: [
    { param: 'exit_mode', doc: 'how the detention ended', op: 'eq', columns: ['exit_mode'] },
    { param: 'release_id', doc: 'the release the exit was part of', op: 'eq', columns: ['release_id'] },
  ],
};

export function filtersFor(kind: RecordKind): FilterSpec[] {
  return FILTERS[kind.name] ?? [];
}

export interface RecordQuery {
  /** First day (inclusive) of the record's date (`exit_date` for cases). */
  from?: string;
  /** Last day (inclusive). */
  to?: string;
  /** Values of the kind's filters, by parameter name. */
  filters?: Record<string, string | undefined>;
  cursor?: string;
  /** Page size, 1–10,000. */
  limit: number;
  /** Include records flagged unpublished (editors and admins). Deleted records are never listed. */
  unpublished?: boolean;
}

export interface RecordPage<T = Record<string, unknown>> {
  items: T[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  next_cursor?: string;
}

/** One page of records of `kind`, in date then id order, with their citation fields. */
export async function queryRecords(db: Queryable, kind: RecordKind, q: RecordQuery): Promise<RecordPage> {
  const table = tableFor(kind);
  const sortCol = kind.name === 'case' ? "coalesce(t.exit_date, '')" : 't.date_start';
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  where.push(q.unpublished ? notDeleted('t') : publicRow('t'));
  if (q.from) where.push(`${sortCol} >= ${p(q.from)}`);
  if (q.to) where.push(`${sortCol} <= ${p(q.to + '\uffff')}`);
  for (const spec of filtersFor(kind)) {
    const value = q.filters?.[spec.param];
    if (value === undefined || value === '') continue;
    if (spec.op === 'eq') where.push(`t.${spec.columns[0]} = ${p(value)}`);
    else if (spec.op === 'list') where.push(`t.${spec.columns[0]} @> ${p(JSON.stringify([value]))}::jsonb`);
    else {
      const v = p(value);
      where.push(`(${spec.columns.map((c) => (isListColumn(kind, c) ? `t.${c} @> jsonb_build_array(${v}::text)` : `t.${c} = ${v}`)).join(' OR ')})`);
    }
  }
  if (q.cursor) {
    const [key, id] = decodeCursor(q.cursor);
    where.push(`(${sortCol}, t.id) > (${p(key)}, ${p(id)})`);
  }
  const rows = await db.query(
    `${selectCited(table, `${sortCol} AS sort_key`)}
     ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
     ORDER BY ${sortCol}, t.id LIMIT ${p(q.limit + 1)}`,
    params,
  );
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map((r) => rowToRecord(r)),
    ...(more && last ? { next_cursor: encodeCursor(String(last.sort_key), String(last.id)) } : {}),
  };
}

/** A record with its store state: when and by whom it was deleted (absent when it was not). */
export interface RecordWithState {
  record: Record<string, unknown>;
  deletedAt?: string;
  deletedBy?: string;
}

/** One record by id, deleted or not, with its deletion state; undefined when there is no such row. */
export async function getRecordWithState(db: Queryable, kind: RecordKind, id: string): Promise<RecordWithState | undefined> {
  const [row] = await db.query(`${selectCited(tableFor(kind))} WHERE t.id = $1`, [id]);
  if (!row) return undefined;
  const at = row.deleted_at as Date | string | null;
  return {
    record: rowToRecord(row),
    ...(at ? { deletedAt: new Date(at).toISOString(), deletedBy: String(row.deleted_by ?? '') } : {}),
  };
}

/** Marks a record deleted (`by` is the actor) or, with `by` null, not deleted; returns whether a row changed. */
export async function setDeleted(db: Queryable, kind: RecordKind, id: string, by: string | null): Promise<boolean> {
  const rows = await db.query(
    by === null
      ? `UPDATE ${tableFor(kind)} SET deleted_at = NULL, deleted_by = NULL WHERE id = $1 AND deleted_at IS NOT NULL RETURNING id`
      : `UPDATE ${tableFor(kind)} SET deleted_at = now(), deleted_by = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
    by === null ? [id] : [id, by],
  );
  return rows.length > 0;
}

/** One record by id (deleted or not), or undefined. */
export async function getRecord(db: Queryable, kind: RecordKind, id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.query(`${selectCited(tableFor(kind))} WHERE t.id = $1`, [id]);
  return row && rowToRecord(row);
}

function isListColumn(kind: RecordKind, column: string): boolean {
  return kind.fields.some((f) => f.name === column && f.type === 'list');
}

function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string')) return v as [string, string];
  } catch {
    /* fall through */
  }
  throw new LeverageError('invalid_value', 'cursor is not one this API gave out', {
    location: { column: 'cursor' },
    expected: 'the next_cursor of a previous page',
  });
}
