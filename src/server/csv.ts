/**
 * CSV on every tabular route: `?format=csv` or `Accept: text/csv`. Lists are `;`-joined so an
 * exported CSV is also a valid import file.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify/sync';

/** True when the client asked for CSV (the route's querystring schema has `formatParam`). */
export function wantsCsv(request: Pick<FastifyRequest, 'headers'> & { query: { format?: (typeof FORMATS)[number] } }): boolean {
  const format = request.query.format;
  if (format) return format === 'csv';
  const accept = request.headers.accept ?? '';
  return /\btext\/csv\b/.test(accept) && !/application\/json/.test(accept.split(',')[0] ?? '');
}

/** A cell: arrays joined with `;`, objects as JSON, nothing as empty. */
export function csvCell(v: unknown): string | number {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.join(';');
  if (typeof v === 'object') return JSON.stringify(v);
  return typeof v === 'number' ? v : String(v);
}

/** Sends rows as CSV with the given columns in order. */
export function sendCsv(reply: FastifyReply, filename: string, columns: string[], rows: Record<string, unknown>[]): FastifyReply {
  const body = stringify(
    rows.map((r) => columns.map((c) => csvCell(r[c]))),
    { header: true, columns, record_delimiter: '\n' },
  );
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}.csv"`).send(body);
}

/** The `format` query parameter every tabular route accepts. */
const FORMATS = ['json', 'csv'] as const;
export const formatParam = { format: { type: 'string', enum: FORMATS, description: 'csv for a CSV download (or send Accept: text/csv)' } } as const;
