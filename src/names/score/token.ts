/**
 * Similarity of two phonetic skeletons, from a weighted edit distance (costs in
 * `edit-cost.ts`). 1 for identical skeletons, 0 when the edits cost as much as the longer
 * string; monotone in the edit cost, so a closer pair never scores lower.
 */
import { ASCII_TABLES, DEFAULT_INDEL, DEFAULT_SUBSTITUTION, INDEL_COSTS, indelCost, substitutionCost } from './edit-cost.ts';
import { letterBoundOf, lettersHi, lettersLo, letterSetBound } from './letter-bounds.ts';

// Costs for symbols below U+0080 come from flat tables (the skeleton alphabet is ASCII).
// When the cost tables name only ASCII symbols (they do), any other symbol costs the
// defaults; otherwise a plain distance through the functions is used. Buffers are reused:
// the scorer is synchronous.
const SUB_TABLE = new Float64Array(128 * 128);
const INDEL_TABLE = new Float64Array(128);
for (let x = 0; x < 128; x++) {
  INDEL_TABLE[x] = indelCost(String.fromCharCode(x));
  for (let y = 0; y < 128; y++) SUB_TABLE[x * 128 + y] = substitutionCost(String.fromCharCode(x), String.fromCharCode(y));
}
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);
let insB = new Float64Array(64);
// The costs of symbols outside ASCII when the tables name only ASCII symbols, read from a
// typed array so that every cost in the loop below stays an unboxed double.
const OTHER = Float64Array.of(DEFAULT_INDEL, DEFAULT_SUBSTITUTION);

/** Weighted edit distance between two skeletons (sum of symbol costs, ≥ 0). */
export function editCost(a: string, b: string): number {
  return editCostWithin(a, b, Infinity);
}

// The cheapest insertion or deletion of any symbol: a lower bound per unit of length difference.
const MIN_INDEL = Math.min(...INDEL_TABLE, ...Object.values(INDEL_COSTS), DEFAULT_INDEL);

/**
 * `editCost(a, b)` when it is at most `budget`, else `Infinity`: the computation stops as
 * soon as no cell of a row can finish within the budget (costs only grow along a path, and
 * the remaining length difference needs indels), or at once when the length difference
 * alone costs more.
 */
export function editCostWithin(a: string, b: string, budget: number): number {
  if (a === b) return 0;
  if (!ASCII_TABLES) {
    const cost = plainEditCost(a, b);
    return cost > budget ? Infinity : cost;
  }
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) * MIN_INDEL > budget) return Infinity;
  if (rowA.length <= m) {
    rowA = new Float64Array(m * 2 + 1);
    rowB = new Float64Array(m * 2 + 1);
    insB = new Float64Array(m * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  const ins = insB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) {
    const cb = b.charCodeAt(j - 1);
    ins[j] = cb < 128 ? INDEL_TABLE[cb]! : OTHER[0]!;
    prev[j] = prev[j - 1]! + ins[j]!;
  }
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    const delA = ca < 128 ? INDEL_TABLE[ca]! : OTHER[0]!;
    // Least final cost through this row: a cell's cost plus the indels its remaining length
    // difference needs.
    const left = n - i;
    let rowMin = (cur[0] = prev[0]! + delA) + (left > m ? left - m : m - left) * MIN_INDEL;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const change = prev[j - 1]! + (ca === cb ? 0 : (ca | cb) < 128 ? SUB_TABLE[ca * 128 + cb]! : OTHER[1]!);
      const del = prev[j]! + delA;
      const insert = cur[j - 1]! + ins[j]!;
      const c = (cur[j] = change < del ? (change < insert ? change : insert) : del < insert ? del : insert);
      const gap = left > m - j ? left - m + j : m - j - left;
      const least = c + gap * MIN_INDEL;
      if (least < rowMin) rowMin = least;
    }
    if (rowMin > budget) return Infinity;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

