/**
 * Opening inputs: one probing pass (SHA-256 and a UTF-8 check that finds the first bad byte),
 * then streams of bytes or decoded text for the parsers. Decoding is decided from the probe:
 * valid UTF-8 is read as UTF-8; anything else only where the format allows Windows-1252
 * (OFAC CSV, FORMATS.md §1.1 "Encoding") or the XML declaration names a legacy encoding.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { LeverageError, type Warning } from '../../../domain/errors.ts';
import type { ListInput } from '../types.ts';

/** Result of probing a file: hash, size, first bytes and the UTF-8 verdict. */
export interface Probe {
  hash: string;
  bytes: number;
  head: Buffer;
  invalidUtf8At?: number;
}

const HEAD_BYTES = 4096;

/** Reads the file (or buffer) once: SHA-256, size, the first 4 KiB, and where UTF-8 first breaks. */
export async function probe(file: string, bytes?: Buffer): Promise<Probe> {
  const hash = createHash('sha256');
  const utf8 = new Utf8Check();
  let offset = 0;
  let head = Buffer.alloc(0);
  const chunks: AsyncIterable<Buffer> | Iterable<Buffer> = bytes ? [bytes] : openBytes(file);
  try {
    for await (const chunk of chunks) {
      hash.update(chunk);
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
      utf8.push(chunk, offset);
      offset += chunk.length;
    }
    utf8.end(offset);
  } catch (err) {
    if (err instanceof LeverageError) throw err;
    throw new LeverageError('bad_input', `cannot read file: ${(err as Error).message}`, { location: { file }, cause: err });
  }
  return { hash: hash.digest('hex'), bytes: offset, head, invalidUtf8At: utf8.invalidAt };
}

/**
 * Streaming UTF-8 validation that finds the first bad byte. The fast path is `isUtf8` (no string is
 * built) over each chunk minus an incomplete sequence at its end, carried to the next chunk. On the
 * first failure it hands over to a fatal `TextDecoder` that has seen the same bytes, and the offset
 * is located as before: `firstInvalidUtf8` in the chunk where decoding throws.
 */
class Utf8Check {
  invalidAt?: number;
  private carry?: Buffer;
  private decoder?: TextDecoder;

  push(chunk: Buffer, offset: number): void {
    if (this.invalidAt !== undefined) return;
    if (!this.decoder) {
      const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
      const cut = incompleteTail(data);
      if (isUtf8(data.subarray(0, cut))) {
        this.carry = cut < data.length ? Buffer.from(data.subarray(cut)) : undefined;
        return;
      }
      this.decoder = new TextDecoder('utf-8', { fatal: true });
      if (this.carry) this.decoder.decode(this.carry, { stream: true }); // a valid, incomplete prefix: never throws
    }
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.invalidAt = offset + firstInvalidUtf8(chunk);
    }
  }

  end(offset: number): void {
    if (this.invalidAt !== undefined) return;
    if (!this.decoder) {
      if (this.carry) this.invalidAt = offset; // truncated multi-byte sequence at the end
      return;
    }
    try {
      this.decoder.decode();
    } catch {
      this.invalidAt = offset;
    }
  }
}

/**
 * Index where a multi-byte sequence that is valid so far but incomplete starts at the end of `b`
 * (a fatal TextDecoder in stream mode would hold it back); `b.length` when there is none.
 */
function incompleteTail(b: Buffer): number {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const i = n - back;
    const c = b[i];
    if (c >= 0x80 && c <= 0xbf) continue;
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need < back) return n;
    if (back >= 2) {
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      if (b[i + 1] < lo || b[i + 1] > hi) return n;
    }
    return i;
  }
  return n;
}

/** Builds a `ListInput` for a file: probes it and routes warnings to `warnings`. */
export async function openInput(file: string, options: { bytes?: Buffer; warnings?: Warning[]; onBytes?: (n: number) => void } = {}): Promise<ListInput & { probe: Probe }> {
  const p = await probe(file, options.bytes);
  const warnings = options.warnings ?? [];
  return { file, bytes: options.bytes, hash: p.hash, head: p.head, invalidUtf8At: p.invalidUtf8At, warn: (w) => warnings.push(w), onBytes: options.onBytes, probe: p };
}

