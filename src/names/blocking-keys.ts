/**
 * Blocking keys: what a name's words are indexed under and what a query's words look up
 * (internal to `candidate-index.ts`). A word's keys are those of its spellings (one per
 * romanisation, `w:`), their consonant codes (`c:`), a code's first three consonants (`p:`),
 * and the code with one consonant left out (`d:`) or wildcarded (`s:`); an organisation's
 * generic word adds its concept (`k:`), shared by its translations; and a word of five letters
 * or more, its letters with one left out (`l:`, see `letterKeys`). All pure.
 */
import { consonantCode } from './phonetic.ts';
import { initialSpellings } from './score/org-collapse.ts';
import type { PreparedOrgName } from './score/org.ts';
import { BoundedMemo } from './memo.ts';
import type { NamePart, ParsedName, PartKey } from './structure.ts';

/** Blocking keys of a parsed name (person parts or organisation words), in first-seen order. */
export function blockingKeys(parsed: ParsedName | PreparedOrgName): string[] {
  return [...new Set(wordKeys(parsed).flat())];
}

/**
 * The keys a query looks up: its own keys (minus the `d:` ones), then, from `fuzzyFrom` on,
 * keys that meet a word with one consonant changed, dropped or added (see `fuzzyPartKeys`);
 * those count for less (`FUZZY_KEY_FACTOR`).
 */
export function queryKeys(parsed: ParsedName | PreparedOrgName): { keys: string[]; fuzzyFrom: number } {
  const exact = collectKeys(parsed, exactWordKeys);
  const seen = new Set(exact);
  const fuzzy = collectKeys(parsed, fuzzyWordKeys).filter((k) => !seen.has(k));
  return { keys: [...exact, ...fuzzy], fuzzyFrom: exact.length };
}

function collectKeys(parsed: ParsedName | PreparedOrgName, ofPart: (part: NamePart) => readonly string[]): string[] {
  const keys = new Set<string>();
  if ('parts' in parsed) {
    for (const p of parsed.parts) if (!p.initial) for (const k of ofPart(p)) keys.add(k);
  } else {
    // Generic words (plant, bank, company) are keys too: frequent, so they gather few names
    // of their own but rank the names rarer keys gathered (Minsk Granit Plant before Minsk
    // Granit Bank); a concept's key is shared by its translations (завод / plant).
    // A concept word also keeps its spelling's keys, so a mistyped one (КАМБeНАТ) still meets it.
    for (const w of parsed.words) {
      if (w.token.concept && ofPart !== fuzzyWordKeys) keys.add(conceptKey(w.token.concept));
      for (const k of ofPart(w.part)) keys.add(k);
    }
  }
  return [...keys];
}

// The keys of one word depend on its spellings alone, and parts share their spelling lists
// per distinct token (see `makePart`): computed once per list. The same string objects are
// reused, so the posting look-ups hash nothing new.
//
// Per spelling: its skeleton (`w:`, so the same spelling outranks a sound-alike: Barysawski /
// Brestski share a code). Per consonant code: the code itself (`c:`), its first three consonants (`p:`, a word
// mistyped at its end) and, from four consonants, the code with each consonant left out in
// turn (`d:`): a query whose word has one consonant changed, dropped or added (Ignatova /
// Ignaeova / Ignatkova) shares a `d:` key with it, or its own code is one (see `queryPartKeys`).
const PART_KEYS = new WeakMap<readonly PartKey[], readonly string[]>();
function partKeys(spellings: readonly PartKey[]): readonly string[] {
  let keys = PART_KEYS.get(spellings);
  if (!keys) {
    const set = new Set<string>();
    for (const { skeleton } of spellings) {
      const code = consonantCode(skeleton);
      // A short word (Nina, Ana: one consonant) is found by its spelling alone.
      if (skeleton.length >= 3) set.add(internKey(`w:${skeleton}`));
      if (code.length < 2) continue;
      set.add(internKey(`c:${code}`));
      if (code.length >= 3) {
        for (const s of substitutions(code)) set.add(internKey(`s:${s}`));
        for (const d of deletions(code)) set.add(internKey(`d:${d}`));
      }
      if (code.length > 3) set.add(internKey(`p:${code.slice(0, 3)}`));
    }
    PART_KEYS.set(spellings, (keys = [...set]));
  }
  return keys;
}

// A query word's exact keys: `w:`, `c:` and `p:`.
const EXACT_PART_KEYS = new WeakMap<readonly PartKey[], readonly string[]>();
export function exactWordKeys(part: NamePart): readonly string[] {
  const spellings = part.keys;
  let keys = EXACT_PART_KEYS.get(spellings);
  if (!keys) EXACT_PART_KEYS.set(spellings, (keys = partKeys(spellings).filter((k) => !k.startsWith('d:') && !k.startsWith('s:'))));
  return keys;
}

