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
export function bestAlignment(
  n: number,
  m: number,
  allowed: boolean[][],
  similarity: number[][],
  score: (pairs: Pair[]) => number,
): Pair[] {
  if (n <= 6 && m <= 6) {
    let best: Pair[] = [];
    let bestScore = score(best);
    const usedB = new Array<boolean>(m).fill(false);
    const cur: Pair[] = [];
    const walk = (a: number): void => {
      if (a === n) {
        const s = score(cur);
        if (s > bestScore) {
          bestScore = s;
          best = cur.slice();
        }
        return;
      }
      walk(a + 1);
      for (let b = 0; b < m; b++) {
        if (usedB[b] || !allowed[a]![b]) continue;
        usedB[b] = true;
        cur.push({ a, b });
        walk(a + 1);
        cur.pop();
        usedB[b] = false;
      }
    };
    walk(0);
    return best;
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