/** The raw bytes of an input, in chunks, reporting progress. */
export async function* readBytes(input: ListInput): AsyncGenerator<Buffer> {
  if (input.bytes) {
    // Hand out in 64 KiB slices so in-memory inputs exercise the same chunk boundaries as files.
    for (let i = 0; i < input.bytes.length; i += 65536) {
      const chunk = input.bytes.subarray(i, i + 65536);
      input.onBytes?.(chunk.length);
      yield chunk;
    }
    return;
  }
  for await (const chunk of openBytes(input.file)) {
    input.onBytes?.(chunk.length);
    yield chunk;
  }
}

async function* openBytes(file: string): AsyncGenerator<Buffer> {
  try {
    // Fail early and clearly on a missing file or a directory.
    const h = await open(file, 'r');
    await h.close();
  } catch (err) {
    throw new LeverageError('not_found', `cannot open file: ${(err as Error).message}`, { location: { file } });
  }
  yield* createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
}

/** Encodings a parser may accept besides UTF-8. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Decoded text chunks. `encoding` is what the caller settled on; a UTF-8 BOM is dropped.
 * Throws `bad_encoding` with the byte offset when UTF-8 was required and the probe found a bad byte.
 * With `sliceBytes`, each chunk read is decoded in slices of at most that many bytes, so the
 * consumer gets short flat strings (a parser scanning a 64 KiB string is faster than scanning a
 * slice of a 1 MiB one, and its results can be handed on sooner).
 */
export async function* readText(input: ListInput, encoding: TextEncoding = 'utf-8', sliceBytes = Infinity): AsyncGenerator<string> {
  if (encoding === 'utf-8' && input.invalidUtf8At !== undefined) {
    throw new LeverageError('bad_encoding', 'file is not valid UTF-8', {
      location: { file: input.file, offset: input.invalidUtf8At },
      expected: 'UTF-8 text',
    });
  }
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
    for await (const chunk of readBytes(input)) {
      for (let i = 0; i < chunk.length; i += sliceBytes) {
        const text = decoder.decode(chunk.length <= sliceBytes ? chunk : chunk.subarray(i, i + sliceBytes), { stream: true });
        if (text) yield text;
      }
    }
    const rest = decoder.decode();
    if (rest) yield rest;
    return;
  }
  const decoder = iconv.getDecoder(encoding === 'windows-1252' ? 'win1252' : encoding);
  for await (const chunk of readBytes(input)) {
    for (let i = 0; i < chunk.length; i += sliceBytes) {
      const text = decoder.write(chunk.length <= sliceBytes ? chunk : chunk.subarray(i, i + sliceBytes));
      if (text) yield text;
    }
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Pipes the decoded text into a transform (csv-parse) and returns it. Errors of the source (a bad
 * encoding, an unreadable file) are forwarded to the transform: `pipe` alone would leave them
 * unhandled and crash the process (found by bench/fuzz-lists.ts).
 */
export function pipeText<T extends Writable & Readable>(input: ListInput, into: T, encoding: TextEncoding = 'utf-8'): T {
  const source = Readable.from(readText(input, encoding), { objectMode: false, encoding: 'utf8' });
  source.on('error', (err) => into.destroy(err));
  return source.pipe(into);
}

/**
 * Index of the first byte of `chunk` that starts an invalid UTF-8 sequence (chunk-local). A
 * sequence cut by the chunk end counts as valid; when the fault lies in bytes carried over from the
 * previous chunk, 0 is returned.
 */
export function firstInvalidUtf8(chunk: Buffer): number {
  let i = 0;
  while (i < chunk.length) {
    const b = chunk[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need && i + k < chunk.length; k++) if ((chunk[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}
