/**
 * Candidate retrieval for screening (internal to `candidate-index.ts`): the names of one schema
 * sharing the most blocking-key weight with a query, found through the index's posting lists
 * with typed-array scratch space (the core is synchronous, so one set serves every query).
 */
import type { CandidateIndex, KeyList } from './candidate-index.ts';

// Scratch arrays sized to the index, reused by every query (the core is synchronous):
// accumulated key weights (zeroed after each query) and the names they touched.
let scratch = new Float64Array(0);
let touchedScratch = new Int32Array(0);
function accumulator(size: number): Float64Array {
  if (scratch.length < size) {
    scratch = new Float64Array(size);
    touchedScratch = new Int32Array(size);
  }
  return scratch;
}

// The weight of each common query key by key id (zero elsewhere; reset after each query).
let keyWeights = new Float64Array(0);
function keyScratch(size: number): Float64Array {
  if (keyWeights.length < size) keyWeights = new Float64Array(size);
  return keyWeights;
}

/**
 * The names of one schema sharing the most key weight with the query: each shared key adds
 * its idf; keys shared by more than 2 % of names (common given names, 3-letter prefixes) gather
 * no names when the query has rarer ones, but add their weight to the names the rarer keys
 * gathered; names below a third of the best weight are dropped, and the best `take` are
 * returned by weight, then fewer keys of their own, then index.
 */
export function topCandidates(index: CandidateIndex, keys: readonly string[], code: number, take: number): Int32Array {
  const n = index.names.length;
  if (take <= 0) return new Int32Array(0);
  const lists: KeyList[] = [];
  for (const k of keys) {
    const list = index.keyLists.get(k);
    if (list) lists.push(list);
  }
  // Rarity counts names of every schema (a key's idf does not depend on the query's schema).
  const common = Math.max(2000, n * 0.02);
  const skipCommon = lists.some((l) => l.size <= common);
  const acc = accumulator(n);
  const touched = touchedScratch;
  let count = 0;
  // Common keys gather no names of their own (their lists are long) but still count for the
  // names the rare keys gathered: "Illya" among the 300 names sharing "Naumovaw".
  const { nameKeyStart, nameKeys } = index;
  const commonWeight = keyScratch(index.keyLists.size);
  const commonIds: number[] = [];
  for (const { id, size, bySchema } of lists) {
    const idf = Math.log(1 + n / size);
    if (skipCommon && size > common) {
      if (commonWeight[id] === 0) commonIds.push(id);
      commonWeight[id] += idf;
      continue;
    }
    const list = bySchema[code]!;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const prev = acc[i]!;
      if (prev === 0) touched[count++] = i;
      acc[i] = prev + idf;
    }
  }
  // Adding the common keys' weight can only lift a name, by at most `lift`: a name whose rare
  // weight plus `lift` stays below the `take`-th best rare weight cannot reach the top, and
  // is not rescored.
  let lift = 0;
  for (const id of commonIds) lift += commonWeight[id]!;
  const bar = lift > 0 ? kthLargest(acc, touched, count, take) - lift : -Infinity;
  // One pass keeps the best `take` names, ordered by weight, then by fewer keys of their own
  // (names holding nothing the query lacks first), then index (a bounded insertion sort: the
  // touched set can be thousands, the kept set is small), and zeroes the weights for the next
  // query. Names below a third of the best weight are dropped at the end: they rank last.
  const top = new Int32Array(take);
  const topW = new Float64Array(take);
  const topK = new Int32Array(take);
  let size = 0;
  for (let t = 0; t < count; t++) {
    const i = touched[t]!;
    let w = acc[i]!;
    acc[i] = 0;
    if (w < bar) continue;
    if (lift > 0) {
      const end = nameKeyStart[i + 1]!;
      for (let p = nameKeyStart[i]!; p < end; p++) w += commonWeight[nameKeys[p]!]!;
    }
    // Most names fall below the last kept weight: they are dropped before their key count is read.
    if (size === take && w < topW[size - 1]!) continue;
    const own = nameKeyStart[i + 1]! - nameKeyStart[i]!;
    if (size === take && !before(w, own, i, topW[size - 1]!, topK[size - 1]!, top[size - 1]!)) continue;
    if (size === take) size--;
    let at = size;
    while (at > 0 && before(w, own, i, topW[at - 1]!, topK[at - 1]!, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      topW[at] = topW[at - 1]!;
      topK[at] = topK[at - 1]!;
      at--;
    }
    top[at] = i;
    topW[at] = w;
    topK[at] = own;
    size++;
  }
  for (const id of commonIds) commonWeight[id] = 0;
  const floor = size > 0 ? topW[0]! / 3 : 0;
  while (size > 0 && topW[size - 1]! < floor) size--;
  return top.subarray(0, size);
}

// The k-th largest of acc[touched[0 … count)] (−Infinity when there are fewer than k), with a
// bounded insertion sort (k is small).
let kth = new Float64Array(0);
function kthLargest(acc: Float64Array, touched: Int32Array, count: number, k: number): number {
  if (count < k) return -Infinity;
  if (kth.length < k) kth = new Float64Array(k);
  let size = 0;
  for (let t = 0; t < count; t++) {
    const w = acc[touched[t]!]!;
    if (size === k && w <= kth[k - 1]!) continue;
    let at = size === k ? k - 1 : size++;
    while (at > 0 && kth[at - 1]! < w) {
      kth[at] = kth[at - 1]!;
      at--;
    }
    kth[at] = w;
  }
  return kth[k - 1]!;
}

// Candidate order: more shared key weight, then fewer keys of its own, then lower index.
function before(w: number, own: number, i: number, w2: number, own2: number, i2: number): boolean {
  return w > w2 || (w === w2 && (own < own2 || (own === own2 && i < i2)));
}
