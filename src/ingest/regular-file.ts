/**
 * Input files must be regular files: a device (`/dev/zero`, `/dev/urandom`), a FIFO or a socket
 * can be endless, and a directory cannot be read. Checked with `stat` before the first byte is
 * read, so such an input is refused at once instead of hanging the import.
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { LeverageError } from '../domain/errors.ts';

/** Returns the size of `file`; throws `not_found` or `bad_input` naming the file otherwise. */
export async function checkRegularFile(file: string, limit?: { maxBytes: number; why: string }): Promise<number> {
  let s: Stats;
  try {
    s = await stat(file);
  } catch (err) {
    throw new LeverageError('not_found', `cannot open file: ${(err as Error).message}`, { location: { file }, cause: err });
  }
  if (s.isDirectory()) throw new LeverageError('bad_input', 'is a directory, not a file', { location: { file }, expected: 'a regular file' });
  if (!s.isFile()) {
    const what = s.isFIFO() ? 'a pipe (FIFO)' : s.isSocket() ? 'a socket' : s.isCharacterDevice() || s.isBlockDevice() ? 'a device' : 'not a regular file';
    const message = `is ${what}, which may never end: save the data to a file and import that`;
    throw new LeverageError('bad_input', message, { location: { file }, expected: 'a regular file' });
  }
  if (limit && s.size > limit.maxBytes) {
    const message = `the file is ${mib(s.size)}, over the limit of ${mib(limit.maxBytes)}: ${limit.why}`;
    throw new LeverageError('bad_input', message, { location: { file }, expected: `at most ${mib(limit.maxBytes)}` });
  }
  return s.size;
}

function mib(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(bytes % (1 << 20) ? 1 : 0)} MiB` : `${bytes} bytes`;
}
