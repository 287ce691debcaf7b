/**
 * Keys list indexed words, and each word its names (`src/names/word-postings.ts`): a word
 * carried by many names is walked once per query word, not once per key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCandidateIndex } from '../../src/names/candidate-index.ts';
import { buildWordPostings } from '../../src/names/word-postings.ts';

test('one indexed word per distinct key list, listing its names per schema', () => {
  const shared = ['w:kavalenka', 'c:kvlnk'];
  const { keyLists, wordNames, nameKeyStart, nameKeys, wordTexts } = buildWordPostings(
    [
      [shared, ['w:ivan', 'c:vn']],
      [['w:kavalenka', 'c:kvlnk'], ['w:piotr']], // equal contents, another array: the same word
      [shared, shared], // a word twice in one name: the name once
      [['c:vn']],
    ],
    [0, 0, 1, 0],
    [['kavalenka', 'ivan'], ['kavalenka', 'piotr'], ['kavalenka', 'kavalenka'], ['ivan']],
  );
  const kav = keyLists.get('c:kvlnk')!;
  assert.equal(kav.words.length, 1);
  const w = kav.words[0]!;
  const namesOf = (code: 0 | 1) => [...wordNames[code].names.subarray(wordNames[code].start[w]!, wordNames[code].start[w + 1]!)];
  assert.deepEqual(namesOf(0), [0, 1]);
  assert.deepEqual(namesOf(1), [2]);
  // Counts are of names (the idf), per schema and in all.
  assert.equal(kav.size, 3);
  assert.deepEqual(kav.count, [2, 1]);
  assert.deepEqual(keyLists.get('c:vn')!.count, [2, 0]);
  // Two words hold c:vn ("ivan" and a word of that key alone).
  assert.equal(keyLists.get('c:vn')!.words.length, 2);
  // A name's keys: the union of its words' keys, each once.
  const keysOf = (i: number) => [...nameKeys.subarray(nameKeyStart[i]!, nameKeyStart[i + 1]!)];
  assert.equal(keysOf(2).length, 2);
  assert.equal(keysOf(0).length, 4);
  // Each word keeps its token texts (for its letter keys), each once.
  assert.deepEqual(wordTexts[w], ['kavalenka']);
});

test('the names holding a key are still read off the index (postings)', () => {
  const index = buildCandidateIndex([
    { id: 'A', schema: 'Person', names: ['Kavalenka Ivan'] },
    { id: 'B', schema: 'Person', names: ['Kavalenka Piotr'] },
    { id: 'C', schema: 'Organization', names: ['Kavalenka Bank'] },
  ]);
  const kav = [...index.keyLists].find(([key]) => key.startsWith('w:kavalenk'))!;
  assert.equal(kav[1].words.length, 1);
  assert.deepEqual([...index.postings.get(kav[0])!], [0, 1, 2]);
  assert.deepEqual(kav[1].count, [2, 1]);
});