// The textbook distance through the cost functions, for cost tables that name non-ASCII
// symbols (none do today; see `ASCII_TABLES`).
function plainEditCost(a: string, b: string): number {
  let prev: number[] = new Array<number>(b.length + 1).fill(0);
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + indelCost(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    const cur = [prev[0]! + indelCost(a[i - 1]!)];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!), prev[j]! + indelCost(a[i - 1]!), cur[j - 1]! + indelCost(b[j - 1]!));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Similarity in [0, 1]: `1 - cost / max(len)`, floored at 0. Empty strings: 1 if both are
 * empty, else 0.
 */
export function skeletonSimilarity(a: string, b: string): number {
  // At a floor of 0 only pairs costing more than their length (similarity 0) are cut short.
  // (No memo: screening caches whole word pairs instead, see `part.ts`.)
  return Math.max(0, skeletonSimilarityAtLeast(a, b, 0));
}

/**
 * `skeletonSimilarity(a, b)` when it is at least `atLeast` (up to a rounding margin);
 * otherwise `-1`, without finishing the edit distance. For scorers that ignore pairs below a
 * floor: the exact value is returned whenever it could matter.
 */
export function skeletonSimilarityAtLeast(a: string, b: string, atLeast: number): number {
  return similarityWithLetters(a, b, lettersLo(a), lettersHi(a), lettersLo(b), lettersHi(b), atLeast);
}

/**
 * `skeletonSimilarityAtLeast` given the letter sets of both skeletons (see
 * `letter-bounds.ts`): the bounds settle most pairs of different words without the edit
 * distance, whose exact value could not reach `atLeast` anyway.
 */
export function similarityWithLetters(a: string, b: string, aLo: number, aHi: number, bLo: number, bHi: number, atLeast: number): number {
  if (a === b) return 1;
  const len = Math.max(a.length, b.length);
  if (len === 0) return 1;
  // Costs are multiples of 0.05; the margin keeps a pair exactly at the floor exact.
  const budget = (1 - atLeast) * len + 1e-9;
  if (letterSetBound(aLo, aHi, bLo, bHi) > budget || letterBoundOf(a, b) > budget) return -1;
  const cost = editCostWithin(a, b, budget);
  return cost === Infinity ? -1 : Math.max(0, 1 - cost / len);
}

/** The raw similarity below which `sharpen` gives less than `s` (its inverse on [0, 1]). */
export function unsharpen(s: number): number {
  return s >= SHARP_KNEE ? s : (s + SHARP_KNEE) / 2;
}

/** Similarities below this lose twice their shortfall (see `sharpen`). */
export const SHARP_KNEE = 0.9;

/**
 * Stretches similarities below the knee so that a word differing in a third of its letters
 * (Zuckermann / Zuckerberg) is not read as a spelling variant: `s` for s ≥ 0.9, else
 * `s − (0.9 − s)`, floored at 0. Monotone, so the order of pairs is kept.
 */
export function sharpen(s: number): number {
  return s >= SHARP_KNEE ? s : Math.max(0, 2 * s - SHARP_KNEE);
}

/** Similarity of two whole names written as one string each (token merges and splits). */
export function joinedSimilarity(a: string[], b: string[]): number {
  return Math.max(0, solidSimilarity(a.join(''), b.join(''), 0));
}

/**
 * `joinedSimilarity` when its sharpened value could reach `sharpened` (exact then); otherwise
 * some value whose sharpened form is below it. For a check that only needs "is it above".
 */
export function joinedSimilarityAtLeast(a: string[], b: string[], sharpened: number): number {
  return Math.max(0, solidSimilarity(a.join(''), b.join(''), unsharpen(sharpened)));
}

// Whole names written solid rarely repeat: computed without the memo (same value).
function solidSimilarity(a: string, b: string, atLeast: number): number {
  if (a === b) return 1;
  const len = Math.max(a.length, b.length);
  if (len === 0) return 1;
  const budget = (1 - atLeast) * len + 1e-9;
  if (letterBoundOf(a, b) > budget) return -1;
  const cost = editCostWithin(a, b, budget);
  return cost === Infinity ? -1 : Math.max(0, 1 - cost / len);
}
