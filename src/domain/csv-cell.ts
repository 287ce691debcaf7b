/**
 * Spreadsheet formula injection: a CSV cell whose text starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is run as a formula by Excel, LibreOffice and Google Sheets when the file is
 * opened (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`). List files come from third parties, so every CSV
 * the project writes passes its text cells through `safeCsvText`, which puts an apostrophe in
 * front of such text, the remedy OWASP recommends: spreadsheets show the text and run nothing.
 * Numbers stay numbers: `-12`, `+3.5` and `-1e3` are written unchanged.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal number, optionally signed, with an optional exponent. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True when a spreadsheet would treat `text` as a formula rather than as text or a number. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !NUMBER.test(text);
}

/** `text` made safe for a CSV cell: prefixed with `'` when it would start a formula. */
export function safeCsvText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** A cell value made safe: strings as `safeCsvText`, numbers and other values unchanged. */
export function safeCsvValue<T>(value: T): T | string {
  return typeof value === 'string' ? safeCsvText(value) : value;
}
