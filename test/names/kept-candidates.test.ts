/**
 * The bounded, per-entry-capped candidate list (`src/names/kept-candidates.ts`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Kept, PER_ENTRY } from '../../src/names/kept-candidates.ts';

test('a lower bound given a known bound skips the names at or below it and gives the same bound', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: -1, max: 32 }),
      (names, take, known) => {
        const acc = Int32Array.from(names, ([w]) => w);
        const entry = Int32Array.from(names, ([, e]) => e);
        const all = Int32Array.from(names, (_, i) => i);
        const kept = new Kept(take, entry);
        const plain = kept.lowerBound(acc, all, all.length);
        return kept.lowerBound(acc, all, all.length, known) === Math.max(known, plain);
      },
    ),
    { numRuns: 2000 },
  );
});

test('a lower bound caps the names of one entry (PER_ENTRY)', () => {
  // Entry 0 holds the three heaviest names; only PER_ENTRY of them count.
  const acc = Int32Array.of(9, 9, 9, 5, 4);
  const entry = Int32Array.of(0, 0, 0, 1, 2);
  const kept = new Kept(PER_ENTRY + 1, entry);
  assert.equal(kept.lowerBound(acc, Int32Array.of(0, 1, 2, 3, 4), 5), 5);
  assert.equal(kept.lowerBound(acc, Int32Array.of(0, 1, 2, 3, 4), 5, 6), 6);
});
