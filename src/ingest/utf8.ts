/**
 * Strict UTF-8 checking of byte streams, with the place of the first bad byte: decoding registry
 * files, which must be UTF-8 (a cp1252 or Latin-1 export would otherwise slip in as mojibake,
 * `ÐÐ»ÑÐºÑÐ°Ð½Ð´Ñ`), and scanning list files, which may fall back to another encoding (`Utf8Scan`).
 */
import { isUtf8 } from 'node:buffer';
import { LeverageError } from '../domain/errors.ts';

/**
 * Yields the text of `chunks`, throwing `bad_encoding` with the byte offset and line of the first
 * byte that is not UTF-8. A leading byte-order mark is kept (the CSV parser drops it).
 */
export async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>, file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0; // bytes consumed before `pending`
  let line = 1;
  let pending = Buffer.alloc(0);
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    const buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    // Hold back an incomplete sequence at the end; it is completed by the next chunk.
    const cut = completeLength(buf);
    const head = buf.subarray(0, cut);
    if (!isUtf8(head)) throw badByte(file, head, offset, line);
    const text = decoder.decode(head, { stream: true });
    line += countNewlines(text);
    offset += cut;
    pending = Buffer.from(buf.subarray(cut));
    yield text;
  }
  if (pending.length) throw badByte(file, pending, offset, line, 'the file ends inside a multi-byte character');
}

function badByte(file: string, buf: Buffer, offset: number, line: number, why?: string): LeverageError {
  const at = firstInvalid(buf);
  const before = buf.subarray(0, at).toString('utf8');
  const lineAt = line + countNewlines(before);
  const byte = buf[at];
  return new LeverageError(
    'bad_encoding',
    why ?? `byte 0x${(byte ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8 (is the file cp1252 or Latin-1? save it as UTF-8)`,
    {
      location: { file, line: lineAt, offset: offset + at },
      expected: 'UTF-8 text',
    },
  );
}

/**
 * Streaming UTF-8 validation that finds the first bad byte and builds no string: each chunk,
 * minus an incomplete sequence at its end (carried to the next chunk), goes through `isUtf8`; on
 * the first failure `firstInvalid` locates the byte. `invalidAt` is undefined while all is valid.
 */
export class Utf8Scan {
  invalidAt?: number;
  /** Bytes of an incomplete sequence held back from the previous chunk. */
  private carry?: Buffer;
  /** Offset of the first byte not yet checked (the carry's first byte when there is one). */
  private offset = 0;

  push(chunk: Buffer): void {
    if (this.invalidAt !== undefined) return;
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeLength(data);
    const head = cut === data.length ? data : data.subarray(0, cut);
    if (!isUtf8(head)) {
      this.invalidAt = this.offset + firstInvalid(head);
      return;
    }
    this.offset += cut;
    this.carry = cut < data.length ? Buffer.from(data.subarray(cut)) : undefined;
  }

  /** Call after the last chunk: a multi-byte sequence cut by the end of the file is invalid. */
  end(): void {
    if (this.invalidAt === undefined && this.carry) this.invalidAt = this.offset + firstInvalid(this.carry);
  }
}

/** Length of the prefix of `buf` that ends on a character boundary. */
function completeLength(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = buf[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** Index of the first byte that starts an invalid sequence (buf.length when all valid). */
export function firstInvalid(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= buf.length || (buf[i + k]! & 0xc0) !== 0x80) return i;
    if (need > 0 && !isUtf8(buf.subarray(i, i + need + 1))) return i; // overlong or surrogate
    i += need + 1;
  }
  return buf.length;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
