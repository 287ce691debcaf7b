/**
 * Cheap lower bounds on the weighted edit cost of two skeletons, from the letters they
 * contain: a letter one skeleton has and the other lacks must be deleted or changed, which
 * costs at least that letter's cheapest edit. Most pairs of different words are told apart
 * by these bounds without running the edit distance; a bound never exceeds the true cost,
 * so no score changes.
 */
import { ASCII_TABLES, DEFAULT_SUBSTITUTION, indelCost, substitutionCost } from './edit-cost.ts';

// Letters of a skeleton as a 64-bit set, two 32-bit halves (a–z, A–Z, 0–9; other symbols
// are left out, which only weakens the bounds).
const BIT = new Int8Array(128).fill(-1);
for (let k = 0; k < 26; k++) {
  BIT[97 + k] = k;
  BIT[65 + k] = 26 + k;
}
for (let k = 0; k < 10; k++) BIT[48 + k] = 52 + k;

// The least any edit touching a letter can cost: deleting it or changing it into anything
// else. A letter one skeleton has and the other lacks costs at least that much.
const LEAST = new Float64Array(64);
for (let c = 0; c < 128; c++) {
  const bit = BIT[c]!;
  if (bit < 0) continue;
  const ch = String.fromCharCode(c);
  let least = Math.min(indelCost(ch), DEFAULT_SUBSTITUTION);
  for (let d = 0; d < 128; d++) if (d !== c) least = Math.min(least, substitutionCost(ch, String.fromCharCode(d)));
  LEAST[bit] = ASCII_TABLES ? least : 0;
}

/**
 * The letter sets of a (shared, read-only) list of spellings, cached per list: for spelling
 * k, `[2k]` holds letters a–z and A–F, `[2k + 1]` the rest.
 */
export function spellingLetters(keys: readonly { skeleton: string }[]): Int32Array {
  let out = LIST_MASKS.get(keys);
  if (!out) {
    out = new Int32Array(keys.length * 2);
    for (let k = 0; k < keys.length; k++) {
      out[2 * k] = lettersLo(keys[k]!.skeleton);
      out[2 * k + 1] = lettersHi(keys[k]!.skeleton);
    }
    LIST_MASKS.set(keys, out);
  }
  return out;
}
const LIST_MASKS = new WeakMap<object, Int32Array>();

/** Letters every spelling of a list has, letters any has, and the longest spelling. */
interface ListLetters {
  allLo: number;
  allHi: number;
  anyLo: number;
  anyHi: number;
  maxLength: number;
}
const LIST_LETTERS = new WeakMap<object, ListLetters>();
function listLetters(keys: readonly { skeleton: string }[]): ListLetters {
  let l = LIST_LETTERS.get(keys);
  if (!l) {
    l = { allLo: -1, allHi: -1, anyLo: 0, anyHi: 0, maxLength: 0 };
    for (const { skeleton } of keys) {
      const lo = lettersLo(skeleton);
      const hi = lettersHi(skeleton);
      l.allLo &= lo;
      l.allHi &= hi;
      l.anyLo |= lo;
      l.anyHi |= hi;
      l.maxLength = Math.max(l.maxLength, skeleton.length);
    }
    LIST_LETTERS.set(keys, l);
  }
  return l;
}

/**
 * True when no spelling of one list can be within `1 − atLeast` of its length from any
 * spelling of the other: a letter every spelling of one list has and no spelling of the
 * other has is missing from every pair, so `letterSetBound` of every pair is at least the sum
 * over such letters, and the budget of every pair is at most that of the longest spelling.
 */
export function listsApart(ka: readonly { skeleton: string }[], kb: readonly { skeleton: string }[], atLeast: number): boolean {
  const a = listLetters(ka);
  const b = listLetters(kb);
  const bound = Math.max(leastSum(a.allLo & ~b.anyLo, a.allHi & ~b.anyHi), leastSum(b.allLo & ~a.anyLo, b.allHi & ~a.anyHi));
  return bound > (1 - atLeast) * Math.max(a.maxLength, b.maxLength) + 1e-9;
}

/**
 * A lower bound on the edit cost of two skeletons that are not interned (long solid
 * strings), from letter counts: occurrences of a letter beyond the other string's count of
 * it cannot be matched, so each needs its own deletion or change (at least that letter's
 * least cost), and one edit settles at most one such occurrence on each side.
 */
export function letterBoundOf(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const bit = bitOf(a.charCodeAt(i));
    if (bit >= 0) COUNTS[bit]!++;
  }
  for (let i = 0; i < b.length; i++) {
    const bit = bitOf(b.charCodeAt(i));
    if (bit >= 0) COUNTS[bit]!--;
  }
  // Read each letter's surplus once and reset its count (the array stays all zero).
  let surplusA = 0;
  let surplusB = 0;
  for (let i = 0; i < a.length; i++) {
    const bit = bitOf(a.charCodeAt(i));
    if (bit < 0) continue;
    const d = COUNTS[bit]!;
    if (d > 0) surplusA += d * LEAST[bit]!;
    COUNTS[bit] = d < 0 ? d : 0;
  }
  for (let i = 0; i < b.length; i++) {
    const bit = bitOf(b.charCodeAt(i));
    if (bit < 0) continue;
    const d = COUNTS[bit]!;
    if (d < 0) surplusB -= d * LEAST[bit]!;
    COUNTS[bit] = 0;
  }
  return Math.max(surplusA, surplusB);
}

function bitOf(c: number): number {
  return c < 128 ? BIT[c]! : -1;
}
const COUNTS = new Int32Array(64);

/** Letters a–z and A–F of a skeleton (bit set). */
export function lettersLo(s: string): number {
  let lo = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const bit = c < 128 ? BIT[c]! : -1;
    if (bit >= 0 && bit < 32) lo |= 1 << bit;
  }
  return lo;
}

/** Letters G–Z and 0–9 of a skeleton (bit set). */
export function lettersHi(s: string): number {
  let hi = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const bit = c < 128 ? BIT[c]! : -1;
    if (bit >= 32) hi |= 1 << (bit - 32);
  }
  return hi;
}

/**
 * A lower bound on the edit cost of two skeletons from their letter sets (`aLo`/`aHi`,
 * `bLo`/`bHi`): every letter one has and the other lacks must be deleted or changed, and
 * one edit settles at most one such letter on each side.
 */
export function letterSetBound(aLo: number, aHi: number, bLo: number, bHi: number): number {
  return Math.max(leastSum(aLo & ~bLo, aHi & ~bHi), leastSum(bLo & ~aLo, bHi & ~aHi));
}

function leastSum(lo: number, hi: number): number {
  let sum = 0;
  for (let m = lo; m !== 0; m &= m - 1) sum += LEAST[31 - Math.clz32(m & -m)]!;
  for (let m = hi; m !== 0; m &= m - 1) sum += LEAST[63 - Math.clz32(m & -m)]!;
  return sum;
}
