/**
 * OFAC delimited CSV set (FORMATS.md §1.1): `sdn.csv` / `cons_prim.csv` (12 columns) with the side
 * tables `add.csv` (6), `alt.csv` (5) and `sdn_comments.csv` (2). No header, `-0- ` nulls, CRLF
 * plus a trailing 0x1A, Windows-1252 possible. Also reads the re-serialised 2023 copy (header row
 * `ID,Name,Type,…`, minimal quoting, a final `\x1a,,,,,,,,,,,` row).
 * Side tables are small (≈1.5 MB) and are read into maps keyed by ent_num; the primary table streams.
 */
import { parse } from 'csv-parse';
import { LeverageError, type Location } from '../../../../domain/errors.ts';
import { pipeText } from '../../common/input.ts';
import type { ListInput, ListReader, SourceRecord } from '../../types.ts';

/** Which table of the set a file is. */
export type OfacCsvRole = 'prim' | 'add' | 'alt' | 'comments';

/** A primary row in OFAC's column names (nulls are undefined). */
export interface OfacSdnRow {
  ent_num: string;
  SDN_Name?: string;
  SDN_Type?: string;
  Program?: string;
  Title?: string;
  Call_Sign?: string;
  Vess_type?: string;
  Tonnage?: string;
  GRT?: string;
  Vess_flag?: string;
  Vess_owner?: string;
  Remarks?: string;
}
/** An `add.csv` row. */
export interface OfacAddRow {
  ent_num: string;
  add_num?: string;
  address?: string;
  cityStatePostal?: string;
  country?: string;
  add_remarks?: string;
}
/** An `alt.csv` row. */
export interface OfacAltRow {
  ent_num: string;
  alt_num?: string;
  alt_type?: string;
  alt_name?: string;
  alt_remarks?: string;
}

/** One entry of the set: the primary row joined with its side rows. */
export interface OfacCsvEntry {
  sdn: OfacSdnRow;
  addresses: OfacAddRow[];
  alts: OfacAltRow[];
  /** Remarks spillover (`sdn_comments.csv`), already concatenated in file order. */
  comments?: string;
}

const COLUMNS: Record<OfacCsvRole, number> = { prim: 12, add: 6, alt: 5, comments: 2 };

/** Decides the role of a CSV-set file from its first line; undefined when it is not one. */
export function ofacCsvRole(firstBytes: Buffer): OfacCsvRole | undefined {
  const line =
    firstBytes
      .toString('latin1')
      .split(/\r?\n/)[0]
      ?.replace(/^\ufeff|^\xef\xbb\xbf/, '') ?? '';
  // The re-serialised 2023 copy adds headers: `ID,Name,Type,Country,…` and `ID,Col_B,Address,City,Country,`.
  if (/^ID,Name,Type,/i.test(line) || /^ent_num,SDN_Name/i.test(line)) return 'prim';
  if (/^ID,Col_B,Address/i.test(line) || /^ent_num,add_num/i.test(line)) return 'add';
  if (/^ent_num,alt_num/i.test(line)) return 'alt';
  if (!/^\d+,/.test(line)) return undefined;
  const fields = splitLoose(line);
  if (fields.length === 2) return 'comments';
  if (fields.length === 5 && /^(aka|fka|nka)$/i.test(fields[2])) return 'alt';
  if (fields.length === 6 && /^\d+$/.test(fields[1])) return 'add';
  if (fields.length === 12) return 'prim';
  return undefined;
}

/** Naive split for sniffing one line (quotes respected, no escapes needed for this purpose). */
function splitLoose(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** OFAC's null is `-0-`, written `-0- ` with a trailing space in the real files (FORMATS.md §1.1). */
function value(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const t = field.trim();
  return t === '' || t === '-0-' ? undefined : t;
}

/** Streams the raw rows of one table, handling header, 0x1A and encoding quirks with warnings. */
export async function* ofacCsvRows(input: ListInput, role: OfacCsvRole): AsyncGenerator<{ fields: (string | undefined)[]; location: Location }> {
  const encoding = input.invalidUtf8At === undefined ? 'utf-8' : 'windows-1252';
  if (encoding === 'windows-1252') {
    input.warn({ code: 'decoded_cp1252', message: 'not valid UTF-8; decoded as Windows-1252', location: { file: input.file, offset: input.invalidUtf8At } });
  }
  const parser = pipeText(input, parse({ relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true, bom: true }), encoding);
  const expected = COLUMNS[role];
  let first = true;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const location: Location = { file: input.file, line: info.lines };
      const isFirst = first;
      first = false;
      // OFAC ends files with Ctrl-Z (0x1A); the 2023 copy pads it to `\x1a,,,,,,,,,,,` (SOURCES.md file 2).
      if (record[0]?.trim() === '\x1a' && record.slice(1).every((f) => f.trim() === '')) {
        input.warn({ code: 'eof_marker', message: 'trailing 0x1A (Ctrl-Z) end-of-file row skipped', location });
        continue;
      }
      if (isFirst && !/^\d+$/.test(record[0]?.trim() ?? '')) {
        input.warn({ code: 'header_row', message: `header row skipped: ${record.slice(0, 3).join(',')}…`, location });
        continue;
      }
      if (!/^\d+$/.test(record[0]?.trim() ?? '')) {
        throw new LeverageError('invalid_value', `ent_num is not a number: ${JSON.stringify(record[0]?.slice(0, 40))}`, {
          location: { ...location, column: 'ent_num' },
          expected: 'a numeric ent_num',
        });
      }
      if (record.length !== expected) {
        input.warn({ code: 'column_count', message: `${record.length} columns where ${expected} were expected`, location: { ...location, record: record[0] } });
      }
      yield { fields: record.map(value), location };
    }
  } catch (err) {
    if (err instanceof LeverageError) throw err;
    const e = err as Error & { lines?: number; code?: string };
    throw new LeverageError('bad_format', `malformed CSV: ${e.message}`, { location: { file: input.file, line: e.lines }, cause: err });
  }
}

