/**
 * The one error class of Leverage. Parsers, importers and the store raise it with a stable
 * `code` and, where the fault lies in input, a `location` naming the file and the place in it.
 * The server turns it into application/problem+json; the CLI prints `file:line:column: message`.
 */
export interface Location {
  file?: string;
  /** 1-based line number in the file. */
  line?: number;
  /** 1-based column number, or a column / field name for tabular input. */
  column?: number | string;
  /** Byte offset from the start of the file, when lines mean nothing (binary, XML streams). */
  offset?: number;
  /** Path of elements for XML, e.g. `sdnList/sdnEntry[3]/akaList`. */
  path?: string;
  /** The source record id, when one is known. */
  record?: string;
}

export type ErrorCode =
  | 'bad_input'
  | 'bad_encoding'
  | 'bad_format'
  | 'unknown_column'
  | 'missing_field'
  | 'invalid_value'
  | 'not_found'
  | 'conflict'
  | 'unauthorised'
  | 'rate_limited'
  | 'forbidden'
  | 'locked'
  | 'migration_failed'
  /** A list download failed: the server's status, a timeout, a truncated or oversized body. */
  | 'fetch_failed'
  | 'internal';

export class LeverageError extends Error {
  readonly code: ErrorCode;
  readonly location?: Location;
  /** What was expected at the location, in words (e.g. "an EDTF date such as 2025-12-13"). */
  readonly expected?: string;

  constructor(code: ErrorCode, message: string, options: { location?: Location; expected?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LeverageError';
    this.code = code;
    this.location = options.location;
    this.expected = options.expected;
  }

  /** `file:line:column: message (expected …)` — the form the CLI prints. */
  describe(): string {
    return `${formatLocation(this.location)}${this.message}${this.expected ? ` (expected ${this.expected})` : ''}`;
  }
}

/** Formats a location as a `file:line:column: ` prefix; empty when nothing is known. */
export function formatLocation(location: Location | undefined): string {
  if (!location) return '';
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.column !== undefined) parts.push(String(location.column));
  let prefix = parts.join(':');
  if (location.offset !== undefined) prefix += `${prefix ? ' ' : ''}@byte ${location.offset}`;
  if (location.path) prefix += `${prefix ? ' ' : ''}<${location.path}>`;
  if (location.record) prefix += `${prefix ? ' ' : ''}[${location.record}]`;
  return prefix ? `${prefix}: ` : '';
}

/** A problem a parser recovered from: same shape as an error, kept, never silently dropped. */
export interface Warning {
  code: string;
  message: string;
  location?: Location;
}
