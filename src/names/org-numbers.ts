/**
 * Numbers written in words or as ordinals in organisation names become digits, so that
 * "Unit Twenty-One", "Unit 21" and "21st Unit" / "Twenty-First Unit" share a word. English
 * cardinals and ordinals up to ninety-nine; a tens word followed by a units word (hyphenated
 * or not: the hyphen is a space after normalisation) is one number.
 */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEEN_ORDINALS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORDINALS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

const VALUE = new Map<string, number>();
const tables: [readonly string[], (i: number) => number][] = [
  [UNITS, (i) => i + 1],
  [UNIT_ORDINALS, (i) => i + 1],
  [TEENS, (i) => i + 10],
  [TEEN_ORDINALS, (i) => i + 10],
  [TENS, (i) => (i + 2) * 10],
  [TENS_ORDINALS, (i) => (i + 2) * 10],
];
for (const [words, value] of tables) for (let i = 0; i < words.length; i++) VALUE.set(words[i]!, value(i));
const TENS_SET = new Set(TENS);
const UNIT_SET = new Set([...UNITS, ...UNIT_ORDINALS]);

// 1st, 2nd, 3rd, 4th, 21st …
const ORDINAL_DIGITS = /^(\d+)(?:st|nd|rd|th)$/u;

/** Rewrites number words and digit ordinals of normalised (lower-case) words as digits. */
export function numbersAsDigits(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const ordinal = ORDINAL_DIGITS.exec(w);
    if (ordinal) {
      out.push(String(Number(ordinal[1])));
      continue;
    }
    const value = VALUE.get(w);
    if (value === undefined) {
      out.push(w);
      continue;
    }
    const next = words[i + 1];
    if (TENS_SET.has(w) && next !== undefined && UNIT_SET.has(next)) {
      out.push(String(value + VALUE.get(next)!));
      i++;
    } else out.push(String(value));
  }
  return out;
}
