/**
 * Similarity of two name parts (tokens), with how they were paired: identical skeletons,
 * the same given-name class, a phonetic near-match, or an initial standing for a word.
 */
import type { GivenNameClass } from '../given-names.ts';
import type { NamePart, PartKey } from '../structure.ts';
import { listsApart, spellingLetters } from './letter-bounds.ts';
import { sharpen, similarityWithLetters, unsharpen } from './token.ts';

export type PairHow = 'exact' | 'given-name' | 'phonetic' | 'initial' | 'none';

/** The best reading of two parts as one word. `similarity` is in [0, 1]. */
export interface PartMatch {
  similarity: number;
  how: PairHow;
  /** The spellings that paired best (skeleton and the romanisation that made it). */
  keyA?: PartKey;
  keyB?: PartKey;
}

// First letters an initial may stand for: the word's own skeletons and its given-name
// class's forms in every script (Н. can stand for Mikalai, since Мікалай = Николай).
const firstLetters = new WeakMap<NamePart, Set<string>>();
function initialsOf(p: NamePart): Set<string> {
  let set = firstLetters.get(p);
  if (!set) {
    set = new Set(p.keys.map((k) => k.skeleton[0]!).filter(Boolean));
    for (const cls of [...p.classes, ...(p.fatherClasses ?? [])]) for (const form of cls.forms) set.add(formInitial(form));
    firstLetters.set(p, set);
  }
  return set;
}

// First letters of an initial's own spellings, per (shared) key list.
const OWN_INITIALS = new WeakMap<readonly PartKey[], Set<string>>();
function ownInitials(keys: readonly PartKey[]): Set<string> {
  let set = OWN_INITIALS.get(keys);
  if (!set) OWN_INITIALS.set(keys, (set = new Set(keys.map((k) => k.skeleton[0]!))));
  return set;
}

// The skeleton letter a Cyrillic or Latin form starts with, without building a full key.
const CYR_INITIAL: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'H',
  д: 'd',
  е: 'e',
  ё: 'j',
  ж: 'Z',
  з: 'z',
  и: 'i',
  і: 'i',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'H',
  ц: 'c',
  ч: 'C',
  ш: 'S',
  щ: 'S',
  э: 'e',
  ю: 'j',
  я: 'j',
  є: 'j',
  ї: 'j',
  g: 'H',
  h: 'H',
  w: 'v',
  y: 'j',
  x: 'k',
  q: 'k',
};
function formInitial(form: string): string {
  const ch = form[0]!;
  return CYR_INITIAL[ch] ?? ch.normalize('NFD')[0]!;
}

// The best pair of spellings of two words depends on their key lists alone, and parts share
// those lists per distinct token (see `makePart`), so screening, which compares one query
// word with the same index words again and again, looks the result up instead of running
// |keys|² edit distances. One table per floor; the inner tables are bounded, the outer weak.
type KeyPairTable = WeakMap<readonly PartKey[], Map<readonly PartKey[], PartMatch>>;
const KEY_PAIRS = new Map<number, KeyPairTable>();
const KEY_PAIRS_PER_WORD = 20_000;
const NO_MATCH: PartMatch = { similarity: 0, how: 'none' };
/** Similarity left to two known given names of different classes (below pairing). */
export const DIFFERENT_GIVEN_NAMES = 0.6;

// The table of results for one key list at one floor.
function pairsOf(ka: readonly PartKey[], floor: number): Map<readonly PartKey[], PartMatch> {
  let table = KEY_PAIRS.get(floor);
  if (!table) KEY_PAIRS.set(floor, (table = new WeakMap()));
  let inner = table.get(ka);
  if (!inner) table.set(ka, (inner = new Map()));
  return inner;
}

function bestKeyPair(ka: readonly PartKey[], kb: readonly PartKey[], floor: number, inner = pairsOf(ka, floor)): PartMatch {
  const hit = inner.get(kb);
  if (hit) return hit;
  // A pair is worth finishing only if it could beat both the floor and the best so far
  // (`sharpen` is monotone, so a lower raw similarity never sharpens higher).
  const floorRaw = unsharpen(floor);
  // Most words of two names are different words: their spellings are settled at once.
  if (listsApart(ka, kb, floorRaw)) return store(inner, kb, NO_MATCH);
  let best = NO_MATCH;
  // Only identical spellings reach 1, and the loop below stops at the first such pair:
  // look for it first, without computing any distance.
  for (const x of ka) for (const y of kb) if (x.skeleton === y.skeleton) return store(inner, kb, { similarity: 1, how: 'exact', keyA: x, keyB: y });
  let bestRaw = 0;
  const la = spellingLetters(ka);
  const lb = spellingLetters(kb);
  search: for (let i = 0; i < ka.length; i++) {
    const x = ka[i]!;
    for (let j = 0; j < kb.length; j++) {
      const y = kb[j]!;
      const raw = similarityWithLetters(x.skeleton, y.skeleton, la[2 * i]!, la[2 * i + 1]!, lb[2 * j]!, lb[2 * j + 1]!, Math.max(floorRaw, bestRaw));
      if (raw < 0) continue;
      const s = sharpen(raw);
      if (s > best.similarity) {
        best = { similarity: s, how: s === 1 ? 'exact' : 'phonetic', keyA: x, keyB: y };
        bestRaw = raw;
      }
      if (s === 1) break search;
    }
  }
  return store(inner, kb, best);
}

