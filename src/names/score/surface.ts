/**
 * Similarity of two words as written (ASCII-folded letters, plain edit distance), for names
 * of one word on each side: the phonetic comparison reads Belavia and Belaoua as near
 * neighbours (v and ou are both a w-sound), but with nothing else in the names to agree on,
 * a single word must also look alike.
 */
import { asciiFold } from '../normalise.ts';

/** `1 − Levenshtein distance / longer length` of the folded words; 1 for equal words. */
export function surfaceSimilarity(a: string, b: string): number {
  const x = asciiFold(a);
  const y = asciiFold(b);
  if (x === y) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  return 1 - editDistance(x, y) / Math.max(x.length, y.length);
}

/** The plain Levenshtein distance of two strings, letter by letter (UTF-16 units) as written. */
export function editDistance(x: string, y: string): number {
  const n = x.length;
  const m = y.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

/** True when both words are written in plain ASCII letters (an apostrophe allowed). */
export function bothPlainAscii(a: string, b: string): boolean {
  return ASCII_WORD.test(a) && ASCII_WORD.test(b);
}
const ASCII_WORD = /^[a-z']+$/iu;
