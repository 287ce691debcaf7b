/**
 * Characters no stored text may hold: NUL (PostgreSQL text cannot store it; it fails the whole
 * import with a driver error) and a lone UTF-16 surrogate such as the JSON escape `"\ud800"` (not
 * a character; it cannot be encoded as UTF-8). Found here, the error names the field.
 */
import { LeverageError, type Location } from '../domain/errors.ts';

const BAD = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with `text` and where, or undefined when it can be stored. */
export function badCharacter(text: string): { index: number; what: string } | undefined {
  const m = BAD.exec(text);
  if (!m) return undefined;
  const what = m[0] === '\0' ? 'a NUL character (U+0000)' : `a lone surrogate (U+${m[0].charCodeAt(0).toString(16).toUpperCase()}), not a character`;
  return { index: m.index, what };
}

/** Throws `invalid_value` at `at` (the field in `column`) when `text` holds a character no text may hold. */
export function checkText(text: string, at: Location, column?: string): void {
  const bad = badCharacter(text);
  if (!bad) return;
  const where = column ?? at.column;
  throw new LeverageError('invalid_value', `${where === undefined ? 'a value' : `field "${where}"`} contains ${bad.what} at character ${bad.index + 1}`, {
    location: { ...at, ...(where === undefined ? {} : { column: where }) },
    expected: 'text without NUL characters or unpaired surrogates',
  });
}

/** `checkText` over every string inside `value` (arrays and objects walked; `column` names the top field). */
export function checkTexts(value: unknown, at: Location, column?: string): void {
  if (typeof value === 'string') checkText(value, at, column);
  else if (Array.isArray(value)) for (const v of value) checkTexts(v, at, column);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkTexts(v, at, column ?? k);
}
