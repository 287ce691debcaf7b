/**
 * UTF-16 and UTF-32 text, which Windows tools ("Unicode text", Excel's "Unicode Text" export,
 * PowerShell redirection) write by default: recognised from the first bytes, with or without a
 * byte-order mark, so the message can say what the file is and what to do, instead of
 * "unknown format" or "not UTF-8 (cp1252?)".
 */
import { LeverageError } from '../domain/errors.ts';

export type WideEncoding = 'UTF-32 LE' | 'UTF-32 BE' | 'UTF-16 LE' | 'UTF-16 BE';

/** The wide encoding of text starting with `head`, or undefined (UTF-8, ASCII, Latin-1, binary…). */
export function sniffWideEncoding(head: Buffer): WideEncoding | undefined {
  const b = head;
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32 LE';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 BE';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16 LE';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 BE';
  // Without a mark: Latin-script text puts a zero in every other byte (UTF-16) or three bytes in
  // four (UTF-32), on the side given by the byte order. UTF-8 text almost never has zeros.
  const n = Math.min(b.length, 512) & ~3;
  if (n < 8) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i & 3]!++;
  const quarter = n / 4;
  const mostly = (count: number) => count >= quarter * 0.9;
  const rarely = (count: number) => count <= quarter * 0.1;
  if (rarely(zeros[0]!) && mostly(zeros[1]!) && mostly(zeros[2]!) && mostly(zeros[3]!)) return 'UTF-32 LE';
  if (mostly(zeros[0]!) && mostly(zeros[1]!) && mostly(zeros[2]!) && rarely(zeros[3]!)) return 'UTF-32 BE';
  if (rarely(zeros[0]!) && rarely(zeros[2]!) && mostly(zeros[1]!) && mostly(zeros[3]!)) return 'UTF-16 LE';
  if (mostly(zeros[0]!) && mostly(zeros[2]!) && rarely(zeros[1]!) && rarely(zeros[3]!)) return 'UTF-16 BE';
  return undefined;
}

/** The error for a file in a wide encoding. */
export function wideEncodingError(file: string, encoding: WideEncoding): LeverageError {
  return new LeverageError('bad_encoding', `text encoded as ${encoding}: save the file as UTF-8`, { location: { file, offset: 0 }, expected: 'UTF-8 text' });
}

/** Throws `wideEncodingError` when `head` is wide-encoded text. */
export function refuseWideEncoding(head: Buffer, file: string): void {
  const encoding = sniffWideEncoding(head);
  if (encoding) throw wideEncodingError(file, encoding);
}
