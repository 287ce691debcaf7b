/**
 * The CSV files a user gives the name tools: `screen --file` (a column `name`, else the first
 * column; an optional `schema`) and `names compare --pairs` (read as a table; the command picks
 * its columns). Small files read whole, with the limits and located errors of every CSV reader
 * (`csv-rows.ts`): a malformed file is a `LeverageError` naming the line, never a stack trace.
 */
import { LeverageError } from '../domain/errors.ts';
import { csvRowsOf, type CsvLimits } from './csv-rows.ts';
import { refuseWideEncoding } from './wide-encoding.ts';

/** One name to screen, with the line it came from. */
export interface NameQuery {
  name: string;
  /** The row's `schema` value, when the file has that column and the row fills it. */
  schema?: string;
  /** Optional properties for screening, from columns of the same names when the row fills them. */
  birth_date?: string;
  nationality?: string;
  /** Identifiers (passport, registration numbers), several separated by `;`; a column `ids` (an `id` column is the row's own). */
  ids?: string;
  line: number;
}

/**
 * The rows of a CSV table (BOM, CRLF, quoted fields and ragged rows tolerated), header included.
 * `relaxQuotes` accepts a quote inside an unquoted field, as the pairs file always has.
 */
export function readCsvTable(input: Buffer | string, file: string, options: { relaxQuotes?: boolean; limits?: CsvLimits } = {}): string[][] {
  if (typeof input !== 'string') refuseWideEncoding(input.subarray(0, 512), file);
  const csv = { bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: !!options.relaxQuotes, trim: false };
  const rows = csvRowsOf(input, file, csv, options.limits, 'first-row');
  return rows.map((r) => r.record);
}

/** The names of a `screen --file` CSV: a header row, then one name per row. */
export function readNamesCsv(input: Buffer | string, file: string, limits?: CsvLimits): NameQuery[] {
  if (typeof input !== 'string') refuseWideEncoding(input.subarray(0, 512), file);
  const rows = csvRowsOf(input, file, { bom: true, relax_column_count: true, skip_empty_lines: true }, limits, 'first-row');
  const header = rows[0]?.record.map((h) => h.trim());
  if (!header) {
    throw new LeverageError('bad_input', 'empty names file', {
      location: { file, line: 1 },
      expected: 'a header row (a column `name`, else the first column is screened), then one name per row',
    });
  }
  const nameAt = Math.max(0, header.indexOf('name'));
  const optional = (['schema', 'birth_date', 'nationality', 'ids'] as const).map((c) => [c, header.indexOf(c)] as const).filter(([, at]) => at >= 0);
  return rows.slice(1).map(({ record, line }) => {
    const query: NameQuery = { name: record[nameAt] ?? '', line };
    for (const [column, at] of optional) if (record[at]) query[column] = record[at];
    return query;
  });
}
