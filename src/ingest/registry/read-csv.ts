/**
 * Reads a registry CSV (the shipped `data/<country>/*.csv` format, documented in
 * docs/import-formats.md) as a stream of validated records. The kind is recognised from the header
 * row; every problem stops the read with the file, line and column and what was expected.
 */
import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { LeverageError } from '../../domain/errors.ts';
import { RECORD_KINDS, type RecordKind } from '../../domain/schema/index.ts';
import { decodeUtf8 } from '../utf8.ts';
import { toRecord, type ParsedRecord } from './validate.ts';

export interface CsvRecord extends ParsedRecord {
  /** 1-based line where the record starts. */
  line: number;
}

/** Which record kind a header belongs to: the kind whose fields it names exactly (order free). */
export function kindForHeader(header: string[], file: string, wanted?: RecordKind): RecordKind {
  const names = new Set(header);
  const candidates = wanted ? [wanted] : RECORD_KINDS;
  let best: { kind: RecordKind; missing: string[]; unknown: string[] } | undefined;
  for (const kind of candidates) {
    const fields = new Set(kind.fields.map((f) => f.name));
    const unknown = header.filter((h) => !fields.has(h));
    const missing = kind.fields.filter((f) => f.required && !names.has(f.name)).map((f) => f.name);
    if (!unknown.length && !missing.length) return kind;
    if (!best || unknown.length + missing.length < best.unknown.length + best.missing.length) best = { kind, missing, unknown };
  }
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new LeverageError('bad_format', `column "${dup}" appears twice in the header`, { location: { file, line: 1, column: dup } });
  if (!best) throw new LeverageError('bad_format', 'no record kind to match', { location: { file, line: 1 } });
  if (best.unknown.length) {
    const col = best.unknown[0]!;
    throw new LeverageError('unknown_column', `unknown column "${col}" for ${best.kind.plural}`, {
      location: { file, line: 1, column: col },
      expected: `only the columns of ${best.kind.plural}: ${best.kind.fields.map((f) => f.name).join(', ')}`,
    });
  }
  throw new LeverageError('missing_field', `the header lacks required column "${best.missing[0]}" for ${best.kind.plural}`, {
    location: { file, line: 1, column: best.missing[0] },
    expected: `the columns ${best.kind.fields
      .filter((f) => f.required)
      .map((f) => f.name)
      .join(', ')}`,
  });
}

/** Opens `file` and reads it with `readRegistryCsvStream`. */
export function readRegistryCsv(file: string, kind?: RecordKind): { kind: Promise<RecordKind>; records: AsyncGenerator<CsvRecord> } {
  return readRegistryCsvStream(createReadStream(file), file, kind);
}

/**
 * Streams records from CSV bytes. `kind` resolves once the header is read; `records` yields
 * validated records in file order. Duplicate ids within the file are an error.
 */
export function readRegistryCsvStream(input: AsyncIterable<Buffer | string>, file: string, wanted?: RecordKind) {
  let resolveKind!: (k: RecordKind) => void;
  let rejectKind!: (e: unknown) => void;
  const kind = new Promise<RecordKind>((res, rej) => ((resolveKind = res), (rejectKind = rej)));
  kind.catch(() => undefined);
  async function* records(): AsyncGenerator<CsvRecord> {
    const parser = parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: false });
    // pipeline (not pipe) so a decoding error reaches the parser's reader instead of hanging it.
    pipeline(Readable.from(decodeUtf8(input, file)), parser, () => undefined);
    let k: RecordKind | undefined;
    let header: string[] = [];
    const seen = new Map<string, number>();
    try {
      let prevEnd = 0;
      let prevEmpty = 0;
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
        // A record starts on the line after the previous one ended, past any skipped empty lines
        // (a quoted field may span lines, so its own end line is not its start).
        const line = prevEnd + 1 + (info.empty_lines - prevEmpty);
        prevEnd = info.lines;
        prevEmpty = info.empty_lines;
        if (!k) {
          header = record.map((h) => h.trim());
          k = kindForHeader(header, file, wanted);
          resolveKind(k);
          continue;
        }
        const row: Record<string, string> = {};
        header.forEach((h, i) => (row[h] = record[i] ?? ''));
        const parsed = toRecord(k, row, { file, line });
        const id = String(parsed.record.id);
        const first = seen.get(id);
        if (first !== undefined) {
          throw new LeverageError('conflict', `id "${id}" appears twice (first on line ${first})`, { location: { file, line, column: 'id' } });
        }
        seen.set(id, line);
        yield { ...parsed, line };
      }
      if (!k)
        throw new LeverageError('bad_format', 'the file is empty: no header row', { location: { file, line: 1 }, expected: 'a header row naming the columns' });
    } catch (err) {
      const e = err instanceof LeverageError ? err : fromCsvError(err, file);
      rejectKind(e);
      throw e;
    }
  }
  return { kind, records: records() };
}

/** Turns a csv-parse error (unclosed quote, wrong field count) into a located error. */
function fromCsvError(err: unknown, file: string): LeverageError {
  if (err instanceof LeverageError) return err;
  const e = err as { code?: string; message?: string; lines?: number; cause?: unknown };
  if (e.cause instanceof LeverageError) return e.cause;
  if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
    const message = (e.message ?? 'malformed CSV').replace(/^Invalid (Record|Closing Quote|Opening Quote): /, '');
    return new LeverageError('bad_format', `malformed CSV row: ${message}`, {
      location: { file, line: e.lines },
      expected: 'RFC 4180 CSV: one value per header column, quotes doubled inside quoted fields',
      cause: err,
    });
  }
  return new LeverageError('bad_input', e.message ?? String(err), { location: { file }, cause: err });
}
