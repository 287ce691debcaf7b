/**
 * Posting lists with the same names are one array (`src/names/shared-postings.ts`), so the
 * walk can leave out a key whose names it has already walked for the same word.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCandidateIndex } from '../../src/names/candidate-index.ts';
import { postingPool } from '../../src/names/shared-postings.ts';

test('equal lists come back as the first one seen; different ones as themselves', () => {
  const share = postingPool();
  const a = Int32Array.of(1, 5, 9);
  assert.equal(share(a), a);
  assert.equal(share(Int32Array.of(1, 5, 9)), a);
  const b = Int32Array.of(1, 5, 10);
  assert.equal(share(b), b);
  assert.equal(share(Int32Array.of()), share(Int32Array.of()));
});

test('the keys of one long word that gather the same names share one list (Kavalenka)', () => {
  const index = buildCandidateIndex([
    { id: 'A', schema: 'Person', names: ['Kavalenka Ivan'] },
    { id: 'B', schema: 'Person', names: ['Kavalenka Piotr'] },
  ]);
  // Every deletion and substitution key of the surname's code holds both names.
  const lists = [...index.keyLists].filter(([key]) => /^[ds]:/u.test(key)).map(([, l]) => l.bySchema[0]);
  const twoNames = lists.filter((l) => l.length === 2);
  assert.ok(twoNames.length > 3);
  assert.equal(new Set(twoNames).size, 1);
});
