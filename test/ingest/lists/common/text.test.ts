/** Dates of the list texts become EDTF only when the domain's EDTF grammar accepts them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toEdtf } from '../../../../src/ingest/lists/index.ts';

test('toEdtf: the forms of the lists, and no impossible calendar day', () => {
  assert.equal(toEdtf('30 Aug 1954'), '1954-08-30');
  assert.equal(toEdtf('circa 1960'), '1960~');
  assert.equal(toEdtf('29/02/1960'), '1960-02-29');
  assert.equal(toEdtf('31 Feb 1970'), undefined);
  assert.equal(toEdtf('29/02/1961'), undefined);
  assert.equal(toEdtf('31/04/1970'), undefined);
});