// A query word's fuzzy keys (without an index to tell whether the word is listed as spelled):
// its spellings' and its letters'.
function fuzzyWordKeys(part: NamePart): readonly string[] {
  return [...fuzzyPartKeys(part.keys), ...queryLetterKeys(part.text)];
}

/** Words shorter than this (in letters) have no letter keys: their codes find them. */
const LETTER_KEYS_FROM = 5;

/**
 * A word's letter keys (`l:`): its letters (lowercase, accents dropped) and its letters with
 * each one left out in turn. Indexed and looked up alike, two words one letter apart — one
 * changed, dropped or added — share one of them whatever the change does to their sound or
 * their consonant code (Sheimykets / eheimykets, where "sh" turned into a vowel and an "h";
 * Bjaljazel / Bjaljaeel, whose consonants l-z-l collapse to l). The codes' fuzzy keys meet
 * across scripts and romanisations; these meet the mistyped letter itself.
 */
export function letterKeys(text: string): string[] {
  const letters = [...text.normalize('NFD').replace(/\p{M}/gu, '')];
  const keys = new Set<string>();
  if (letters.length >= LETTER_KEYS_FROM) {
    keys.add(`l:${letters.join('')}`);
    for (let k = 0; k < letters.length; k++) {
      if (k > 0 && letters[k] === letters[k - 1]) continue;
      keys.add(`l:${letters.slice(0, k).join('')}${letters.slice(k + 1).join('')}`);
    }
  }
  return [...keys];
}

// A query's letter keys, per token text (bounded: queries bring new texts without end).
const QUERY_LETTER_KEYS = new BoundedMemo<readonly string[]>(20_000);
export function queryLetterKeys(text: string): readonly string[] {
  return QUERY_LETTER_KEYS.get(text) ?? QUERY_LETTER_KEYS.set(text, letterKeys(text));
}

// The fuzzy keys of a word's spellings, per code of three or more consonants: `d:<code>` (an indexed
// word with one more consonant), `c:<code less one>` (one fewer) and `d:<code less one>`
// (one changed).
const FUZZY_PART_KEYS = new WeakMap<readonly PartKey[], readonly string[]>();
export function fuzzyPartKeys(spellings: readonly PartKey[]): readonly string[] {
  let keys = FUZZY_PART_KEYS.get(spellings);
  if (!keys) {
    const set = new Set<string>();
    for (const { skeleton } of spellings) {
      const code = consonantCode(skeleton);
      if (code.length < 2) continue;
      // Not interned: the list is cached per word, and most of these keys are in no index.
      set.add(`d:${code}`);
      if (code.length < 3) continue;
      for (const s of substitutions(code)) set.add(`s:${s}`);
      if (code.length > 3) {
        for (const d of deletions(code)) {
          set.add(`c:${d}`);
          set.add(`d:${d}`);
        }
      }
    }
    FUZZY_PART_KEYS.set(spellings, (keys = [...set]));
  }
  return keys;
}

/** The code with each consonant left out in turn (distinct; the code has at least 4). */
function deletions(code: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < code.length; k++) {
    if (k > 0 && code[k] === code[k - 1]) continue;
    out.push(code.slice(0, k) + code.slice(k + 1));
  }
  return out;
}

/** The code with each consonant in turn replaced by a wildcard (distinct; the code has at least 3). */
function substitutions(code: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < code.length; k++) {
    if (k > 0 && code[k] === code[k - 1]) continue;
    out.push(`${code.slice(0, k)}_${code.slice(k + 1)}`);
  }
  return out;
}

const CONCEPT_KEYS = new Map<string, string>();
export function conceptKey(concept: string): string {
  let key = CONCEPT_KEYS.get(concept);
  if (key === undefined) CONCEPT_KEYS.set(concept, (key = `k:${concept}`));
  return key;
}

// One string object per distinct key (bounded), so equal keys share a cached hash.
const KEY_STRINGS = new BoundedMemo<string>(500_000);
function internKey(key: string): string {
  return KEY_STRINGS.get(key) ?? KEY_STRINGS.set(key, key);
}

/**
 * The keys of each word of a parsed name, one list per word (a concept's key first: generic
 * words are keys too, see `collectKeys`).
 */
export function wordKeys(parsed: ParsedName | PreparedOrgName): (readonly string[])[] {
  if ('parts' in parsed) return parsed.parts.filter((p) => !p.initial).map((p) => partKeys(p.keys));
  const keys = parsed.words.map((w) => (w.token.concept ? withConcept(w.token.concept, partKeys(w.part.keys)) : partKeys(w.part.keys)));
  // The whole name's initials and contraction keys, as one more word: a query that is an
  // acronym or a contraction looks them up.
  const whole = wholeKeys(parsed);
  return whole.length ? [...keys, whole] : keys;
}

