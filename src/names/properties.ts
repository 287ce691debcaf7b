/**
 * Properties beside the name (birth date, nationality, identifiers) that tell namesakes apart
 * when a screening query has them, in the manner of yente's logic-v2 matcher: the name score
 * is the main evidence; a shared identifier is enough on its own; a birth date or nationality
 * that disagrees lowers the score, one that agrees raises it a little. Every check is reported
 * (`PropertyCheck`), so the explanation says what agreed and what disagreed. Pure.
 */
import { countryKey } from './countries.ts';

export { countryKey };

/** What a query states besides the name. */
export interface QueryProperties {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `DD.MM.YYYY`, `DD/MM/YYYY` or `DD Mon YYYY`. */
  birthDate?: string;
  /** ISO 3166-1 alpha-2 code or English country name (`BY`, `Belarus`, `Belarusian`). */
  nationality?: string;
  /** Passport, national id, registration numbers…: compared without spaces, dashes or dots. */
  identifiers?: string[];
}

/** The same properties of a screening entry (any number of each). */
export interface EntryProperties {
  birthDates?: readonly string[];
  nationalities?: readonly string[];
  identifiers?: readonly string[];
}

export type PropertyName = 'birthDate' | 'nationality' | 'identifier';

export interface PropertyCheck {
  property: PropertyName;
  query: string;
  /** The entry's values that were compared. */
  entry: string[];
  result: 'agrees' | 'disagrees';
  /** What the check added to the score (the identifier check: what lifting to its floor added). */
  effect: number;
  reason: string;
}

/**
 * Effects on the score (logic-v2 weighs a disjoint birth year −0.15 plus a disjoint day −0.25,
 * a country mismatch −0.2 and an identifier match 0.95 as a main feature; ours are close, and
 * agreement adds a little so that the namesake who agrees ranks above one with no data).
 */
export const PROPERTY_EFFECTS = {
  birthDateAgrees: 0.05,
  birthYearAgrees: 0.02,
  birthDayDiffers: -0.2,
  birthYearDiffers: -0.3,
  nationalityAgrees: 0.03,
  nationalityDiffers: -0.15,
} as const;
/** A shared identifier lifts the score to at least this (a match on its own). */
export const IDENTIFIER_MATCH_SCORE = 0.95;

/** True when the query states any property. */
export function hasProperties(q: QueryProperties | undefined): q is QueryProperties {
  return !!q && (!!q.birthDate || !!q.nationality || (q.identifiers?.length ?? 0) > 0);
}

/**
 * Compares the query's properties with an entry's and adjusts a name score: the checks made
 * (only properties both sides state) and the adjusted score, clamped to [0, 1].
 */
export function applyProperties(nameScore: number, q: QueryProperties, e: EntryProperties): { score: number; checks: PropertyCheck[] } {
  const checks: PropertyCheck[] = [];
  const birth = q.birthDate ? parseDate(q.birthDate) : undefined;
  const entryDates = (e.birthDates ?? []).flatMap((d) => edtfDates(d).map((date) => ({ text: d, date })));
  if (birth && entryDates.length > 0) checks.push(birthCheck(q.birthDate!, birth, entryDates as { text: string; date: PartialDate }[]));
  const nationality = q.nationality ? countryKey(q.nationality) : undefined;
  const entryNations = (e.nationalities ?? []).filter((n) => n.trim());
  if (nationality && entryNations.length > 0) {
    const agrees = entryNations.some((n) => countryKey(n) === nationality);
    checks.push({
      property: 'nationality',
      query: q.nationality!,
      entry: [...entryNations],
      result: agrees ? 'agrees' : 'disagrees',
      effect: agrees ? PROPERTY_EFFECTS.nationalityAgrees : PROPERTY_EFFECTS.nationalityDiffers,
      reason: agrees ? 'same nationality' : 'different nationality',
    });
  }
  let score = nameScore;
  for (const c of checks) score += c.effect;
  score = Math.min(1, Math.max(0, score));
  const ids = (q.identifiers ?? []).map((id) => ({ id, key: idKey(id) })).filter((x) => x.key.length >= 4);
  const entryIds = (e.identifiers ?? []).filter((x) => idKey(x).length >= 4);
  for (const { id, key } of ids) {
    const same = entryIds.filter((x) => idKey(x) === key);
    if (same.length === 0) continue;
    const lifted = Math.max(score, IDENTIFIER_MATCH_SCORE);
    checks.push({ property: 'identifier', query: id, entry: same, result: 'agrees', effect: round(lifted - score), reason: 'same identifier' });
    score = lifted;
  }
  return { score: round(score), checks };
}

interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

function birthCheck(text: string, q: PartialDate, dates: { text: string; date: PartialDate }[]): PropertyCheck {
  const entry = [...new Set(dates.map((d) => d.text))];
  // Agreement on every part both dates state (1962 agrees with 1962-06-28).
  const full = dates.find((d) => compatible(q, d.date) && q.day !== undefined && d.date.day !== undefined);
  if (full) return { property: 'birthDate', query: text, entry, result: 'agrees', effect: PROPERTY_EFFECTS.birthDateAgrees, reason: 'same birth date' };
  if (dates.some((d) => compatible(q, d.date))) {
    return {
      property: 'birthDate',
      query: text,
      entry,
      result: 'agrees',
      effect: PROPERTY_EFFECTS.birthYearAgrees,
      reason: 'birth dates agree as far as both are known',
    };
  }
  if (dates.some((d) => d.date.year === q.year)) {
    return {
      property: 'birthDate',
      query: text,
      entry,
      result: 'disagrees',
      effect: PROPERTY_EFFECTS.birthDayDiffers,
      reason: 'same birth year, different day',
    };
  }
  return { property: 'birthDate', query: text, entry, result: 'disagrees', effect: PROPERTY_EFFECTS.birthYearDiffers, reason: 'different birth year' };
}

function compatible(a: PartialDate, b: PartialDate): boolean {
  return (
    a.year === b.year &&
    (a.month === undefined || b.month === undefined || a.month === b.month) &&
    (a.day === undefined || b.day === undefined || a.day === b.day)
  );
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A birth date as lists write it; `undefined` when it cannot be read. */
export function parseDate(text: string): PartialDate | undefined {
  const t = text.trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(t);
  if (m) return checked(+m[1]!, m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/u.exec(t);
  if (m) return checked(+m[3]!, +m[2]!, +m[1]!);
  m = /^(?:(\d{1,2})\s+)?([a-z]{3})[a-z]*\.?\s+(\d{4})$/iu.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    if (month > 0) return checked(+m[3]!, month, m[1] ? +m[1] : undefined);
  }
  return undefined;
}

// An EDTF birth date as lists store it: `1947~` (about 1947) and `1960?` are read as their year
// (month, day), a range `1945/1947` as each year it spans (at most 12).
function edtfDates(text: string): PartialDate[] {
  const [from, to, ...rest] = text.trim().replace(/[~?%]/gu, '').split('/');
  const a = from ? parseDate(from) : undefined;
  if (to === undefined || rest.length) return a ? [a] : [];
  const b = parseDate(to);
  if (!a || !b) return a ? [a] : b ? [b] : [];
  if (b.year - a.year > 12 || b.year < a.year) return [a, b];
  const years: PartialDate[] = [];
  for (let y = a.year; y <= b.year; y++) years.push({ year: y });
  return years;
}

function checked(year: number, month?: number, day?: number): PartialDate | undefined {
  if (year < 1000 || year > 2999) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { year, month, day };
}

const idKey = (id: string): string => id.toUpperCase().replace(/[\s\-./]+/gu, '');
const round = (x: number) => Math.round(x * 10000) / 10000;
