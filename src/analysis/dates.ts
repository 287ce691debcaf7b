/**
 * Day arithmetic shared by the analyses (internal: not exported from `index.ts`).
 * Days are integers counted from 1970-01-01 (UTC), so windows and lags are plain subtraction.
 * EDTF values are placed by `placeEdtf`: a month-precision date covers all its days and is
 * positioned at its middle day, and the caller is told it was imprecise.
 */
import { parseEdtf, parsePlainDay } from '../domain/types/edtf-date.ts';
import { LeverageError } from '../domain/errors.ts';

/** A closed range of days, both ends ISO `YYYY-MM-DD`. */
export interface DateSpan {
  from: string;
  to: string;
}

/**
 * Day number of an ISO `YYYY-MM-DD` (no Date object: this runs on 100,000s of records). Throws
 * `LeverageError('invalid_value')` for anything else; `placeEdtf` places coarser EDTF dates.
 */
export function dayOf(iso: string): number {
  const d = parsePlainDay(iso);
  if (!d) throw new LeverageError('invalid_value', `not a day: ${JSON.stringify(iso)}`, { expected: 'a date such as 2023-01-21' });
  return civilDay(d.year, d.month, d.day);
}

/** Day number of year `y0`, month `m` (1–12), day `d`. */
function civilDay(y0: number, m: number, d: number): number {
  // Days-from-civil (proleptic Gregorian), shifted so March is the first month of the year.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const isoCache = new Map<number, string>();

/** ISO `YYYY-MM-DD` of a day number (memoised: the analyses format the same few thousand days 100,000s of times). */
export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = formatDay(day);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

function formatDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Where a dated record sits: first and last day covered, the day it is placed on, and whether it was day-precise. */
export interface Placed {
  start: number;
  end: number;
  /** The middle day of [start, end] (rounded down): where an imprecise date is counted. */
  at: number;
  precise: boolean;
}

const cache = new Map<string, Placed>();

/** Places an EDTF date; throws `LeverageError('invalid_value')` naming `id` when it does not parse. */
export function placeEdtf(value: string, id?: string): Placed {
  const hit = cache.get(value);
  if (hit) return hit;
  const parsed = parseEdtf(value);
  if (!parsed)
    throw new LeverageError('invalid_value', `not an EDTF date: ${JSON.stringify(value)}`, {
      location: id ? { record: id } : undefined,
      expected: 'an EDTF date',
    });
  const start = dayOf(parsed.start);
  const end = dayOf(parsed.end);
  const placed = { start, end, at: Math.floor((start + end) / 2), precise: parsed.precision === 'day' };
  if (cache.size > 50_000) cache.clear();
  cache.set(value, placed);
  return placed;
}

/**
 * The day number of a plain day-precise date `YYYY-MM-DD`, or NaN for any other text (which
 * `placeEdtf` handles). For such a date `placeEdtf` gives start = end = at = this day, precise;
 * this reads it without a cache look-up (100,000s of release dates).
 */
export function plainDay(value: string): number {
  const d = parsePlainDay(value);
  return d ? civilDay(d.year, d.month, d.day) : NaN;
}

/** Month index (year·12 + month − 1) of a day number. */
export function monthOfDay(day: number): number {
  const iso = isoOf(day);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** First day (day number) of a month index. */
export function firstDayOfMonth(month: number): number {
  return civilDay(Math.floor(month / 12), (month % 12) + 1, 1);
}

/** `YYYY-MM` label of a month index. */
export function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Month index of a `YYYY-MM` label (the inverse of `monthLabel`); throws `LeverageError('invalid_value')` for other text. */
export function monthOfLabel(label: string): number {
  const p = parseEdtf(label);
  if (!p || p.precision !== 'month') throw new LeverageError('invalid_value', `not a month: ${JSON.stringify(label)}`, { expected: 'a month such as 2025-12' });
  return Number(label.slice(0, 4)) * 12 + Number(label.slice(5, 7)) - 1;
}

/** Parses a user-given day (`2024-07-01`) or month/year (`2024-07`, `2024`): `edge` picks its first or last day. */
export function dayArg(value: string, edge: 'start' | 'end', name = 'date'): number {
  const parsed = parseEdtf(value);
  if (!parsed)
    throw new LeverageError('bad_input', `--${name}: not a date: ${JSON.stringify(value)}`, { expected: 'a date such as 2024-07-01, 2024-07 or 2024' });
  return dayOf(edge === 'start' ? parsed.start : parsed.end);
}

/** The span (first start, last end) of a set of placed records, or `null` when there are none. */
export function spanOf(days: Iterable<{ start: number; end: number }>): DateSpan | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of days) {
    if (d.start < lo) lo = d.start;
    if (d.end > hi) hi = d.end;
  }
  return lo === Infinity ? null : { from: isoOf(lo), to: isoOf(hi) };
}

/** Windows of a calendar unit (`month`, `quarter`, `year`) or of `Nd` days tiling [from, to]. */
export function windowsOf(from: number, to: number, window: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const days = /^(\d+)d$/.exec(window);
  if (days) {
    const len = Number(days[1]);
    if (len < 1) throw new LeverageError('bad_input', `--window: ${window} is not a positive number of days`);
    for (let s = from; s <= to; s += len) out.push({ start: s, end: Math.min(to, s + len - 1) });
    return out;
  }
  const months = window === 'month' ? 1 : window === 'quarter' ? 3 : window === 'year' ? 12 : 0;
  if (!months)
    throw new LeverageError('bad_input', `--window: unknown window ${JSON.stringify(window)}`, {
      expected: 'month, quarter, year or a number of days such as 30d',
    });
  let iso = isoOf(from);
  let y = Number(iso.slice(0, 4));
  let m = Number(iso.slice(5, 7));
  // Align to the calendar unit that contains `from`, then clip the first and last window.
  m = m - ((m - 1) % months);
  while (true) {
    const start = civilDay(y, m, 1);
    if (start > to) break;
    let ny = y;
    let nm = m + months;
    if (nm > 12) {
      nm -= 12;
      ny += 1;
    }
    const next = civilDay(ny, nm, 1);
    out.push({ start: Math.max(start, from), end: Math.min(next - 1, to) });
    y = ny;
    m = nm;
    iso = '';
  }
  return out;
}

/**
 * De-duplicated ids, sorted; past 10,000 ids they keep the order of first use (the callers add
 * them in date order), because sorting 100,000s of strings would cost more than the analysis.
 */
export function uniqueIds(ids: Iterable<string>): string[] {
  const out = [...new Set(ids)];
  return out.length > 10_000 ? out : out.sort();
}

/** Rounds for presentation (2 decimals); analyses keep full precision internally. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * A sum read off running totals, without the binary-fraction noise of the subtraction
 * (`108.99999999999991` → `109`): 12 significant digits, far finer than any count's meaning
 * and far coarser than the noise (about 16 digits down).
 */
export function settle(x: number): number {
  if (x === 0) return 0;
  // A whole number of at most 12 digits is its own 12-digit rounding (most sums of counts): no
  // text round trip, which costs far more than the sums (thousands of calls per query).
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number(x.toPrecision(12));
}

/** Code-point order of two strings (stable across locales, and far cheaper than localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
