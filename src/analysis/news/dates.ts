/**
 * Dates in a sentence, resolved against the publication date: written-out days ("10 September",
 * "10–12 de septiembre", "10 верасня 2025"), weekdays ("on Saturday", "we wtorek", "в субботу"),
 * and relative words ("yesterday", "last week", "ayer"). The words of each language come in a
 * `DateWords` table (lang/*.ts); a `DateParser` (chrono-node, in the ingest layer) may add what these
 * rules do not know. Pure: the publication date is an argument, never the clock.
 */
import type { DateBasis } from '../../domain/news/candidate.ts';
import { dayOf, isoOf } from '../dates.ts';
import { rx } from './compile.ts';

export interface DateWords {
  /** Weekday phrases, index 0 = Sunday … 6 = Saturday (each a regex source, matched case-insensitively). */
  weekdays: readonly string[];
  /** Month words with their case forms, index 0 = January (each a regex source matching one whole word). */
  months: readonly string[];
  /** Relative phrases and their offset in days from publication; `precision: 'week'` for "last week". */
  relative: ReadonlyArray<readonly [string, number, 'day' | 'week' | 'month']>;
  /** Words that put a weekday in the future ("next", "will", "due to"). */
  future: string;
  /** Words that put a weekday explicitly in the past ("last", "pasado", "прошлую"). */
  past?: string;
}

/** A date found by an outside parser (chrono-node): where, what text, and the ISO day or month. */
export interface ParsedDate {
  index: number;
  text: string;
  date: string;
  date_end?: string;
}
export type DateParser = (sentence: string, published: string | undefined) => ParsedDate[];

export interface FoundDate {
  date?: string;
  date_end?: string;
  basis: DateBasis;
  note: string;
  /** Offset in the sentence. */
  index: number;
  /** A whole year or month alone ("in 2020"): a background clue, too coarse to date the news. */
  coarse?: boolean;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.|-?го|-?ого)?';

