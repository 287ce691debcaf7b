/**
 * The one descriptor every list source exports, and the events the read pipeline yields.
 * A source is `sniff` (look at the first bytes) plus `records` (an async generator of
 * source-shaped records, each with its location and the file hash, in its `parse.ts`), plus
 * `events` (the records mapped to the designation model by the pure mappers of its `map.ts`).
 */
import type { Location, Warning } from '../../domain/errors.ts';
import type { Designation, FieldGroup, Identifier, ListFormat, ListSource } from '../../domain/designation.ts';

/** Limits that keep memory bounded on hostile input. */
export interface ReadLimits {
  /** Longest run of characters between two XML events (a text node, an attribute list). Default 16 Mi chars. */
  maxTextChars?: number;
  /** Largest XML record (one `sdnEntry`, `DistinctParty`…) in characters. Default 64 Mi chars. */
  maxRecordChars?: number;
  /** Longest JSON line in bytes. Default 64 MiB. */
  maxLineBytes?: number;
  /** Longest CSV field in characters. Default 4 Mi chars (see `CsvLimits`). */
  maxFieldChars?: number;
  /** Longest CSV row in characters, all fields together; the parser stops there. Default 16 Mi chars. */
  maxRowChars?: number;
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

/** How a format is read: a sniffer and a streaming reader of source-shaped records (a source's `parse.ts`). */
export interface ListReader<T> {
  /** True when the first bytes (up to 4 KiB) look like this format. Never throws. */
  sniff(firstBytes: Buffer): boolean;
  /**
   * Source-shaped records in file order. `companions` are the other files of a set (OFAC CSV side
   * tables), already attached by `planImport`. Throws `LeverageError` with a location on bad input.
   */
  records(input: ListInput, companions?: readonly ListInput[]): AsyncGenerator<SourceRecord<T>>;
}

/** What a source's mapping step is given besides the records. */
export interface MapContext {
  /** The list the file belongs to (the descriptor's default, or the caller's choice). */
  source: ListSource;
  /** Reports a recoverable problem; `at` is merged into the warning's location. */
  warn(warning: Warning, at?: Location): void;
}

/**
 * Files that belong to one snapshot together (the OFAC CSV set): each file has a role, read from
 * its first bytes; the primary file starts a job and the others attach to it.
 */
export interface CompanionRoles {
  /** The role of a file of this format (from its first bytes); undefined when none fits. */
  role(firstBytes: Buffer): string | undefined;
  /** The role of the file that starts a snapshot. */
  primary: string;
  /** Every role, in the order their hashes enter the snapshot's content hash. */
  order: readonly string[];
  /** The error message when a companion file comes without its primary file in the same import. */
  orphan: string;
  /** Field groups a snapshot lacks when these roles are all it has. */
  missing(roles: ReadonlySet<string>): FieldGroup[];
}

/**
 * Everything the rest of the code needs to know about one list format: the descriptor a source
 * folder's `index.ts` exports and `sources/index.ts` registers. Detection, reading, planning, the
 * format list and its defaults all derive from the registered descriptors.
 */
export interface ListSourceDescriptor<T = unknown> extends ListReader<T> {
  /** Stable format id, the name of its folder under `sources/` and the `--format` value. */
  format: ListFormat;
  /** A human name for help texts and reports. */
  label: string;
  /** Who publishes files in this format. */
  publisher: string;
  /** The section of research/FORMATS.md that describes the format. */
  spec: string;
  /** The list a file belongs to when the caller does not say (OFAC files can only tell SDN from consolidated by name). */
  defaultSource(file: string): ListSource;
  /** Events of the records, in order: each record mapped by the source's pure mappers (`map.ts`). */
  events(records: AsyncIterable<SourceRecord<T>>, context: MapContext): AsyncGenerator<ListEvent>;
  /** Programme tags the format is known to use, when the format has a closed set (none do so far). */
  programmes?: readonly string[];
  /** Set when several files make one snapshot (the OFAC CSV set). */
  companions?: CompanionRoles;
  /** True when a file holds changes to the latest snapshot of its source (ADD/MOD/DEL), not a full list. */
  delta?: boolean;
  /** True when files of this format never say when they were published (OFAC CSV): an import needs `--as-of`. */
  undated?: boolean;
  /**
   * Why a file that no format claims was probably meant for this one and cannot be imported (for
   * example the OpenSanctions delta index), or undefined. Only asked after every sniffer said no.
   */
  refuse?(firstBytes: Buffer): string | undefined;
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
