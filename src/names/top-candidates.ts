/**
 * Candidate retrieval for screening (internal to `candidate-index.ts`): the names of one schema
 * sharing the most blocking-key weight with a query, found through the index's posting lists
 * with typed-array scratch space (the core is synchronous, so one set serves every query).
 *
 * A name's weight is, summed over the query's words, the best weight of the word's keys the
 * name holds (a key weighs its idf, times its factor: less for a fuzzy key). The posting lists
 * are walked heaviest key first, so the first key of a word that reaches a name is that word's
 * best there; the walk stops as soon as the keys left could not lift a name it has not reached
 * above the `take`-th best weight already reached (the bound of "max-score" retrieval). What
 * it returns is exactly the best `take` names by that weight over the whole index
 * (`test/names/exactness.test.ts` compares it with a scan of every name).
 */
import type { CandidateIndex } from './candidate-index.ts';
import { Kept } from './kept-candidates.ts';
import { letterKeyList } from './letter-postings.ts';

export { PER_ENTRY } from './kept-candidates.ts';

/** Weight of a fuzzy key (one consonant changed, dropped or added) against an exact one. */
export const FUZZY_KEY_FACTOR = 0.4;
/** Weight of a fuzzy key of a query word that no indexed name has as spelled (see `indexQueryKeys`). */
export const FUZZY_UNSEEN_FACTOR = 1;

// Key weights are whole numbers (idf × factor in 1/100,000ths): sums of whole numbers are exact
// in any order, so a weight summed during the walk equals the same weight summed while
// rescoring, and ties break the same way whichever path found a name.
const SCALE = 100_000;

/** The weight of a key held by `size` of `n` names, with its factor (a whole number). */
export function keyWeight(n: number, size: number, factor: number): number {
  return Math.round(Math.log(1 + n / size) * factor * SCALE);
}

// The walk tracks the first 7 query words per name in one byte (bit 7: the name was reached);
// later words (long organisation names) are left to rescoring.
const MASK_WORDS = 7;
/** How many query words the walk weighs itself; later ones are weighed from a name's own keys. */
export const TRACKED_WORDS = MASK_WORDS;
const REACHED = 0x80;

// Scratch space sized to the index, reused by every query and left zeroed after each: small
// typed arrays, so the walk's scattered reads stay in cache.
let acc = new Int32Array(0); // walked weight per name (at most 7 words × 1.3e6)
let mask = new Uint8Array(0); // the words whose best key has reached the name
let touched = new Int32Array(0); // names reached, in order
function nameScratch(size: number): void {
  if (acc.length < size) {
    acc = new Int32Array(size);
    mask = new Uint8Array(size);
    touched = new Int32Array(size);
  }
}
// Per key id: its weight and word in the current query, and the query's keys as a bit set.
let keyWt = new Float64Array(0);
let keyWord = new Int32Array(0);
let keyBits = new Int32Array(0);
function keyScratch(size: number): void {
  if (keyWt.length < size) {
    keyWt = new Float64Array(size);
    keyWord = new Int32Array(size);
    keyBits = new Int32Array((size >> 5) + 1);
  }
}
// Per indexed word: the query words it has been given to (bits as in `mask`), and the words
// given to each key in walking order (`given[from[o]] … given[from[o+1]]`).
let wordMask = new Uint8Array(0);
let given = new Int32Array(1024);
function wordScratch(size: number): void {
  if (wordMask.length < size) wordMask = new Uint8Array(size);
}
function giveRoom(size: number): void {
  if (given.length < size) {
    const bigger = new Int32Array(Math.max(size, 2 * given.length));
    bigger.set(given);
    given = bigger;
  }
}

/**
 * The best `take` names of schema `code` by key weight, at most `PER_ENTRY` per entry, ordered
 * by weight, then fewer keys of their own (a name holding nothing the query lacks first), then
 * index. `factors[k]` is key k's factor; `words[k]` its query word (default: each key its own).
 */
