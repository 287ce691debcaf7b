/**
 * Opening inputs: one probing pass (SHA-256 and a UTF-8 check that finds the first bad byte),
 * then streams of bytes or decoded text for the parsers. Decoding is decided from the probe:
 * valid UTF-8 is read as UTF-8; anything else only where the format allows Windows-1252
 * (OFAC CSV, FORMATS.md §1.1 "Encoding") or the XML declaration names a legacy encoding.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { LeverageError, type Warning } from '../../../domain/errors.ts';
import { Utf8Scan } from '../../utf8.ts';
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
  const utf8 = new Utf8Scan();
  let offset = 0;
  let head = Buffer.alloc(0);
  const chunks: AsyncIterable<Buffer> | Iterable<Buffer> = bytes ? [bytes] : openBytes(file);
  try {
    for await (const chunk of chunks) {
      hash.update(chunk);
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
      utf8.push(chunk);
      offset += chunk.length;
    }
    utf8.end();
  } catch (err) {
    if (err instanceof LeverageError) throw err;
    throw new LeverageError('bad_input', `cannot read file: ${(err as Error).message}`, { location: { file }, cause: err });
  }
  return { hash: hash.digest('hex'), bytes: offset, head, invalidUtf8At: utf8.invalidAt };
}

/** Builds a `ListInput` for a file: probes it and routes warnings to `warnings`. */
export async function openInput(
  file: string,
  options: { bytes?: Buffer; warnings?: Warning[]; onBytes?: (n: number) => void } = {},
): Promise<ListInput & { probe: Probe }> {
  const p = await probe(file, options.bytes);
  const warnings = options.warnings ?? [];
  return {
    file,
    bytes: options.bytes,
    hash: p.hash,
    head: p.head,
    invalidUtf8At: p.invalidUtf8At,
    warn: (w) => warnings.push(w),
    onBytes: options.onBytes,
    probe: p,
  };
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
