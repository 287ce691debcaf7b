/**
 * The one interface every list parser implements, and the events the read pipeline yields.
 * A parser is `sniff` (look at the first bytes) plus `records` (an async generator of
 * source-shaped records, each with its location and the file hash). Mapping to the designation
 * model is a separate, pure step (`map-*.ts`).
 */
import type { Location, Warning } from '../../domain/errors.ts';
import type { Designation, Identifier, ListFormat, ListSource } from '../../domain/designation.ts';

/** Limits that keep memory bounded on hostile input. */
export interface ReadLimits {
  /** Longest run of characters between two XML events (a text node, an attribute list). Default 16 Mi chars. */
  maxTextChars?: number;
  /** Largest XML record (one `sdnEntry`, `DistinctParty`…) in characters. Default 64 Mi chars. */
  maxRecordChars?: number;
  /** Longest JSON line in bytes. Default 64 MiB. */
  maxLineBytes?: number;
}

/** One input file, already probed (hashed and checked for UTF-8). */
export interface ListInput {
  /** File path, used for reading (unless `bytes` is set) and in every location. */
  file: string;
  /** In-memory content (tests, fuzzing); when absent the file is streamed from disk. */
  bytes?: Buffer;
  /** SHA-256 hex of the content. */
  hash: string;
  /** The first bytes (up to 4 KiB), from the probe. */
  head?: Buffer;
  /** Byte offset of the first byte that is not valid UTF-8; undefined when the file is valid UTF-8. */
  invalidUtf8At?: number;
  /** Receives recoverable problems; each has a location. */
  warn(warning: Warning): void;
  /** Called with the number of bytes read, as reading progresses. */
  onBytes?(bytes: number): void;
  limits?: ReadLimits;
}

/** A source-shaped record: the list's own vocabulary, where it was found, and which file. */
export interface SourceRecord<T> {
  record: T;
  location: Location;
  fileHash: string;
}

/** A streaming parser for one format. */
export interface ListParser<T> {
  format: ListFormat;
  /** True when the first bytes (up to 4 KiB) look like this format. Never throws. */
  sniff(firstBytes: Buffer): boolean;
  /** Source-shaped records in file order. Throws `LeverageError` with a location on bad input. */
  records(input: ListInput): AsyncGenerator<SourceRecord<T>>;
}

/**
 * Additions to a designation already yielded. OFAC advanced XML names a party's programmes in
 * `SanctionsEntries`, after all parties (FORMATS.md §1.3), so programmes arrive as patches.
 * Arrays are appended (duplicates dropped); `listedOn` keeps the earliest date.
 */
export interface DesignationPatch {
  programmes?: string[];
  legalBasis?: string[];
  listedOn?: string;
  identifiers?: Identifier[];
  listSource?: ListSource;
}

/** What the read pipeline yields for one file. */
export type ListEvent =
  | { type: 'meta'; published?: string; source?: ListSource }
  | { type: 'designation'; designation: Designation; location: Location }
  | { type: 'patch'; sourceId: string; patch: DesignationPatch; location: Location }
  | { type: 'delete'; sourceId: string; location: Location };
