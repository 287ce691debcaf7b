/**
 * Small pure helpers shared by the mappers: whitespace, languages, dates to EDTF, de-duplication.
 * The script of a name comes from `scriptCode` in `src/names/script.ts`; what a valid EDTF date is,
 * from `parseEdtf` in `src/domain/types/edtf-date.ts`.
 */
import { parseEdtf } from '../../../domain/types/edtf-date.ts';

/** Whitespace that `clean` would change: at either end, two in a row, or any but a plain space. */
const UNCLEAN = /^\s|\s$|\s\s|[^\S ]/;

/** Collapses runs of whitespace and trims; undefined for empty strings (UN pads values: `<FIRST_NAME> RI </FIRST_NAME>`, FORMATS.md §4). */
export function clean(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  // Most values are already clean: test instead of building a new string.
  if (!UNCLEAN.test(value)) return value;
  const t = value.replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

/** Two-letter language codes used by the EU and UK lists, mapped to ISO 639-3. */
const LANG3: Record<string, string> = {
  EN: 'eng',
  FR: 'fra',
  DE: 'deu',
  ES: 'spa',
  IT: 'ita',
  PT: 'por',
  NL: 'nld',
  PL: 'pol',
  CS: 'ces',
  SK: 'slk',
  SL: 'slv',
  HU: 'hun',
  RO: 'ron',
  BG: 'bul',
  EL: 'ell',
  GA: 'gle',
  SV: 'swe',
  DA: 'dan',
  FI: 'fin',
  ET: 'est',
  LV: 'lav',
  LT: 'lit',
  MT: 'mlt',
  HR: 'hrv',
  RU: 'rus',
  BE: 'bel',
  UK: 'ukr',
  FA: 'fas',
  AR: 'ara',
  ZH: 'zho',
  KO: 'kor',
  JA: 'jpn',
  TR: 'tur',
  HE: 'heb',
  RUSSIAN: 'rus',
  BELARUSIAN: 'bel',
  UKRAINIAN: 'ukr',
  ARABIC: 'ara',
  CHINESE: 'zho',
  KOREAN: 'kor',
  PERSIAN: 'fas',
  FARSI: 'fas',
};

/** ISO 639-3 for an EU two-letter code (`EN`) or a UK language name (`Russian`); undefined when unknown or empty. */
export function language(code: string | undefined): string | undefined {
  const c = clean(code)?.toUpperCase();
  return c ? LANG3[c] : undefined;
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * Free-text date to EDTF. Accepts OFAC's `30 Aug 1954`, `Aug 1954`, `1954`, `circa 1960`,
 * `1958 to 1960` (FORMATS.md §1.1), ISO dates, and UK `12/05/1958`, `dd/mm/1945` (§3.1).
 * Returns undefined when nothing date-like is found.
 */
export function toEdtf(text: string | undefined): string | undefined {
  const t = clean(text);
  if (!t) return undefined;
  const approx = /^(circa|c\.|approximately|about)\s+/i.test(t);
  const body = t.replace(/^(circa|c\.|approximately|about)\s+/i, '');
  const range = /^(.+?)\s+(?:to|–)\s+(.+)$/.exec(body) ?? /^(\d{4})\s*-\s*(\d{4})$/.exec(body);
  if (range) {
    // `01 Jan 1961 to 31 Dec 1963` and `1984 to 1986` (OFAC remarks) become EDTF intervals.
    const [from, to] = [toEdtf(range[1]), toEdtf(range[2])];
    if (from && to && !/[~/]/.test(from + to)) return `${collapseYear(from, 'start')}/${collapseYear(to, 'end')}`;
    return undefined;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(body);
  let out: string | undefined;
  if (m) out = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(body)) && MONTHS[m[2].toLowerCase()])
    out = `${m[3]}-${MONTHS[m[2].toLowerCase()]}-${pad(m[1])}`;
  else if ((m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(body)) && MONTHS[m[1].toLowerCase()]) out = `${m[2]}-${MONTHS[m[1].toLowerCase()]}`;
  else if ((m = /^(\d{1,2}|dd)\/(\d{1,2}|mm)\/(\d{4})$/i.exec(body))) {
    if (/^\d+$/.test(m[1]) && /^\d+$/.test(m[2])) out = `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
    else if (/^\d+$/.test(m[2])) out = `${m[3]}-${pad(m[2])}`;
    else out = m[3];
  } else if ((m = /^(\d{4})$/.exec(body))) out = m[1];
  if (!out || !validEdtfDay(out)) return undefined;
  return approx ? `${out}~` : out;
}

/** `1961-01-01` as an interval start (or `1963-12-31` as an end) is just the year. */
function collapseYear(value: string, side: 'start' | 'end'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m && ((side === 'start' && m[2] === '01' && m[3] === '01') || (side === 'end' && m[2] === '12' && m[3] === '31'))) return m[1];
  return value;
}

/** True for a plain calendar year, month or day (`1954`, `1954-08`, `1954-08-30`), by the domain's EDTF grammar. */
function validEdtfDay(value: string): boolean {
  const p = parseEdtf(value);
  return !!p && !p.uncertain && !p.approximate && (p.precision === 'year' || p.precision === 'month' || p.precision === 'day');
}

/** `dd/mm/yyyy` (UK) or `MM/DD/YYYY` (OFAC `Publish_Date`) to ISO; undefined when malformed. */
export function slashDate(value: string | undefined, order: 'dmy' | 'mdy'): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(clean(value) ?? '');
  if (!m) return undefined;
  const [day, month] = order === 'dmy' ? [m[1], m[2]] : [m[2], m[1]];
  const iso = `${m[3]}-${pad(month)}-${pad(day)}`;
  return validEdtfDay(iso) ? iso : undefined;
}

/** The `YYYY-MM-DD` prefix of an ISO date-time; undefined otherwise. */
export function isoDay(value: string | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(clean(value) ?? '');
  return m && validEdtfDay(m[1]) ? m[1] : undefined;
}

/** Appends values not already present (by JSON identity), preserving order. */
export function pushUnique<T>(list: T[], ...values: (T | undefined)[]): T[] {
  for (const v of values) {
    if (v === undefined) continue;
    const key = typeof v === 'string' ? v : JSON.stringify(v);
    if (!list.some((x) => (typeof x === 'string' ? x : JSON.stringify(x)) === key)) list.push(v);
  }
  return list;
}

/** Joins the defined, non-empty parts with ", ". */
export function joinParts(...parts: (string | undefined)[]): string {
  let out = '';
  for (const p of parts) {
    const c = clean(p);
    if (c) out = out === '' ? c : `${out}, ${c}`;
  }
  return out;
}

/**
 * A flat copy of a string. Values sliced from a 1 MiB parser chunk keep the whole chunk alive in V8;
 * anything kept for the length of a file (ids in sets, warning locations) must be detached first.
 */
export function detach(value: string): string {
  return Buffer.from(value, 'utf8').toString('utf8');
}
