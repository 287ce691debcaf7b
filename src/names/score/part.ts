/**
 * Similarity of two name parts (tokens), with how they were paired: identical skeletons,
 * the same given-name class, a phonetic near-match, or an initial standing for a word.
 */
import type { NamePart, PartKey } from '../structure.ts';
import { sharpen, skeletonSimilarityAtLeast, unsharpen } from './token.ts';

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
  а: 'a', б: 'b', в: 'v', г: 'H', д: 'd', е: 'e', ё: 'j', ж: 'Z', з: 'z', и: 'i', і: 'i',
  й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'H', ц: 'c', ч: 'C', ш: 'S', щ: 'S', э: 'e', ю: 'j', я: 'j', є: 'j', ї: 'j',
  g: 'H', h: 'H', w: 'v', y: 'j', x: 'k', q: 'k',
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

function bestKeyPair(ka: readonly PartKey[], kb: readonly PartKey[], floor: number): PartMatch {
  let table = KEY_PAIRS.get(floor);
  if (!table) KEY_PAIRS.set(floor, (table = new WeakMap()));
  let inner = table.get(ka);
  if (!inner) table.set(ka, (inner = new Map()));
  const hit = inner.get(kb);
  if (hit) return hit;
  // A pair is worth finishing only if it could beat both the floor and the best so far
  // (`sharpen` is monotone, so a lower raw similarity never sharpens higher).
  const floorRaw = unsharpen(floor);
  let best = NO_MATCH;
  let bestRaw = 0;
  search: for (const x of ka) {
    for (const y of kb) {
      const raw = skeletonSimilarityAtLeast(x.skeleton, y.skeleton, Math.max(floorRaw, bestRaw));
      if (raw < 0) continue;
      const s = sharpen(raw);
      if (s > best.similarity) {
        best = { similarity: s, how: s === 1 ? 'exact' : 'phonetic', keyA: x, keyB: y };
        bestRaw = raw;
      }
      if (s === 1) break search;
    }
  }
  if (inner.size >= KEY_PAIRS_PER_WORD) inner.clear();
  inner.set(kb, best);
  return best;
}

/**
 * Compares two parts; initials pair with any word they could abbreviate. With a `floor`,
 * a similarity below it is not computed exactly (some value below the floor is returned):
 * for scorers that never pair parts below their minimum similarity.
 */
export function compareParts(a: NamePart, b: NamePart, floor = 0): PartMatch {
  if (a.initial || b.initial) {
    const ia = a.initial ? ownInitials(a.keys) : initialsOf(a);
    const ib = b.initial ? ownInitials(b.keys) : initialsOf(b);
    for (const x of ia) if (ib.has(x) || (x === 'j' && (ib.has('i') || ib.has('e'))) || ((x === 'i' || x === 'e') && ib.has('j'))) {
      return { similarity: 1, how: 'initial', keyA: a.keys[0], keyB: b.keys[0] };
    }
    return { similarity: 0, how: 'none' };
  }
  const best = bestKeyPair(a.keys, b.keys, floor);
  const fathersA = a.fatherClasses ?? [];
  const fathersB = b.fatherClasses ?? [];
  if (best.similarity < 0.95 && fathersA.some((c) => fathersB.includes(c))) {
    return { similarity: 0.95, how: 'given-name', keyA: a.keys[0], keyB: b.keys[0] };
  }
  if (best.similarity < 0.95 && a.role !== 'patronymic' && b.role !== 'patronymic' && a.classes.some((c) => b.classes.includes(c))) {
    return { similarity: 0.95, how: 'given-name', keyA: a.keys[0], keyB: b.keys[0] };
  }
  return best;
}
