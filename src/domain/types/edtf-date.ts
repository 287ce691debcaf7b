/**
 * EDTF dates (ISO 8601-2 / Library of Congress EDTF, level 0 and the parts of level 1 we meet):
 * `2025`, `2025-12`, `2025-12-13`, with optional `?` (uncertain), `~` (approximate) or `%` (both),
 * seasons and quarters (`2025-21`…`2025-24` seasons, `2025-33`…`2025-36` quarters, EDTF level 2
 * sub-year groupings), and closed intervals `2025-12-01/2025-12-13`.
 * Every parsed date carries its precision and the first and last calendar day it covers, so
 * analyses can place a month-precision release without pretending to know its day.
 */
export type DatePrecision = 'day' | 'month' | 'season' | 'quarter' | 'year' | 'interval';

export interface EdtfDate {
  /** The value as written (trimmed). */
  value: string;
  precision: DatePrecision;
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** Last day covered, `YYYY-MM-DD`. */
  end: string;
  uncertain: boolean;
  approximate: boolean;
}

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/** Parses an EDTF date; returns `undefined` when the text is not one (see `describeEdtf` for the accepted forms). */
export function parseEdtf(text: string): EdtfDate | undefined {
  const value = text.trim();
  const plain = parsePlainDay(value);
  if (plain) return { value, precision: 'day', start: value, end: value, uncertain: false, approximate: false };
  if (value.includes('/')) {
    const [a, b, extra] = value.split('/');
    if (extra !== undefined || !a || !b) return undefined;
    const from = parseSingle(a);
    const to = parseSingle(b);
    if (!from || !to || from.start > to.end) return undefined;
    return {
      value,
      precision: 'interval',
      start: from.start,
      end: to.end,
      uncertain: from.uncertain || to.uncertain,
      approximate: from.approximate || to.approximate,
    };
  }
  return parseSingle(value);
}

/** A calendar day as numbers: year, month 1–12, day 1–31. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The day of a plain day-precise date `YYYY-MM-DD` (no qualifier, no interval), or `undefined` for
 * any other text, including impossible days (`2025-02-30`). `parseEdtf`'s day form, read without a
 * regular expression: the analyses place 100,000s of release dates with it.
 */
export function parsePlainDay(text: string): CalendarDay | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** The decimal number written at [from, to) of `text`, or −1 when a character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Words for error messages: what `parseEdtf` accepts. */
export const describeEdtf = 'an EDTF date such as 2025-12-13, 2025-12, 2025, 2025-33 (a quarter) or 2025-12-01/2025-12-13';

function parseSingle(value: string): EdtfDate | undefined {
  const m = SINGLE.exec(value);
  if (!m) return undefined;
  const [, y, mm, dd, q] = m;
  const year = Number(y);
  const flags = { uncertain: q === '?' || q === '%', approximate: q === '~' || q === '%' };
  if (mm === undefined) return { value, precision: 'year', start: `${y}-01-01`, end: `${y}-12-31`, ...flags };
  const month = Number(mm);
  if (dd === undefined) {
    if (month >= 1 && month <= 12) {
      return { value, precision: 'month', start: `${y}-${mm}-01`, end: `${y}-${mm}-${pad(daysInMonth(year, month))}`, ...flags };
    }
    const group = subYear(year, month);
    return group && { value, ...group, ...flags };
  }
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { value, precision: 'day', start: value.slice(0, 10), end: value.slice(0, 10), ...flags };
}

/** Seasons 21–24 (northern spring…winter, by quarter of the year) and quarters 33–36. */
function subYear(year: number, code: number): Pick<EdtfDate, 'precision' | 'start' | 'end'> | undefined {
  const quarter = code >= 33 && code <= 36 ? code - 32 : undefined;
  const season = code >= 21 && code <= 24 ? code - 20 : undefined;
  const q = quarter ?? season;
  if (q === undefined) return undefined;
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  return {
    precision: quarter ? 'quarter' : 'season',
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}`,
  };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Orders two EDTF dates by their first day, then by their last (coarser after finer). */
export function compareEdtf(a: EdtfDate, b: EdtfDate): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}
