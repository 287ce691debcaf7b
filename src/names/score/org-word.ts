/**
 * How two words of organisation names compare (internal to `org.ts`): concepts by identity,
 * spellings by the part comparison, an acronym or a single letter by the word's first letter
 * (a partial acronym), a stem by its suffixed form (Grodno / Grodnenskoye), and the floor a pair
 * must reach.
 */
import { ORG_MIN_DISTINCTIVE_SIMILARITY, ORG_MIN_PAIR_SIMILARITY, ORG_WEIGHTS, PARTIAL_ACRONYM_SIMILARITY, STEM_SIMILARITY, type Word } from './org.ts';
import { initialsOfWord, letterKey } from './org-collapse.ts';
import { compareParts } from './part.ts';
import { editDistance } from './surface.ts';
import { townAtStart, townWord } from '../towns.ts';
import type { NamePart } from '../structure.ts';

// Two distinctive words (neither generic nor a concept) carry the name's identity: they pair
// only when closer than other words (Sparkles / Sporks is another firm).
export function minPairSimilarity(x: Word, y: Word): number {
  return x.weight === ORG_WEIGHTS.word && y.weight === ORG_WEIGHTS.word && !x.token.concept && !y.token.concept
    ? ORG_MIN_DISTINCTIVE_SIMILARITY
    : ORG_MIN_PAIR_SIMILARITY;
}

// Two words one letter apart (changed, added or dropped), as written or in some pair of their spellings.
function oneLetterApart(x: Word, y: Word): boolean {
  if (editDistance(x.token.text, y.token.text) <= 1) return true;
  for (const a of x.part.keys) for (const b of y.part.keys) if (editDistance(a.skeleton, b.skeleton) <= 1) return true;
  return false;
}

// A word of one letter (not a digit).
const isLetter = (w: Word): boolean => w.part.initial && /\p{L}/u.test(w.token.text);

// A word that tells no organisation from another: a generic concept, a legal form, a place.
export const isDescriptor = (w: Word): boolean => w.weight < ORG_WEIGHTS.word;

// An acronym or a single letter paired with a word only through its first letter (see `wordSimilarity`).
export function isPartialAcronymPair(x: Word, y: Word, similarity: number): boolean {
  return (x.token.acronym !== y.token.acronym || isLetter(x) !== isLetter(y)) && similarity === PARTIAL_ACRONYM_SIMILARITY;
}

export function wordSimilarity(x: Word, y: Word): number {
  if (x.token.concept || y.token.concept) {
    if (x.token.concept === y.token.concept) return 1;
    if (x.token.concept && y.token.concept) return 0;
  }
  // A single letter of an organisation name (the (S) of a Singapore company, the M of M Lida)
  // is no initial of a person's name: it stands for a word beginning with it only as much as
  // an acronym does (and, alone, needs a distinctive word to corroborate it).
  // (A lone digit is a number, 3 for Three: left to the word comparison.)
  if (isLetter(x) !== isLetter(y)) {
    const [letter, word] = isLetter(x) ? [x, y] : [y, x];
    return initialsOfWord(word).has(letterKey(letter.token.text[0]!)) ? PARTIAL_ACRONYM_SIMILARITY : 0;
  }
  const m = compareParts(x.part, y.part, ORG_MIN_PAIR_SIMILARITY).similarity;
  // Two words beginning with two towns name two organisations, one letter apart or not
  // (Минскдрев / Пинскдрев, Minskiy / Pinskiy myasokombinat, Омский / Томский).
  if (m > 0 && m < 1 && differentTowns(x.part, y.part)) return 0;
  if (m >= STEM_SIMILARITY) return m;
  // One town named in two forms: the town and its adjective, Belarusian and Russian (Gomel /
  // Homielski, Grodno / Hrodzenskaya, Barysau / Borisovskiy), as a place adjective meets its town.
  if (sameTownWords(x.part, y.part)) return STEM_SIMILARITY;
  // An abbreviation whose words the other name spells out only in part (GPO Azot / Гродно Азот).
  if (x.token.acronym !== y.token.acronym && !x.token.concept && !y.token.concept) {
    const [acr, word] = x.token.acronym ? [x, y] : [y, x];
    // A word known to be letters stands for any word by its first letter. One that may be a
    // word (a name all in capitals) only for a word one letter from it — a misspelling (AIR /
    // AIe, АЗОТ / АЗОe), not an abbreviation: NEW (OIL COMPANY) does not stand for Novopolotsk.
    if ((!acr.token.mayBeWord || oneLetterApart(acr, word)) && initialsOfWord(word).has(letterKey(acr.token.text[0]!))) {
      return Math.max(m, PARTIAL_ACRONYM_SIMILARITY);
    }
  }
  // A phrase read as one concept (trading house) is no word with a suffix (trading).
  if (x.token.text.includes(' ') || y.token.text.includes(' ')) return m;
  for (const ka of x.part.keys) for (const kb of y.part.keys) if (isStem(ka.skeleton, kb.skeleton)) return STEM_SIMILARITY;
  // As written too: a skeleton reads the t-s of Brest-skiy as ц (brescki), which no longer
  // begins with brest.
  if (sameAlphabet(x.part.text, y.part.text) && isPlaceAdjective(x.part.text, y.part.text)) return STEM_SIMILARITY;
  return m;
}

