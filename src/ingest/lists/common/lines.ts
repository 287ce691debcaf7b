/**
 * A bounded line splitter for JSON-lines inputs: yields each line with its 1-based number and
 * byte offset, and refuses lines longer than `maxLineBytes` instead of buffering them whole.
 */
import { LeverageError } from '../../../domain/errors.ts';
import { readText } from './input.ts';
import type { ListInput } from '../types.ts';

const DEFAULT_MAX_LINE = 64 * 1024 * 1024;

/** One line of a text file. `offset` is the byte offset of its first character. */
export interface Line {
  text: string;
  line: number;
  offset: number;
}

/** Lines of a UTF-8 input (LF or CRLF; a missing final newline is fine, FORMATS.md §5.3). */
export async function* readLines(input: ListInput): AsyncGenerator<Line> {
  const max = input.limits?.maxLineBytes ?? DEFAULT_MAX_LINE;
  let pending = '';
  let line = 1;
  let offset = 0;
  for await (const chunk of readText(input, 'utf-8')) {
    pending += chunk;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const text = pending.slice(0, nl).replace(/\r$/, '');
      yield { text, line, offset };
      offset += Buffer.byteLength(pending.slice(0, nl + 1));
      pending = pending.slice(nl + 1);
      line++;
    }
    if (pending.length > max) {
      throw new LeverageError('bad_input', `line longer than ${max} characters`, { location: { file: input.file, line, offset } });
    }
  }
  if (pending.replace(/\r$/, '') !== '') yield { text: pending.replace(/\r$/, ''), line, offset };
}
