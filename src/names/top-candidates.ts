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

// The best key weight of the current query word per name, and the names it touched.
let wordBest = new Float64Array(0);
let wordTouched = new Int32Array(0);
function wordScratch(size: number): Float64Array {
  if (wordBest.length < size) {
    wordBest = new Float64Array(size);
    wordTouched = new Int32Array(size);
  }
  return wordBest;
}

// The weight of each common query key by key id (zero elsewhere; reset after each query).
let keyWeights = new Float64Array(0);
function keyScratch(size: number): Float64Array {
  if (keyWeights.length < size) keyWeights = new Float64Array(size);
  return keyWeights;
}

/** Names of one entry kept at most among the candidates. */
export const PER_ENTRY = 2;

/** Weight of a fuzzy key (one consonant changed, dropped or added) against an exact one. */
export const FUZZY_KEY_FACTOR = 0.4;
/** Weight of a fuzzy key of a query word that no indexed name has as spelled (see `indexQueryKeys`). */
export const FUZZY_UNSEEN_FACTOR = 1;

/**
 * The names of one schema sharing the most key weight with the query: each shared key adds
 * its idf; keys shared by more than 2 % of names (common given names, 3-letter prefixes) gather
 * no names when the query has rarer ones, but add their weight to the names the rarer keys
 * gathered; keys meeting a word one consonant away (`fuzzyFrom` on, or a factor per key)
 * count for `FUZZY_KEY_FACTOR` of their idf. With `words` (the query word of each key, keys
 * grouped by word) a word adds only its best walked key to a name. The best `take` names, at
 * most `PER_ENTRY` per entry, are returned by weight, then fewer keys of their own, then index.
 */
export function topCandidates(
  index: CandidateIndex,
  keys: readonly string[],
  code: number,
  take: number,
  fuzzyFrom: number | readonly number[] = keys.length,
  words?: readonly number[],
): Int32Array {
  const n = index.names.length;
  if (take <= 0) return new Int32Array(0);
  const lists: KeyList[] = [];
  const factors: number[] = [];
  const groups: number[] = [];
  for (let k = 0; k < keys.length; k++) {
    const list = index.keyLists.get(keys[k]!);
    if (list) {
      lists.push(list);
      factors.push(typeof fuzzyFrom === 'number' ? (k < fuzzyFrom ? 1 : FUZZY_KEY_FACTOR) : fuzzyFrom[k]!);
      groups.push(words ? words[k]! : k);
    }
  }
  // Rarity counts names of every schema (a key's idf does not depend on the query's schema).
  const common = Math.max(2000, n * 0.02);
  const skipCommon = lists.some((l) => l.size <= common);
  const acc = accumulator(n);
  const touched = touchedScratch;
  let count = 0;
  // Common keys gather no names of their own (their lists are long) but still count for the
  // names the rare keys gathered: "Illya" among the 300 names sharing "Naumovaw".
  const { nameKeyStart, nameKeys, nameEntry } = index;
  const commonWeight = keyScratch(index.keyLists.size);
  const commonIds: number[] = [];
  // One query word counts once per name: its best key there (a word's spellings, codes and
  // neighbours overlap, and summing them let a word sharing many sound-alike keys outweigh a
  // mistyped word found through one neighbour). Keys arrive grouped by word.
  const best = wordScratch(n);
  let wordCount = 0;
  const flush = () => {
    for (let t = 0; t < wordCount; t++) {
      const i = wordTouched[t]!;
      const prev = acc[i]!;
      if (prev === 0) touched[count++] = i;
      acc[i] = prev + best[i]!;
      best[i] = 0;
    }
    wordCount = 0;
  };
  for (let l = 0; l < lists.length; l++) {
    if (l > 0 && groups[l] !== groups[l - 1]) flush();
    const { id, size, bySchema } = lists[l]!;
    const idf = Math.log(1 + n / size) * factors[l]!;
    if (skipCommon && size > common) {
      if (commonWeight[id] === 0) commonIds.push(id);
      commonWeight[id] += idf;
      continue;
    }
    const list = bySchema[code]!;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const prev = best[i]!;
      if (prev === 0) wordTouched[wordCount++] = i;
      if (idf > prev) best[i] = idf;
    }
  }
  flush();
  // Adding the common keys' weight can only lift a name, by at most `lift`: a name whose rare
  // weight plus `lift` stays below the `take`-th best rare weight cannot reach the top, and
  // is not rescored (with the per-entry cap the kept set can reach a little lower than that
  // bar: a speed shortcut of the candidate ranking, not of the scores).
  let lift = 0;
  for (const id of commonIds) lift += commonWeight[id]!;
  const bar = lift > 0 ? kthLargest(acc, touched, count, take) - lift : -Infinity;
  // One pass keeps the best `take` names, ordered by weight, then by fewer keys of their own
  // (names holding nothing the query lacks first), then index (a bounded insertion sort: the
  // touched set can be thousands, the kept set is small), and zeroes the weights for the next
  // query.
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
    // At most `PER_ENTRY` names of one entry (its aliases share keys and would crowd out
    // other entries): a third name replaces the entry's weaker kept one, or is dropped.
    const e = nameEntry[i]!;
    let same = 0;
    let weakest = -1;
    for (let t2 = 0; t2 < size; t2++)
      if (nameEntry[top[t2]!] === e) {
        same++;
        weakest = t2;
      }
    if (same >= PER_ENTRY) {
      if (!before(w, own, i, topW[weakest]!, topK[weakest]!, top[weakest]!)) continue;
      for (let t2 = weakest; t2 < size - 1; t2++) {
        top[t2] = top[t2 + 1]!;
        topW[t2] = topW[t2 + 1]!;
        topK[t2] = topK[t2 + 1]!;
      }
      size--;
    } else if (size === take) size--;
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
