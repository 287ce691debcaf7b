/**
 * Letter keys and their postings (`src/names/blocking-keys.ts` letterKeys,
 * `src/names/letter-postings.ts`): words one letter apart share a key, held by hash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { letterKeys } from '../../src/names/blocking-keys.ts';
import { buildLetterPostings, keyHash, letterKeyList } from '../../src/names/letter-postings.ts';
import type { WordNames } from '../../src/names/word-postings.ts';

const shared = (a: string, b: string) => letterKeys(a).filter((k) => letterKeys(b).includes(k));

test('two words one letter apart share a letter key; two letters apart, none', () => {
  assert.deepEqual(shared('kalazila', 'kalaeila'), ['l:kalaila']); // changed
  assert.deepEqual(shared('kalazila', 'kalaila'), ['l:kalaila']); // dropped
  assert.deepEqual(shared('shumilau', 'sshumilau'), ['l:shumilau']); // added (a doubled letter: one key)
  assert.deepEqual(shared('shumilau', 'ehumilav'), []);
  // Accents are dropped; Cyrillic stays Cyrillic (the codes meet across scripts).
  assert.ok(letterKeys('łosułka').includes('l:łosuka'));
  assert.deepEqual(letterKeys('žanna'), letterKeys('zanna'));
  assert.deepEqual(letterKeys('nina'), []); // shorter than five letters: its codes find it
});

test('the postings list each key once with its words, and count their names per schema', () => {
  // Word 0 "kalazila" (two persons), word 1 "kalaeila" (one organisation), word 2 "paulina".
  const postings = buildLetterPostings([['kalazila'], ['kalaeila', 'kalaeila'], ['paulina']], letterKeys);
  assert.equal(postings.hashes.length, new Set(postings.hashes).size);
  const wordNames: [WordNames, WordNames] = [
    { start: Int32Array.from([0, 2, 2, 3]), names: Int32Array.from([0, 1, 3]) },
    { start: Int32Array.from([0, 0, 1, 1]), names: Int32Array.from([2]) },
  ];
  const both = letterKeyList(postings, wordNames, 'l:kalaila')!;
  assert.deepEqual([...both.words], [0, 1]);
  assert.deepEqual(both.count, [2, 1]);
  assert.equal(both.size, 3);
  assert.equal(both.id, -1);
  assert.deepEqual([...letterKeyList(postings, wordNames, 'l:paulina')!.words], [2]);
  assert.equal(letterKeyList(postings, wordNames, 'l:nowhere'), undefined);
  assert.notEqual(keyHash('l:kalaila'), keyHash('l:kalaela'));
});