function store(inner: Map<readonly PartKey[], PartMatch>, kb: readonly PartKey[], match: PartMatch): PartMatch {
  if (inner.size >= KEY_PAIRS_PER_WORD) inner.clear();
  inner.set(kb, match);
  return match;
}

/**
 * Compares two parts; initials pair with any word they could abbreviate. With a `floor`,
 * a similarity below it is not computed exactly (some value below the floor is returned):
 * for scorers that never pair parts below their minimum similarity.
 */
export function compareParts(a: NamePart, b: NamePart, floor = 0): PartMatch {
  return comparePartsIn(a, b, floor, a.initial || b.initial ? undefined : pairsOf(a.keys, floor));
}

/**
 * `compareParts(a, b, floor)` for every part of `parts`, into `out` from `at` (the look-ups
 * for `a` are done once for the row).
 */
export function compareRow(a: NamePart, parts: readonly NamePart[], floor: number, out: PartMatch[], at: number): void {
  const inner = a.initial ? undefined : pairsOf(a.keys, floor);
  for (let j = 0; j < parts.length; j++) out[at + j] = comparePartsIn(a, parts[j]!, floor, inner);
}

function comparePartsIn(a: NamePart, b: NamePart, floor: number, inner: Map<readonly PartKey[], PartMatch> | undefined): PartMatch {
  if (a.initial || b.initial) {
    const ia = a.initial ? ownInitials(a.keys) : initialsOf(a);
    const ib = b.initial ? ownInitials(b.keys) : initialsOf(b);
    for (const x of ia)
      if (ib.has(x) || (x === 'j' && (ib.has('i') || ib.has('e'))) || ((x === 'i' || x === 'e') && ib.has('j'))) {
        return { similarity: 1, how: 'initial', keyA: a.keys[0], keyB: b.keys[0] };
      }
    return { similarity: 0, how: 'none' };
  }
  if ((a.text.length <= 3 || b.text.length <= 3) && (abbreviates(a.text, b.text) || abbreviates(b.text, a.text))) {
    return { similarity: 1, how: 'initial', keyA: a.keys[0], keyB: b.keys[0] };
  }
  const best = bestKeyPair(a.keys, b.keys, floor, inner);
  if (best.similarity < 0.95 && a.fatherClasses && b.fatherClasses && shareClass(a.fatherClasses, b.fatherClasses)) {
    return { similarity: 0.95, how: 'given-name', keyA: a.keys[0], keyB: b.keys[0] };
  }
  if (best.similarity < 0.95 && a.role !== 'patronymic' && b.role !== 'patronymic' && shareClass(a.classes, b.classes)) {
    return { similarity: 0.95, how: 'given-name', keyA: a.keys[0], keyB: b.keys[0] };
  }
  // Two given names both known, of different names of one gender (Maria / Marta, Maria /
  // Marina): however alike they are written, not one name. (Of two genders, Aleksandr /
  // Aleksandra, the gender conflict already counts, and a mistyped ending is likely.)
  if (
    best.similarity < 1 &&
    best.similarity >= DIFFERENT_GIVEN_NAMES &&
    a.role === 'given' &&
    b.role === 'given' &&
    a.classes.length > 0 &&
    b.classes.length > 0 &&
    !!a.gender &&
    a.gender === b.gender &&
    !shareClass(a.classes, b.classes)
  ) {
    return { ...best, similarity: DIFFERENT_GIVEN_NAMES };
  }
  return best;
}

// A Latin word of two or three consonants (no vowel) is an abbreviation: it pairs with a
// longer word it begins (a truncated `DR` for `DRISSI`).
const ABBREVIATION = /^[bcdfghjklmnpqrstvwxz]{2,3}$/u;
function abbreviates(short: string, long: string): boolean {
  return long.length > short.length && long.startsWith(short) && ABBREVIATION.test(short);
}

function shareClass(x: readonly GivenNameClass[], y: readonly GivenNameClass[]): boolean {
  for (const c of x) if (y.includes(c)) return true;
  return false;
}
