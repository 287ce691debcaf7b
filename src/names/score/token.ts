/**
 * Similarity of two phonetic skeletons, from a weighted edit distance (costs in
 * `edit-cost.ts`). 1 for identical skeletons, 0 when the edits cost as much as the longer
 * string; monotone in the edit cost, so a closer pair never scores lower.
 */
import { indelCost, substitutionCost } from './edit-cost.ts';

/** Weighted edit distance between two skeletons (sum of symbol costs, ≥ 0). */
export function editCost(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + indelCost(b[j - 1]!);
  for (let i = 1; i <= n; i++) {
    const ca = a[i - 1]!;
    cur[0] = prev[0]! + indelCost(ca);
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1]!;
      const sub = prev[j - 1]! + substitutionCost(ca, cb);
      const del = prev[j]! + indelCost(ca);
      const ins = cur[j - 1]! + indelCost(cb);
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
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
  return Math.max(0, 1 - editCost(a, b) / len);
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
  return skeletonSimilarity(a.join(''), b.join(''));
}
