/**
 * One linear pass over JSON text, before `JSON.parse`, for what `JSON.parse` lets through
 * silently or turns into a crash later: nesting deeper than a limit (a stack overflow in whatever
 * walks the value next), a key repeated in one object (`JSON.parse` keeps the last one: data lost
 * without a word) and a number outside the range of a double (`1e400` becomes Infinity, then
 * `null`). Errors name the line, the column and the JSON path. Syntax errors are left to
 * `JSON.parse`: the scan stops quietly where the text stops making sense.
 */
import { LeverageError } from '../domain/errors.ts';

/** Nesting allowed by default: registry files need 4 levels (object, kind array, record, list). */
export const DEFAULT_MAX_JSON_DEPTH = 64;

interface Frame {
  /** `{` or `[`. */
  open: string;
  /** Keys seen so far (objects). */
  keys?: Set<string>;
  /** The current key (objects) or index (arrays), for the path in messages. */
  at: string | number;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Throws `bad_format` / `invalid_value` with a location on the first problem of `text`; see the module comment. */
export function scanJson(text: string, file: string, maxDepth = DEFAULT_MAX_JSON_DEPTH): void {
  const stack: Frame[] = [];
  const fail = (code: 'bad_format' | 'invalid_value', message: string, offset: number, expected: string): never => {
    throw new LeverageError(code, message, { location: { file, ...lineAndColumn(text, offset), offset, path: pathOf(stack) || undefined }, expected });
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return;
      const top = stack[stack.length - 1];
      if (top?.keys && nextNonSpace(text, end + 1) === ':') {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          return;
        }
        if (top.keys.has(key)) {
          top.at = key;
          fail('bad_format', `key ${JSON.stringify(key)} appears twice in one object (only one value can be kept)`, i, 'each key once per object');
        }
        top.keys.add(key);
        top.at = key;
      }
      i = end + 1;
    } else if (c === '{' || c === '[') {
      if (stack.length >= maxDepth) fail('bad_format', `JSON nested deeper than ${maxDepth} levels`, i, `at most ${maxDepth} levels of arrays and objects`);
      stack.push(c === '{' ? { open: c, keys: new Set(), at: '' } : { open: c, at: 0 });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top && typeof top.at === 'number') top.at++;
      i++;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return;
      if (!Number.isFinite(Number(m[0]))) {
        const shown = m[0].length > 40 ? m[0].slice(0, 40) + '…' : m[0];
        fail('invalid_value', `number ${shown} is out of range`, i, `a number between -${Number.MAX_VALUE} and ${Number.MAX_VALUE}`);
      }
      i += m[0].length;
    } else i++;
  }
}

/** Index of the quote that closes the string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    let backslashes = 0;
    for (let k = q - 1; k > start && text[k] === '\\'; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}

function nextNonSpace(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return c;
  }
  return undefined;
}

function pathOf(stack: Frame[]): string {
  let path = '';
  for (const f of stack) path += typeof f.at === 'number' ? `[${f.at}]` : f.at === '' ? '' : path ? `.${f.at}` : f.at;
  return path;
}

/** 1-based line and column of `offset` (computed only when reporting). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
