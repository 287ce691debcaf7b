/**
 * Distinct codes (src/analysis/ids.ts): `ordered()` gives the codes sorted up to SORT_LIMIT,
 * whether it sorts them or reads them off the marks, and also when a later pass on the same
 * marks has taken some of them over.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildIdIndex, SORT_LIMIT, Unique } from '../../src/analysis/ids.ts';

const universe = (n: number) => buildIdIndex(Array.from({ length: n }, (_, i) => `id-${String(i).padStart(6, '0')}`));
const sortedDistinct = (codes: number[]) => [...new Set(codes)].sort((a, b) => a - b);

test('Unique.ordered: sorted distinct codes, few or many of the universe', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 3000 }), fc.array(fc.nat(), { maxLength: 4000 }), (size, raw) => {
      const ix = universe(size);
      const codes = raw.map((c) => c % size);
      const u = new Unique(ix);
      u.addAll(codes);
      const want = sortedDistinct(codes);
      assert.deepEqual(Array.from(u.ordered()), want.length > SORT_LIMIT ? [...new Set(codes)] : want);
    }),
  );
});

test('Unique.ordered: a later pass on the same marks does not change an earlier pass’s codes', () => {
  const ix = universe(1000);
  const a = new Unique(ix);
  a.addAll(Array.from({ length: 900 }, (_, i) => (i * 7) % 1000));
  // A second pass marks some of the same codes (and others) before the first is read.
  const b = new Unique(ix);
  b.addAll([0, 7, 14, 999, 500]);
  assert.deepEqual(Array.from(a.ordered()), sortedDistinct(Array.from({ length: 900 }, (_, i) => (i * 7) % 1000)));
  assert.deepEqual(Array.from(b.ordered()), [0, 7, 14, 500, 999]);
});
