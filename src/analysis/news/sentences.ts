/**
 * Sentence splitting with offsets. A sentence ends at `.`, `!`, `?` or `…` followed by space and
 * a capital letter, a digit or a quote, or at a blank line or a line break (headlines and
 * paragraphs carry no final stop). Common abbreviations ("Mr.", "U.S.", "Sept.", "г.") and
 * initials ("J. Smith") do not end a sentence. Offsets are UTF-16 code units into the input, so
 * `text.slice(s.start, s.end) === s.text`.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'gen',
    'col',
    'lt',
    'sen',
    'rep',
    'gov',
    'pres',
    'prof',
    'jr',
    'sr',
    'no',
    'vs',
    'etc',
    'inc',
    'ltd',
    'corp',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'approx',
    'dept',
    'sra',
    'sr',
    'dra',
    'pte',
    'г',
    'гг',
    'т',
    'д',
    'им',
    'ул',
    'ст',
    'тыс',
    'млн',
    'нр',
    'ok',
    'np',
    'm.in',
    'tzw',
    'tys',
    'z',
    'bzw',
    'ca',
    'nr',
    'vgl',
    'dr',
    'u',
    'usw',
    'z.b',
  ].map((a) => a.toLowerCase()),
);

const CLOSERS = /["'»”’)\]]/;
const OPENERS = /["'«“‘([\p{Lu}\p{N}]/u;

/** Splits `text` into trimmed sentences with their offsets; empty stretches are dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(from, i);
      from = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || CLOSERS.test(text[j]!))) j++;
    if (j < text.length && !/[ \t\u00a0]/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k]!)) k++;
    if (k < text.length && text[k] !== '\n' && !OPENERS.test(text[k]!)) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    push(from, j);
    from = j;
    i = j - 1;
  }
  push(from, text.length);
  return out;
}

/** True when the stop at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}