/** Reads a side table into a map keyed by ent_num (small tables; see module comment). */
export async function readSideTable(input: ListInput, role: Exclude<OfacCsvRole, 'prim'>, into: OfacSideTables): Promise<void> {
  for await (const { fields: f } of ofacCsvRows(input, role)) {
    const ent = f[0]!;
    if (role === 'add') pushTo(into.addresses, ent, { ent_num: ent, add_num: f[1], address: f[2], cityStatePostal: f[3], country: f[4], add_remarks: f[5] });
    else if (role === 'alt') pushTo(into.alts, ent, { ent_num: ent, alt_num: f[1], alt_type: f[2], alt_name: f[3], alt_remarks: f[4] });
    else into.comments.set(ent, (into.comments.get(ent) ?? '') + (f[1] ?? ''));
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, row: T): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/** Side tables of a set, keyed by ent_num. */
export interface OfacSideTables {
  addresses: Map<string, OfacAddRow[]>;
  alts: Map<string, OfacAltRow[]>;
  comments: Map<string, string>;
}

/** Empty side tables. */
export function emptySideTables(): OfacSideTables {
  return { addresses: new Map(), alts: new Map(), comments: new Map() };
}

/** Streams the primary table joined with side tables already read. Side rows for unknown ent_nums are reported. */
export async function* readOfacCsvSet(primary: ListInput, sides: OfacSideTables): AsyncGenerator<SourceRecord<OfacCsvEntry>> {
  const seen = new Set<string>();
  for await (const { fields: f, location } of ofacCsvRows(primary, 'prim')) {
    const ent = f[0]!;
    seen.add(ent);
    const sdn: OfacSdnRow = {
      ent_num: ent,
      SDN_Name: f[1],
      SDN_Type: f[2],
      Program: f[3],
      Title: f[4],
      Call_Sign: f[5],
      Vess_type: f[6],
      Tonnage: f[7],
      GRT: f[8],
      Vess_flag: f[9],
      Vess_owner: f[10],
      Remarks: f[11],
    };
    yield {
      record: { sdn, addresses: sides.addresses.get(ent) ?? [], alts: sides.alts.get(ent) ?? [], comments: sides.comments.get(ent) },
      location: { ...location, record: ent },
      fileHash: primary.hash,
    };
  }
  for (const [table, map] of [
    ['add', sides.addresses],
    ['alt', sides.alts],
    ['comments', sides.comments],
  ] as const) {
    const orphans = [...map.keys()].filter((k) => !seen.has(k));
    if (orphans.length) {
      primary.warn({
        code: 'orphan_rows',
        message: `${orphans.length} ${table} row group(s) name an ent_num absent from the primary table (e.g. ${orphans.slice(0, 3).join(', ')})`,
        location: { file: primary.file },
      });
    }
  }
}

/**
 * The OFAC CSV reader: the primary table (`sdn.csv`, `cons_prim.csv`) joined with the side tables
 * attached to it as companions; a primary table may be read alone.
 */
export const reader: ListReader<OfacCsvEntry> = {
  sniff: (firstBytes) => ofacCsvRole(firstBytes) !== undefined,
  async *records(input, companions = []) {
    const tables = emptySideTables();
    for (const side of companions) {
      const role = ofacCsvRole(side.head ?? side.bytes?.subarray(0, 4096) ?? Buffer.alloc(0));
      if (!role || role === 'prim') throw new LeverageError('bad_format', 'not an OFAC add/alt/comments table', { location: { file: side.file, line: 1 } });
      await readSideTable(side, role, tables);
    }
    yield* readOfacCsvSet(input, tables);
  },
};
