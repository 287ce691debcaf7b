/**
 * Bounded CSV reading shared by every CSV reader (registry CSV, the OFAC CSV set,
 * `targets.simple.csv`, `screen --file` names): the row and field size limits, the line on which
 * each row starts (a quoted field may span lines), and csv-parse's errors turned into located
 * `LeverageError`s, an unclosed quote reported on the line where it opened.
 */
import { parse, type Options, type Parser } from 'csv-parse';
import { LeverageError, type Location } from '../domain/errors.ts';

/** Size limits of CSV input, in characters (UTF-16 code units). */
export interface CsvLimits {
  /** Longest field. Default 4 Mi characters (the longest real list field, OFAC remarks, is under 4,000). */
  maxFieldChars?: number;
  /** Longest row, all fields together; the parser stops there instead of buffering on. Default 16 Mi characters. */
  maxRowChars?: number;
}

export const DEFAULT_CSV_LIMITS: Required<CsvLimits> = { maxFieldChars: 4 * 1024 * 1024, maxRowChars: 16 * 1024 * 1024 };

/** Where the parser stands: the last line of the last row it finished (it reads ahead of its consumer). */
interface Progress {
  end: number;
  empty: number;
  /** The first row (a header, when the format has one). */
  first?: string[];
}
const progress = new WeakMap<Parser, Progress>();

/**
 * A csv-parse parser (records as arrays, with `info`) that stops at the row limit and keeps track
 * of where it stands, so `csvRows` can say where a failing row starts.
 */
export function csvParser(options: Omit<Options, 'info' | 'columns' | 'max_record_size' | 'on_record'>, limits: CsvLimits = {}): Parser {
  const at: Progress = { end: 0, empty: 0 };
  const parser = parse({
    ...options,
    info: true,
    max_record_size: limits.maxRowChars ?? DEFAULT_CSV_LIMITS.maxRowChars,
    on_record: (record, info) => {
      // With `info`, csv-parse hands `{ record, info }` here rather than the bare row.
      at.first ??= Array.isArray(record) ? (record as string[]) : (record as { record: string[] }).record;
      at.end = info.lines;
      at.empty = info.empty_lines;
      return record;
    },
  });
  progress.set(parser, at);
  return parser;
}

/** A parsed row and the 1-based line it starts on. */
export interface CsvRow {
  record: string[];
  line: number;
}

interface ParsedInfo {
  lines: number;
  empty_lines?: number;
}

/**
 * Rows of a `csvParser`, with their start line; fields
 * over the limit and csv-parse errors are thrown as `LeverageError`s naming the file, the line the
 * row starts on and the field (named by `columns`, a function of the index or the header row, else by number).
 */
export async function* csvRows(
  parser: Parser,
  file: string,
  options: { limits?: CsvLimits; columns?: 'first-row' | ((index: number) => string | undefined) } = {},
): AsyncGenerator<CsvRow> {
  const maxField = options.limits?.maxFieldChars ?? DEFAULT_CSV_LIMITS.maxFieldChars;
  const maxRow = options.limits?.maxRowChars ?? DEFAULT_CSV_LIMITS.maxRowChars;
  const columns = options.columns;
  const named = columns === 'first-row' ? (i: number) => progress.get(parser)?.first?.[i]?.trim() || undefined : columns;
  const name = (i: number) => named?.(i) ?? `column ${i + 1}`;
  let prevEnd = 0;
  let prevEmpty = 0;
  try {
    for await (const item of parser) {
      const { record, info } = item as { record: string[]; info: ParsedInfo };
      // A row starts on the line after the previous one ended, past any skipped empty lines.
      const line = prevEnd + 1 + ((info.empty_lines ?? 0) - prevEmpty);
      prevEnd = info.lines;
      prevEmpty = info.empty_lines ?? 0;
      for (let i = 0; i < record.length; i++) {
        if (record[i]!.length > maxField) {
          throw new LeverageError('bad_input', `field ${quoteName(name(i))} is ${record[i]!.length} characters long, over the limit of ${maxField}`, {
            location: { file, line, column: name(i) },
            expected: `fields of at most ${maxField} characters`,
          });
        }
      }
      yield { record, line };
    }
  } catch (err) {
    if (err instanceof LeverageError) throw err;
    const e = err as { code?: string; message?: string; lines?: number; empty_lines?: number; column?: number | string | null; cause?: unknown };
    if (e.cause instanceof LeverageError) throw e.cause;
    // The parser reads ahead: where it stands, not the last row yielded, is where the failing row starts.
    const at = progress.get(parser) ?? { end: prevEnd, empty: prevEmpty };
    const start = at.end + 1 + Math.max(0, (e.empty_lines ?? at.empty) - at.empty);
    const column = typeof e.column === 'number' ? name(e.column) : typeof e.column === 'string' ? e.column : undefined;
    throw fromCsvParseError(e, { file, line: start, column }, maxRow);
  }
}

function quoteName(name: string): string {
  return name.startsWith('column ') ? name : `"${name}"`;
}

/** A located error for a csv-parse error; `at.line` is the line where the failing row starts. */
function fromCsvParseError(e: { code?: string; message?: string; lines?: number }, at: Location, maxRow: number): LeverageError {
  const expected = 'RFC 4180 CSV: one value per header column, quotes doubled inside quoted fields';
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new LeverageError('bad_format', `the quote opened in the row starting on line ${at.line} is never closed (the file ends inside it)`, {
        location: { file: at.file, line: at.line },
        expected,
      });
    case 'CSV_MAX_RECORD_SIZE':
      return new LeverageError('bad_input', `row is longer than ${maxRow} characters${at.column ? ` (limit reached in field ${quoteName(String(at.column))})` : ''}`, {
        location: at,
        expected: `rows of at most ${maxRow} characters`,
      });
    default:
      if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
        const message = (e.message ?? 'malformed CSV').replace(/^Invalid (Record|Closing Quote|Opening Quote): /, '');
        return new LeverageError('bad_format', `malformed CSV row: ${message}`, { location: { file: at.file, line: e.lines ?? at.line }, expected, cause: e });
      }
      return new LeverageError('bad_input', `cannot read the file: ${e.message ?? String(e)}`, { location: { file: at.file }, cause: e });
  }
}
