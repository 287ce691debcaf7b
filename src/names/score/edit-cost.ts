/**
 * Costs of the weighted edit distance between phonetic skeletons, as data. Vowel changes
 * are cheap because Belarusian writes unstressed o as a (akanne: Лукашэнка/Лукашенко) and
 * romanisations disagree on vowels; consonant pairs that romanisations or the two languages
 * swap are cheap (ц/т: Ціханоўскі/Тихановский; ч/ц: Stefanovič/Stefanovic); anything else
 * costs 1.
 */

/** Symbol classes of the skeleton alphabet (see `phonetic.ts`). */
const VOWELS = 'aeiou';

// Pairs of symbols and their substitution cost; order inside a pair does not matter.
export const SUBSTITUTION_COSTS: ReadonlyArray<readonly [string, string, number]> = [
  ['a', 'o', 0.15],
  ['e', 'i', 0.2],
  ['a', 'e', 0.35],
  ['o', 'u', 0.3],
  ['e', 'o', 0.4],
  ['i', 'j', 0.2],
  ['e', 'j', 0.4],
  ['a', 'j', 0.45],
  ['u', 'j', 0.45],
  ['o', 'j', 0.45],
  ['u', 'v', 0.3],
  ['c', 't', 0.35],
  ['c', 'C', 0.35],
  ['c', 's', 0.5],
  ['C', 'S', 0.4],
  ['S', 's', 0.35],
  ['Z', 'z', 0.35],
  ['Z', 'S', 0.5],
  ['s', 'z', 0.4],
  ['d', 't', 0.5],
  ['b', 'p', 0.5],
  ['k', 'H', 0.5],
  ['v', 'f', 0.5],
  ['m', 'n', 0.6],
  ['c', 'k', 0.6],
  ['C', 'H', 0.5],
  ['z', 'c', 0.6],
];

/** Cost of inserting or deleting a symbol. */
export const INDEL_COSTS: Readonly<Record<string, number>> = {
  a: 0.45,
  e: 0.45,
  i: 0.45,
  o: 0.45,
  u: 0.45,
  j: 0.2,
  v: 0.5,
  H: 0.6,
};

/** Default costs for symbols not in the tables. */
export const DEFAULT_SUBSTITUTION = 1;
export const DEFAULT_INDEL = 1;

const SUB = new Map<string, number>();
for (const [a, b, c] of SUBSTITUTION_COSTS) {
  SUB.set(a + b, c);
  SUB.set(b + a, c);
}
for (const a of VOWELS) for (const b of VOWELS) if (a !== b && !SUB.has(a + b)) SUB.set(a + b, 0.45);

/** Substitution cost between two symbols (0 when equal). */
export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return SUB.get(a + b) ?? DEFAULT_SUBSTITUTION;
}

/** Insertion/deletion cost of one symbol. */
export function indelCost(a: string): number {
  return INDEL_COSTS[a] ?? DEFAULT_INDEL;
}

/** True when the tables name only single ASCII symbols: any other symbol costs the defaults. */
export const ASCII_TABLES: boolean = [...SUBSTITUTION_COSTS.flatMap(([a, b]) => [a, b]), ...Object.keys(INDEL_COSTS)].every(
  (sym) => sym.length === 1 && sym.charCodeAt(0) < 128,
);