// Both words in Latin letters, or both in Cyrillic (a part's script also says which language).
const CYRILLIC = /\p{Script=Cyrillic}/u;
const sameAlphabet = (a: string, b: string): boolean => CYRILLIC.test(a) === CYRILLIC.test(b);

// One word, as written, is the other's place adjective: its stem (without a final vowel) and
// -sk- (Brest / Brestskiy, Брест / Брестский).
function isPlaceAdjective(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.replace(/[aeiouyаеёиоуыэюяі]+$/u, '');
  return stem.length >= 3 && long.startsWith(stem) && WRITTEN_ADJECTIVE.test(long.slice(stem.length));
}
const WRITTEN_ADJECTIVE = /^(?:an|en|ан|ен)?(?:sk|ск)/u;

// One word is the other's stem plus a suffix: Grodno/Grodnenskoye, Minsk/Minski. The stem
// drops a final vowel and must keep 4 symbols, or 3 before a place adjective's -sk-
// (Lida/Lidski, Orsha/Orshanski).
function isStem(a: string, b: string): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  let stem = short.length;
  while (stem > 0 && STEM_VOWELS.includes(short[stem - 1]!)) stem--;
  if (long.length <= stem || stem < 3 || (stem === 3 && !PLACE_ADJECTIVE.test(long.slice(stem)))) return false;
  for (let k = 0; k < stem; k++) if (short.charCodeAt(k) !== long.charCodeAt(k)) return false;
  return true;
}
const STEM_VOWELS = 'aeiouj';
const PLACE_ADJECTIVE = /^(?:an|en)?sk/u;

// The town a word begins with (Минскдрев) and the town it names as itself or its adjective
// (Minskiy), by the first spelling that has one (`towns.ts`), per part: null when none.
const TOWNS_OF = new WeakMap<NamePart, { start: string | null; word: string | null }>();
function townsOf(part: NamePart): { start: string | null; word: string | null } {
  let towns = TOWNS_OF.get(part);
  if (!towns) {
    towns = { start: null, word: null };
    for (const k of part.keys) {
      towns.start ??= townAtStart(k.skeleton) ?? null;
      towns.word ??= townWord(k.skeleton) ?? null;
    }
    TOWNS_OF.set(part, towns);
  }
  return towns;
}
const sameTownWords = (a: NamePart, b: NamePart): boolean => {
  const ta = townsOf(a).word;
  return !!ta && ta === townsOf(b).word;
};

/** Whether two words begin with two different towns (`towns.ts`). */
export const differentTowns = (a: NamePart, b: NamePart): boolean => {
  const ta = townsOf(a).start;
  const tb = ta && townsOf(b).start;
  return !!tb && ta !== tb;
};