export function topCandidates(
  index: CandidateIndex,
  keys: readonly string[],
  code: number,
  take: number,
  factors?: readonly number[],
  words?: readonly number[],
): Int32Array {
  const n = index.names.length;
  if (take <= 0 || keys.length === 0) return new Int32Array(0);
  // The query's keys present among this schema's names.
  const ids: number[] = [];
  const wts: number[] = [];
  const wordOf: number[] = [];
  const lists: Int32Array[] = [];
  let wordCount = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    // (Letter keys, `l:`, are held apart: see `letter-postings.ts`.)
    const list = key.charCodeAt(0) === 108 && key.charCodeAt(1) === 58 ? letterKeyList(index.letters, index.wordNames, key) : index.keyLists.get(key);
    if (!list || list.count[code] === 0) continue;
    const w = keyWeight(n, list.size, factors ? factors[k]! : 1);
    if (w <= 0) continue;
    ids.push(list.id);
    wts.push(w);
    const word = words ? words[k]! : k;
    wordOf.push(word);
    lists.push(list.words);
    if (word >= wordCount) wordCount = word + 1;
  }
  // Heaviest key first; each indexed word goes to the heaviest key of each query word it holds
  // (a word's weight for that query word), and a key left with no indexed word is not walked.
  const { start: wordStart, names: wordNames } = index.wordNames[code]!;
  wordScratch(wordStart.length - 1);
  const byWeight = ids.map((_, j) => j).sort((a, b) => wts[b]! - wts[a]! || a - b);
  const order: number[] = [];
  const from: number[] = [0];
  let at = 0;
  for (const j of byWeight) {
    const units = lists[j]!;
    giveRoom(at + units.length);
    // (A word past the mask only marks names reached: it keeps all its indexed words, so that
    // its heaviest key still bounds what it could add.)
    const bit = wordOf[j]! < MASK_WORDS ? 1 << wordOf[j]! : 0;
    const first = at;
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      const m = wordMask[u]!;
      if (m & bit || wordStart[u + 1] === wordStart[u]) continue;
      wordMask[u] = m | bit;
      given[at++] = u;
    }
    if (at > first) {
      order.push(j);
      from.push(at);
    }
  }
  for (let a = 0; a < at; a++) wordMask[given[a]!] = 0;
  const given_ = given;
  // What the keys not yet walked could still add, per word and in all: the heaviest unwalked
  // key of each word (a word beyond the mask counts in full throughout: the walk does not add
  // it). `nextOf[o]`: the next key of the same word in walking order (−1: none).
  const rest = new Float64Array(wordCount);
  const nextOf = new Int32Array(order.length).fill(-1);
  const lastAt = new Int32Array(wordCount).fill(-1);
  for (let o = order.length - 1; o >= 0; o--) {
    const w = wordOf[order[o]!]!;
    nextOf[o] = lastAt[w]!;
    lastAt[w] = o;
    rest[w] = wts[order[o]!]!;
  }
  let restSum = 0;
  for (let w = 0; w < wordCount; w++) restSum += rest[w]!;

  nameScratch(n);
  keyScratch(index.keyLists.size);
  const acc_ = acc;
  const mask_ = mask;
  const touched_ = touched;
  const { nameKeyStart, nameKeys, nameEntry } = index;
  const kept = new Kept(take, nameEntry);
  let count = 0;
  let bar = -Infinity; // a lower bound of the final `take`-th weight
  let barAt = 0; // names reached when `bar` was computed
  const top = new Float64Array(wordCount); // each word's heaviest walked key
  let reached = 0; // their sum: no walked weight exceeds it
  let o = 0;
  for (; o < order.length; o++) {
    // A name not reached yet weighs at most `restSum`: once that is below the bar, the rest
    // of the walk could only add to names already reached.
    if (restSum < bar) break;
    // (The bar is recomputed as the names reached grow by a quarter, and only once the heaviest
    // weight a name could have reached tops what is left.)
    if (count >= take && count > barAt + (barAt >> 2) && reached > restSum) {
      bar = kept.lowerBound(acc_, touched_, count, bar);
      barAt = count;
      if (restSum < bar) break;
    }
    const j = order[o]!;
    const word = wordOf[j]!;
    const last = from[o + 1]!;
    if (word < MASK_WORDS) {
      const wt = wts[j]!;
      const bit = 1 << word;
      for (let a = from[o]!; a < last; a++) {
        const u = given_[a]!;
        const end = wordStart[u + 1]!;
        for (let p = wordStart[u]!; p < end; p++) {
          const i = wordNames[p]!;
          const m = mask_[i]!;
          if (m & bit) continue;
          if (m === 0) touched_[count++] = i;
          mask_[i] = m | bit | REACHED;
          acc_[i] = acc_[i]! + wt;
        }
      }
      // This key walked: its word can add at most its next key's weight.
      if (wt > top[word]!) {
        reached += wt - top[word]!;
        top[word] = wt;
      }
      const next = nextOf[o]! < 0 ? 0 : wts[order[nextOf[o]!]!]!;
      restSum += next - rest[word]!;
      rest[word] = next;
    } else {
      for (let a = from[o]!; a < last; a++) {
        const u = given_[a]!;
        const end = wordStart[u + 1]!;
        for (let p = wordStart[u]!; p < end; p++) {
          const i = wordNames[p]!;
          if (mask_[i] === 0) {
            mask_[i] = REACHED;
            touched_[count++] = i;
          }
        }
      }
    }
  }
  // The keys left add only to names already reached: walking their names once reads one byte
  // per name, far cheaper than rescoring the thousands of names they could still lift
  // (measured: 25,000 postings against 2,700 names rescored for a typical bench query).
  for (; o < order.length; o++) {
    const j = order[o]!;
    const word = wordOf[j]!;
    if (word >= MASK_WORDS) continue;
    const wt = wts[j]!;
    const bit = 1 << word;
    const last = from[o + 1]!;
    for (let a = from[o]!; a < last; a++) {
      const u = given_[a]!;
      const end = wordStart[u + 1]!;
      for (let p = wordStart[u]!; p < end; p++) {
        const i = wordNames[p]!;
        const m = mask_[i]!;
        if (m === 0 || m & bit) continue;
        mask_[i] = m | bit;
        acc_[i] = acc_[i]! + wt;
      }
    }
  }
  // Every tracked word now counts in full; a word beyond the mask may still add its best key.
  let untracked = 0;
  for (let x = MASK_WORDS; x < wordCount; x++) untracked += rest[x]!;
  const keyWt_ = keyWt;
  const keyWord_ = keyWord;
  const inQuery = keyBits;
  if (untracked > 0) {
    // The untracked words' keys (none is a letter key: see `indexQueryKeys`).
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!;
      if (wordOf[j]! < MASK_WORDS) continue;
      keyWt_[id] = wts[j]!;
      keyWord_[id] = wordOf[j]!;
      inQuery[id >> 5]! |= 1 << (id & 31);
    }
    if (count >= take) bar = kept.lowerBound(acc_, touched_, count, bar);
  }
  // The bounded, per-entry-capped insertion of every name reached that could still be kept
  // (with exact weights: the untracked words weighed from the name's own keys when they could add).
  const best = new Float64Array(wordCount);
  kept.reset();
  for (let t = 0; t < count; t++) {
    const i = touched_[t]!;
    let w = acc_[i]!;
    acc_[i] = 0;
    mask_[i] = 0;
    if (w + untracked < bar || w + untracked < kept.floor()) continue;
    if (untracked > 0) {
      // Each untracked word's best key the name holds.
      const end = nameKeyStart[i + 1]!;
      for (let p = nameKeyStart[i]!; p < end; p++) {
        const id = nameKeys[p]!;
        if ((inQuery[id >> 5]! & (1 << (id & 31))) === 0) continue;
        const kw = keyWt_[id]!;
        const x = keyWord_[id]!;
        if (kw > best[x]!) best[x] = kw;
      }
      for (let x = MASK_WORDS; x < wordCount; x++) {
        w += best[x]!;
        best[x] = 0;
      }
    }
    kept.offer(i, w, nameKeyStart[i + 1]! - nameKeyStart[i]!);
  }
  for (const id of ids) {
    if (id < 0) continue;
    keyWt_[id] = 0;
    inQuery[id >> 5] = 0;
  }
  return kept.names();
}
