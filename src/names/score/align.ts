/**
 * Best one-to-one pairing of two lists of parts under a scoring function. Exhaustive for
 * short names (every partial matching, ≤ 6 parts a side), greedy by similarity above that.
 */

/** A pairing of index `a` on the left with index `b` on the right. */
export interface Pair {
  a: number;
  b: number;
}

/**
 * Returns the set of pairs maximising `score(pairs)`. `allowed[a][b]` says whether a pair
 * may be formed at all; `similarity[a][b]` orders the greedy fallback.
 */
export function bestAlignment(n: number, m: number, allowed: boolean[][], similarity: number[][], score: (pairs: Pair[]) => number): Pair[] {
  if (n <= 6 && m <= 6) {
    const search: Search = { n, m, allowed, score, usedB: new Array<boolean>(m).fill(false), cur: [], best: [], bestScore: 0 };
    search.bestScore = score(search.best);
    walk(search, 0);
    return search.best;
  }
  const cells: { a: number; b: number; s: number }[] = [];
  for (let a = 0; a < n; a++) for (let b = 0; b < m; b++) if (allowed[a]![b]) cells.push({ a, b, s: similarity[a]![b]! });
  cells.sort((x, y) => y.s - x.s || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of cells) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    const next = [...pairs, { a: c.a, b: c.b }];
    if (score(next) >= score(pairs)) {
      pairs.push({ a: c.a, b: c.b });
      usedA.add(c.a);
      usedB.add(c.b);
    }
  }
  return pairs;
}

// State of the exhaustive search, passed down instead of captured (no closure per call).
interface Search {
  n: number;
  m: number;
  allowed: boolean[][];
  score: (pairs: Pair[]) => number;
  usedB: boolean[];
  cur: Pair[];
  best: Pair[];
  bestScore: number;
}

// Every partial matching, left part `a` first unpaired then paired with each free `b` in
// order; the first matching with the highest score wins (strictly greater replaces).
function walk(s: Search, a: number): void {
  if (a === s.n) {
    const value = s.score(s.cur);
    if (value > s.bestScore) {
      s.bestScore = value;
      s.best = s.cur.slice();
    }
    return;
  }
  walk(s, a + 1);
  const row = s.allowed[a]!;
  for (let b = 0; b < s.m; b++) {
    if (s.usedB[b] || !row[b]) continue;
    s.usedB[b] = true;
    s.cur.push(pairOf(a, b));
    walk(s, a + 1);
    s.cur.pop();
    s.usedB[b] = false;
  }
}

// The exhaustive search pushes and pops pairs at every step; for names of up to 6 parts
// they come from one frozen table instead of being allocated (pairs are never mutated).
const PAIRS: readonly (readonly Pair[])[] = Array.from({ length: 7 }, (_, a) => Array.from({ length: 7 }, (_, b) => Object.freeze({ a, b })));
function pairOf(a: number, b: number): Pair {
  return PAIRS[a]![b]!;
}
