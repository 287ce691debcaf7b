/**
 * Similarity of two phonetic skeletons, from a weighted edit distance (costs in
 * `edit-cost.ts`). 1 for identical skeletons, 0 when the edits cost as much as the longer
 * string; monotone in the edit cost, so a closer pair never scores lower.
 */
import { indelCost, substitutionCost } from './edit-cost.ts';

// Costs for symbols below U+0080 come from flat tables (the skeleton alphabet is ASCII);
// anything else falls back to the functions. Buffers are reused: the scorer is synchronous.
const SUB_TABLE = new Float64Array(128 * 128);
const INDEL_TABLE = new Float64Array(128);
for (let x = 0; x < 128; x++) {
  INDEL_TABLE[x] = indelCost(String.fromCharCode(x));
  for (let y = 0; y < 128; y++) SUB_TABLE[x * 128 + y] = substitutionCost(String.fromCharCode(x), String.fromCharCode(y));
}
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

// Insertion/deletion cost of the symbol with code `c` at `s[i]` (module level: no closure per call).
function ind(c: number, s: string, i: number): number {
  return c < 128 ? INDEL_TABLE[c]! : indelCost(s[i]!);
}

/** Weighted edit distance between two skeletons (sum of symbol costs, ≥ 0). */
export function editCost(a: string, b: string): number {
  return editCostWithin(a, b, Infinity);
}

// The cheapest insertion or deletion of any symbol: a lower bound per unit of length difference.
const MIN_INDEL = Math.min(...INDEL_TABLE);

/**
 * `editCost(a, b)` when it is at most `budget`, else `Infinity`: the computation stops as
 * soon as every cell of a row exceeds the budget (costs only grow along a path), or at once
 * when the length difference alone costs more.
 */
export function editCostWithin(a: string, b: string, budget: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) * MIN_INDEL > budget) return Infinity;
  if (rowA.length <= m) {
    rowA = new Float64Array(m * 2 + 1);
    rowB = new Float64Array(m * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + ind(b.charCodeAt(j - 1), b, j - 1);
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    const delA = ind(ca, a, i - 1);
    let rowMin = (cur[0] = prev[0]! + delA);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const subCost = ca === cb ? 0 : ca < 128 && cb < 128 ? SUB_TABLE[ca * 128 + cb]! : substitutionCost(a[i - 1]!, b[j - 1]!);
      const sub = prev[j - 1]! + subCost;
      const del = prev[j]! + delA;
      const ins = cur[j - 1]! + ind(cb, b, j - 1);
      const c = (cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins);
      if (c < rowMin) rowMin = c;
    }
    if (rowMin > budget) return Infinity;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/**
 * Similarity in [0, 1]: `1 - cost / max(len)`, floored at 0. Empty strings: 1 if both are
 * empty, else 0.
 */
export function skeletonSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const len = Math.max(a.length, b.length);
  if (len === 0) return 1;
  // Screening compares the same common words (given names, legal words) over and over; a
  // bounded memo keeps the result of a pure function, so it cannot change any score.
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const sim = Math.max(0, 1 - editCost(a, b) / len);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, sim);
  return sim;
}

/**
 * `skeletonSimilarity(a, b)` when it is at least `atLeast` (up to a rounding margin);
 * otherwise `-1`, without finishing the edit distance. For scorers that ignore pairs below a
 * floor: the exact value is returned whenever it could matter.
 */
export function skeletonSimilarityAtLeast(a: string, b: string, atLeast: number): number {
  if (a === b) return 1;
  const len = Math.max(a.length, b.length);
  if (len === 0) return 1;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  // Costs are multiples of 0.05; the margin keeps a pair exactly at the floor exact.
  const cost = editCostWithin(a, b, (1 - atLeast) * len + 1e-9);
  if (cost === Infinity) return -1;
  const sim = Math.max(0, 1 - cost / len);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, sim);
  return sim;
}

/** The raw similarity below which `sharpen` gives less than `s` (its inverse on [0, 1]). */
export function unsharpen(s: number): number {
  return s >= SHARP_KNEE ? s : (s + SHARP_KNEE) / 2;
}

const MEMO_SIZE = 200_000;
const memo = new Map<string, number>();

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
  return skeletonSimilarity(a.join(''), b.join(''));
}
