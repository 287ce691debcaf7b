/**
 * Posting lists with the same names shared as one array (internal to `candidate-index.ts`).
 * The keys of one word often gather exactly the same names (the consonant code of a long word
 * with each consonant in turn left out or wildcarded): a third of the postings of the bench's
 * index. Sharing saves the memory, and lets the walk skip a key whose list it has already
 * walked for the same word (`top-candidates.ts`).
 */

/** A function returning, for each list, the first list seen with the same contents. */
export function postingPool(): (list: Int32Array) => Int32Array {
  const byHash = new Map<number, Int32Array[]>();
  return (list) => {
    let h = list.length;
    for (let k = 0; k < list.length; k++) h = (Math.imul(h, 31) + list[k]!) | 0;
    const same = byHash.get(h);
    if (!same) {
      byHash.set(h, [list]);
      return list;
    }
    for (const other of same) if (equal(other, list)) return other;
    same.push(list);
    return list;
  };
}

function equal(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