/** Every date in `sentence`, in order of position. `published` is ISO YYYY-MM-DD or undefined. */
export function findDates(sentence: string, published: string | undefined, words: DateWords, parser?: DateParser): FoundDate[] {
  const out: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => !taken.some(([s, e]) => a < e && b > s);
  const take = (a: number, b: number, d: FoundDate) => {
    if (!free(a, b)) return;
    taken.push([a, b]);
    out.push(d);
  };
  const months = `(${words.months.join('|')})`;
  const future = rx(words.future).test(sentence);
  // 2025-09-13
  for (const m of sentence.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    take(m.index!, m.index! + m[0].length, explicit(`${m[1]}-${m[2]}-${m[3]}`, undefined, m.index!, m[0]));
  // 13.09.2025
  for (const m of sentence.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g)) {
    const iso = `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
    if (valid(iso)) take(m.index!, m.index! + m[0].length, explicit(iso, undefined, m.index!, m[0]));
  }
  // 10 September, 10-12 de septiembre de 2025, 10 сентября 2025 г.
  const dm = new RegExp(
    `(?<![\\p{L}\\d])${DAY}(?:\\s*(?:[-–—]|до|al|bis|do)\\s*${DAY})?\\s+(?:de\\s+)?${months}(?![\\p{L}])(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?`,
    'giu',
  );
  for (const m of sentence.matchAll(dm)) {
    const month = monthIndex(m[3]!, words);
    if (month < 0) continue;
    const r = dayMonth(Number(m[1]), m[2] ? Number(m[2]) : undefined, month, m[4] ? Number(m[4]) : undefined, published, future);
    if (r) take(m.index!, m.index! + m[0].length, { ...r, index: m.index!, note: `${r.note} ('${m[0]}')` });
  }
  // September 10, Sept. 10-12, 2025
  const md = rx(`(?<![\\p{L}])${months}\\.?\\s+${DAY}(?:\\s*[-–—]\\s*${DAY})?(?![\\p{L}\\d])(?:,?\\s+(\\d{4}))?`, 'giu');
  for (const m of sentence.matchAll(md)) {
    const month = monthIndex(m[1]!, words);
    if (month < 0) continue;
    const r = dayMonth(Number(m[2]), m[3] ? Number(m[3]) : undefined, month, m[4] ? Number(m[4]) : undefined, published, future);
    if (r) take(m.index!, m.index! + m[0].length, { ...r, index: m.index!, note: `${r.note} ('${m[0]}')` });
  }
  // September 2025, septiembre de 2025
  const my = rx(`(?<![\\p{L}])${months}\\s+(?:de\\s+|del\\s+)?(\\d{4})`, 'giu');
  for (const m of sentence.matchAll(my)) {
    const month = monthIndex(m[1]!, words);
    if (month >= 0)
      take(m.index!, m.index! + m[0].length, {
        date: `${m[2]}-${pad(String(month + 1))}`,
        basis: 'explicit',
        note: `month written out ('${m[0]}')`,
        index: m.index!,
        coarse: true,
      });
  }
  // in September (no year): the latest such month not after publication
  const mo = rx(`(?<![\\p{L}])(?:in|en|im|в|у|w)\\s+${months}(?![\\p{L}])`, 'giu');
  for (const m of sentence.matchAll(mo)) {
    const month = monthIndex(m[1]!, words);
    if (month < 0 || !published) continue;
    let y = Number(published.slice(0, 4));
    if (month + 1 > Number(published.slice(5, 7)) && !future) y -= 1;
    take(m.index!, m.index! + m[0].length, {
      date: `${y}-${pad(String(month + 1))}`,
      basis: 'explicit',
      note: `month without a year, taken as ${y} (published ${published}) ('${m[0]}')`,
      index: m.index!,
      coarse: true,
    });
  }
  // in 2020
  for (const m of sentence.matchAll(/(?<![\d.,-])(19[5-9]\d|20\d\d)(?![\d.,-]\d)/g)) {
    take(m.index!, m.index! + m[0].length, { date: m[1], basis: 'explicit', note: `year alone ('${m[0]}')`, index: m.index!, coarse: true });
  }
  for (const [phrase, offset, precision] of words.relative) {
    for (const m of sentence.matchAll(rx(`(?<![\\p{L}])(?:${phrase})(?![\\p{L}])`, 'giu'))) {
      if (!published) {
        take(m.index!, m.index! + m[0].length, { basis: 'unknown', note: `'${m[0]}' with no publication date`, index: m.index! });
        continue;
      }
      const day = dayOf(published) + offset;
      const iso = precision === 'month' ? isoOf(day).slice(0, 7) : isoOf(day);
      const how = precision === 'week' ? (offset === 0 ? 'the week' : 'about a week') : precision === 'month' ? 'the month' : `${-offset} day(s)`;
      take(m.index!, m.index! + m[0].length, { date: iso, basis: 'relative', note: `'${m[0]}': ${how} before ${published} (published)`, index: m.index! });
    }
  }
  words.weekdays.forEach((phrase, weekday) => {
    for (const m of sentence.matchAll(rx(`(?<![\\p{L}])(?:${phrase})(?![\\p{L}])`, 'giu'))) {
      if (!published) {
        take(m.index!, m.index! + m[0].length, { basis: 'unknown', note: `'${m[0]}' with no publication date`, index: m.index! });
        continue;
      }
      const around = sentence.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 12);
      const isPast = words.past ? rx(words.past).test(around) : false;
      const pub = dayOf(published);
      const pubWeekday = (((pub + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      let day: number;
      let how: string;
      if (future && !isPast) {
        day = pub + ((weekday - pubWeekday + 7) % 7 || 7);
        how = 'after';
      } else {
        day = pub - ((pubWeekday - weekday + 7) % 7);
        how = 'on or before';
      }
      take(m.index!, m.index! + m[0].length, { date: isoOf(day), basis: 'relative', note: `'${m[0]}' ${how} ${published} (published)`, index: m.index! });
    }
  });
  for (const p of parser?.(sentence, published) ?? []) {
    // chrono reads "two days of talks" as two days ahead: a day after publication counts only in a future-tense sentence.
    if (published && !future && p.date.length === 10 && dayOf(p.date) > dayOf(published) + 1) continue;
    if (free(p.index, p.index + p.text.length)) {
      take(p.index, p.index + p.text.length, { date: p.date, date_end: p.date_end, basis: 'explicit', note: `chrono-node ('${p.text}')`, index: p.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function explicit(iso: string, end: string | undefined, index: number, text: string): FoundDate {
  return { date: iso, date_end: end, basis: 'explicit', note: `written out ('${text}')`, index };
}

function monthIndex(word: string, words: DateWords): number {
  return words.months.findIndex((src) => rx(`^(?:${src})$`).test(word));
}

function dayMonth(
  d1: number,
  d2: number | undefined,
  month: number,
  year: number | undefined,
  published: string | undefined,
  future: boolean,
): Omit<FoundDate, 'index'> | undefined {
  let y = year ?? (published ? Number(published.slice(0, 4)) : undefined);
  if (y === undefined) return { basis: 'unknown', note: 'a day without a year and no publication date' };
  const make = (yy: number, d: number) => `${yy}-${pad(String(month + 1))}-${pad(String(d))}`;
  if (!valid(make(y, d1)) || (d2 !== undefined && (!valid(make(y, d2)) || d2 <= d1))) return undefined;
  let note = 'written out';
  if (year === undefined && published) {
    // No year: the latest such day not more than a week after publication (two months for future tense).
    const slack = future ? 62 : 7;
    if (dayOf(make(y, d1)) > dayOf(published) + slack) {
      y -= 1;
      note = `written out, year taken as ${y} (before ${published}, published)`;
    } else note = `written out, year of publication ${published}`;
  }
  return { date: make(y, d1), date_end: d2 !== undefined ? make(y, d2) : undefined, basis: 'explicit', note };
}

function valid(iso: string): boolean {
  try {
    return isoOf(dayOf(iso)) === iso;
  } catch {
    return false;
  }
}

const pad = (s: string): string => s.padStart(2, '0');
