/**
 * Letter postings (internal to `candidate-index.ts`): the indexed words under each letter key
 * (see `letterKeys` in `blocking-keys.ts`: a word's letters, and its letters with one left out).
 * A word of ten letters has eleven such keys, so the index holds several times more letter keys
 * than all its other keys together; kept as strings in the key map they would double its heap
 * (measured: 304 → 588 MB and the build ×2 on the screening bench). They are kept instead as
 * 32-bit hashes, sorted, with the words of each in one typed array (≈ 12 bytes per word and
 * key). Two keys of equal hash share their words: a query word may then reach a word that is
 * not one letter from it, which costs a candidate, never a result (the scorer decides).
 */
import type { KeyList, WordNames } from './word-postings.ts';

export interface LetterPostings {
  /** Distinct key hashes, ascending. */
  hashes: Uint32Array;
  /** The words of `hashes[h]`: `words[start[h]] … words[start[h+1]]`, ascending. */
  start: Int32Array;
  words: Int32Array;
}

/** FNV-1a over the UTF-16 code units of a key. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Builds the postings from each indexed word's texts and the letter keys of a text. */
export function buildLetterPostings(wordTexts: readonly (readonly string[])[], keysOf: (text: string) => readonly string[]): LetterPostings {
  let pairs = new BigUint64Array(1024);
  let n = 0;
  const mine = new Set<number>();
  wordTexts.forEach((texts, w) => {
    mine.clear();
    for (const text of texts)
      for (const key of keysOf(text)) {
        const h = keyHash(key);
        if (mine.has(h)) continue;
        mine.add(h);
        if (n === pairs.length) {
          const bigger = new BigUint64Array(2 * n);
          bigger.set(pairs);
          pairs = bigger;
        }
        pairs[n++] = (BigInt(h) << 32n) | BigInt(w);
      }
  });
  const sorted = pairs.subarray(0, n).sort();
  const hashes: number[] = [];
  const start: number[] = [];
  const words = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const pair = sorted[p]!;
    const h = Number(pair >> 32n);
    if (hashes.length === 0 || hashes[hashes.length - 1] !== h) {
      hashes.push(h);
      start.push(p);
    }
    words[p] = Number(pair & 0xffffffffn);
  }
  start.push(n);
  return { hashes: Uint32Array.from(hashes), start: Int32Array.from(start), words };
}

/**
 * The words under a letter key as a key list (`id` −1: letter keys have no id and are not
 * among a name's keys), counting the names of those words per schema; `undefined` when none.
 */
export function letterKeyList(postings: LetterPostings, wordNames: readonly [WordNames, WordNames], key: string): KeyList | undefined {
  const { hashes, start } = postings;
  const h = keyHash(key);
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = hashes[mid]!;
    if (at < h) lo = mid + 1;
    else if (at > h) hi = mid - 1;
    else {
      const words = postings.words.subarray(start[mid]!, start[mid + 1]!);
      const count: [number, number] = [0, 0];
      for (const w of words)
        for (let code = 0; code < 2; code++) {
          const of = wordNames[code]!.start;
          count[code]! += of[w + 1]! - of[w]!;
        }
      return { id: -1, size: count[0] + count[1], count, words };
    }
  }
  return undefined;
}
