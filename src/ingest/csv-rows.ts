/**
 * Bounded CSV reading shared by every CSV reader (registry CSV, the OFAC CSV set,
 * `targets.simple.csv`, `screen --file` names and `names compare` pairs): the row and field size
 * limits, the line on which each row starts (a quoted field may span lines), and csv-parse's
 * errors turned into located `LeverageError`s, an unclosed quote reported on the line where it
 * opened.
 */
import { parse, type Options, type Parser } from 'csv-parse';
import { parse as parseWhole } from 'csv-parse/sync';
import { LeverageError, type Location } from '../domain/errors.ts';

/** Size limits of CSV input, in characters (UTF-16 code units). */
export interface CsvLimits {
  /** Longest field. Default 4 Mi characters (the longest real list field, OFAC remarks, is under 4,000). */
  maxFieldChars?: number;
  /** Longest row, all fields together; the parser stops there instead of buffering on. Default 16 Mi characters. */
  maxRowChars?: number;
}

export const DEFAULT_CSV_LIMITS: Required<CsvLimits> = { maxFieldChars: 4 * 1024 * 1024, maxRowChars: 16 * 1024 * 1024 };

/** csv-parse options a caller may set (the rest belong to this module). */
export type CsvOptions = Omit<Options, 'info' | 'columns' | 'max_record_size' | 'on_record' | 'objname'>;

/** A parsed row and the 1-based line it starts on. */
export interface CsvRow {
  record: string[];
  line: number;
}

/** How columns are named in messages: by a function of the index, or by the file's first row. */
export type ColumnNames = 'first-row' | ((index: number) => string | undefined);

/** Where a parser stands: the last line of the last row it finished (it reads ahead of its consumer). */
interface Progress {
  end: number;
  empty: number;
  /** The first row (a header, when the format has one). */
  first?: string[];
}
const progress = new WeakMap<Parser, Progress>();

/** The csv-parse options that enforce the row limit and record `at`. */
function parseOptions(options: CsvOptions, limits: CsvLimits, at: Progress): Options {
  return {
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
  };
}

/**
 * A streaming csv-parse parser (records as arrays, with `info`) that stops at the row limit and
 * keeps track of where it stands, so `csvRows` can say where a failing row starts.
 */
export function csvParser(options: CsvOptions, limits: CsvLimits = {}): Parser {
  const at: Progress = { end: 0, empty: 0 };
  const parser = parse(parseOptions(options, limits, at));
  progress.set(parser, at);
  return parser;
}

/**
 * Rows of a `csvParser`, with their start line; fields over the limit and csv-parse errors are
 * thrown as `LeverageError`s naming the file, the line the row starts on and the field.
 */
export async function* csvRows(parser: Parser, file: string, options: { limits?: CsvLimits; columns?: ColumnNames } = {}): AsyncGenerator<CsvRow> {
  const at = progress.get(parser) ?? { end: 0, empty: 0 };
  const rows = new RowChecker(file, options.limits ?? {}, options.columns, at);
  try {
    for await (const item of parser) yield rows.check(item as Parsed);
  } catch (err) {
    throw rows.error(err);
  }
}

/** Rows of a whole CSV text (a names file, name pairs), with the same limits and messages as `csvRows`. */
export function csvRowsOf(text: Buffer | string, file: string, options: CsvOptions, limits: CsvLimits = {}, columns?: ColumnNames): CsvRow[] {
  const at: Progress = { end: 0, empty: 0 };
  const rows = new RowChecker(file, limits, columns, at);
  try {
    return (parseWhole(text, parseOptions(options, limits, at)) as unknown as Parsed[]).map((item) => rows.check(item));
  } catch (err) {
    throw rows.error(err);
  }
}

interface Parsed {
  record: string[];
  info: { lines: number; empty_lines?: number };
}

/** Start lines, the field limit and error translation for one file's rows. */
class RowChecker {
  private prevEnd = 0;
  private prevEmpty = 0;
  private readonly maxField: number;
  private readonly maxRow: number;

  constructor(
    private readonly file: string,
    limits: CsvLimits,
    private readonly columns: ColumnNames | undefined,
    private readonly at: Progress,
  ) {
    this.maxField = limits.maxFieldChars ?? DEFAULT_CSV_LIMITS.maxFieldChars;
    this.maxRow = limits.maxRowChars ?? DEFAULT_CSV_LIMITS.maxRowChars;
  }

  private name(i: number): string {
    const named = this.columns === 'first-row' ? this.at.first?.[i]?.trim() || undefined : this.columns?.(i);
    return named ?? `column ${i + 1}`;
  }

  check({ record, info }: Parsed): CsvRow {
    // A row starts on the line after the previous one ended, past any skipped empty lines.
    const line = this.prevEnd + 1 + ((info.empty_lines ?? 0) - this.prevEmpty);
    this.prevEnd = info.lines;
    this.prevEmpty = info.empty_lines ?? 0;
    for (let i = 0; i < record.length; i++) {
      if (record[i]!.length > this.maxField) {
        const name = this.name(i);
        throw new LeverageError('bad_input', `field ${quoteName(name)} is ${record[i]!.length} characters long, over the limit of ${this.maxField}`, {
          location: { file: this.file, line, column: name },
          expected: `fields of at most ${this.maxField} characters`,
        });
      }
    }
    return { record, line };
  }

  error(err: unknown): LeverageError {
    if (err instanceof LeverageError) return err;
    const e = err as { code?: string; message?: string; lines?: number; empty_lines?: number; column?: number | string | null; cause?: unknown };
    if (e?.cause instanceof LeverageError) return e.cause;
    // The parser reads ahead: where it stands, not the last row handed out, is where the failing row starts.
    const start = this.at.end + 1 + Math.max(0, (e?.empty_lines ?? this.at.empty) - this.at.empty);
    const column = typeof e?.column === 'number' ? this.name(e.column) : typeof e?.column === 'string' ? e.column : undefined;
    return fromCsvParseError(e ?? {}, { file: this.file, line: start, column }, this.maxRow);
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
    case 'CSV_MAX_RECORD_SIZE': {
      const where = at.column ? ` (limit reached in field ${quoteName(String(at.column))})` : '';
      return new LeverageError('bad_input', `row is longer than ${maxRow} characters${where}`, {
        location: at,
        expected: `rows of at most ${maxRow} characters`,
      });
    }
    default:
      if (typeof e.code === 'string' && /^(CSV_|INVALID_)/.test(e.code)) {
        const message = (e.message ?? 'malformed CSV').replace(/^Invalid (Record|Closing Quote|Opening Quote): /, '');
        return new LeverageError('bad_format', `malformed CSV row: ${message}`, { location: { file: at.file, line: e.lines ?? at.line }, expected, cause: e });
      }
      return new LeverageError('bad_input', `cannot read the file: ${e.message ?? String(e)}`, { location: { file: at.file }, cause: e });
  }
}