/** The token text of each word of `wordKeys`, in the same order (the whole name's keys have an empty text: no letter keys). */
export function wordTexts(parsed: ParsedName | PreparedOrgName): string[] {
  if ('parts' in parsed) return parsed.parts.filter((p) => !p.initial).map((p) => p.text);
  const texts = parsed.words.map((w) => w.part.text);
  return wholeKeys(parsed).length ? [...texts, ''] : texts;
}

function wholeKeys(parsed: PreparedOrgName): readonly string[] {
  const initials = wholeNameKeys(parsed);
  const contraction = contractionKeys(parsed, 'indexed');
  return contraction.length === 0 ? initials : initials.length === 0 ? contraction : [...initials, ...contraction];
}

/**
 * Contraction keys: what a syllabic contraction (Гомсельмаш, Россельхозбанк, БелАЗ) and the
 * name it runs together (Гомельский завод сельскохозяйственного машиностроения) both hold, so
 * that screening one finds the other. A name of two words or more gives its first word's first
 * three letters and the first letter of the next word (or of the one after a descriptor):
 * hom + s. One word of six letters or more (five for a syllable and capitals) gives its first
 * four letters, and its first three with the third doubled (Рос-сельхоз writes one s). The
 * prefixes say which way: `x:` a long name indexed, a contraction looking; `y:` the reverse,
 * so that two long names (or two single words) do not meet on these keys.
 */
export function contractionKeys(parsed: PreparedOrgName, side: 'indexed' | 'query'): readonly string[] {
  const words = parsed.words;
  const keys = new Set<string>();
  if (words.length === 1) {
    const w = words[0]!;
    if (w.token.acronym || w.token.concept) return [];
    const min = w.token.syllable ? 5 : 6;
    const prefix = side === 'query' ? 'x:' : 'y:';
    for (const { skeleton } of w.part.keys) {
      if (skeleton.length < min) continue;
      keys.add(`${prefix}${skeleton.slice(0, 4)}`);
      keys.add(`${prefix}${skeleton.slice(0, 3)}${skeleton[2]}`);
    }
  } else if (words.length >= 2 && !words[0]!.token.acronym) {
    const prefix = side === 'indexed' ? 'x:' : 'y:';
    const next = [words[1]!, ...(words[1]!.token.generic && words[2] ? [words[2]] : [])];
    for (const { skeleton } of words[0]!.part.keys) {
      if (skeleton.length < 3) continue;
      // (The next word's first spelling only: the others may voice it otherwise, завод as savod.)
      for (const w of next) if (w.part.keys[0]) keys.add(`${prefix}${skeleton.slice(0, 3)}${w.part.keys[0].skeleton[0]}`);
    }
  }
  return [...keys];
}

/**
 * The initials keys (`i:`) of an organisation name (`PreparedOrgName.initials`: PDVSA for
 * Petróleos de Venezuela S.A.), one per spelling of the initials, so that Latin KGB meets
 * Комитет государственной безопасности (кгб).
 */
export function wholeNameKeys(parsed: PreparedOrgName): readonly string[] {
  if (!parsed.initials) return [];
  // One list per distinct initials, shared by the names that have them (the postings recognise it).
  const spelled = initialSpellings(parsed.initials);
  let keys = WHOLE_NAME_KEYS.get(spelled);
  if (!keys) WHOLE_NAME_KEYS.set(spelled, (keys = [...spelled].map((skel) => `i:${skel}`)));
  return keys;
}
const WHOLE_NAME_KEYS = new WeakMap<ReadonlySet<string>, readonly string[]>();

/**
 * The initials keys an acronym looks up: one per spelling, and, for one of four to six letters,
 * each spelling with one letter left out: an acronym that takes two letters of one word (SEBIN:
 * SErvicio Bolivariano de Inteligencia Nacional, whose initials are SBIN).
 */
export function acronymKeys(part: NamePart): string[] {
  const keys = new Set<string>();
  for (const { skeleton } of part.keys) {
    keys.add(`i:${skeleton}`);
    if (skeleton.length >= 4 && skeleton.length <= 6) for (let k = 0; k < skeleton.length; k++) keys.add(`i:${skeleton.slice(0, k)}${skeleton.slice(k + 1)}`);
  }
  return [...keys];
}

// One list per (concept, spelling keys), so equal words share it.
const WITH_CONCEPT = new WeakMap<readonly string[], Map<string, readonly string[]>>();
function withConcept(concept: string, keys: readonly string[]): readonly string[] {
  let byConcept = WITH_CONCEPT.get(keys);
  if (!byConcept) WITH_CONCEPT.set(keys, (byConcept = new Map()));
  let list = byConcept.get(concept);
  if (!list) byConcept.set(concept, (list = [conceptKey(concept), ...keys]));
  return list;
}
