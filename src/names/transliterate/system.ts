/**
 * The shape of a romanisation system written as data, and the one engine that applies it.
 * Every system in this folder is a plain object of letter tables; only this file holds logic,
 * so adding a system never means writing code.
 */

/** Which Cyrillic (or other) language a table was written for. */
export type SourceLanguage = 'be' | 'ru' | 'uk' | 'el' | 'ar' | 'ka' | 'hy';

/**
 * A romanisation system as data. Tables map lowercase source letters to lowercase Latin.
 * Look-up order at each position: `final` (sequence ending the word), `sequences` (longest
 * first), `iotated` (at the start of a word or after a vowel / separator), then `letters`.
 * Letters found in no table pass through unchanged.
 */
export interface RomanisationSystem {
  /** Stable id used in keys and explanations, e.g. `bgn-pcgn-ru`. */
  readonly id: string;
  readonly label: string;
  /** Where the table comes from: standard, edition, and the convention it records. */
  readonly source: string;
  /** Source languages the system is applied to. */
  readonly languages: readonly SourceLanguage[];
  /**
   * How the output spells sounds that Latin writes ambiguously, for the phonetic skeleton:
   * `english` (ch = ч), `slavic` (ch = х, c = ц: Polish, Czech, Łacinka, ISO 9), `german`
   * (ch = х, sch = ш, z = ц), `french` (ch = ш, ou = у).
   */
  readonly convention: 'english' | 'slavic' | 'german' | 'french' | 'nordic';
  readonly letters: Readonly<Record<string, string>>;
  readonly iotated?: Readonly<Record<string, string>>;
  /** Whether `iotated` also applies after vowels (default true); Ukrainian uses it word-initially only. */
  readonly iotatedAfterVowel?: boolean;
  readonly sequences?: Readonly<Record<string, string>>;
  readonly final?: Readonly<Record<string, string>>;
}

// Letters after which a Cyrillic vowel is written in its iotated form (je, ja, ye…): vowels,
// the soft and hard signs, the apostrophe, й and ў.
const IOTATING = new Set("аеёиоуыэюяіїєьъ'’ʼйў".split(''));

/**
 * Romanises one word or phrase with a system. Input should already be lowercase (see
 * `normalise.ts`); characters outside the tables (spaces, Latin, digits) pass through.
 */
export function romanise(text: string, system: RomanisationSystem): string {
  const { finals, sequences } = compiled(system);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const prev = i === 0 ? ' ' : text[i - 1]!;
    let matched = false;
    for (const [seq, latin] of finals.get(ch) ?? NONE) {
      if (text.startsWith(seq, i) && !isLetter(text[i + seq.length] ?? ' ')) {
        out += latin;
        i += seq.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (const [seq, latin] of sequences.get(ch) ?? NONE) {
      if (text.startsWith(seq, i)) {
        out += latin;
        i += seq.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const iot = system.iotated?.[ch];
    if (iot !== undefined && (!isLetter(prev) || (system.iotatedAfterVowel !== false && IOTATING.has(prev)))) out += iot;
    else out += system.letters[ch] ?? ch;
    i += 1;
  }
  return out;
}

// Letters of cased scripts (Latin, Cyrillic, Greek) change under case mapping; that is all
// the word-boundary test needs, and it is far cheaper than a Unicode property regex.
function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

// A system's `final` and `sequences` tables indexed by first letter, so each position tries
// only the entries that can start there: finals in table order (the first that fits wins),
// sequences longest first (of one length at most one can fit).
interface Compiled {
  finals: Map<string, [string, string][]>;
  sequences: Map<string, [string, string][]>;
}
const NONE: [string, string][] = [];
const compiledCache = new WeakMap<RomanisationSystem, Compiled>();
function compiled(system: RomanisationSystem): Compiled {
  let c = compiledCache.get(system);
  if (!c) {
    const byFirst = (entries: [string, string][]) => {
      const map = new Map<string, [string, string][]>();
      for (const e of entries) map.set(e[0][0]!, [...(map.get(e[0][0]!) ?? []), e]);
      return map;
    };
    const sequences = Object.entries(system.sequences ?? {}).sort((a, b) => b[0].length - a[0].length);
    c = { finals: byFirst(Object.entries(system.final ?? {})), sequences: byFirst(sequences) };
    compiledCache.set(system, c);
  }
  return c;
}
