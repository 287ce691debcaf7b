import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, parsePersonName } from '../../src/names/index.ts';
import { numbersAsDigits } from '../../src/names/org-numbers.ts';

const org = (a: string, b: string) => compareNames(a, b, { schema: 'Organization' });

test('number words and ordinals in organisation names become digits', () => {
  assert.deepEqual(numbersAsDigits(['unit', 'twenty', 'one']), ['unit', '21']);
  assert.deepEqual(numbersAsDigits(['21st', 'unit']), ['21', 'unit']);
  assert.deepEqual(numbersAsDigits(['seventh', 'fleet', 'ninety']), ['7', 'fleet', '90']);
  assert.deepEqual(numbersAsDigits(['twelve', 'two']), ['12', '2']);
  assert.equal(org('Regiment Sixty-Two', 'Regiment 62').match, true);
  assert.equal(org('Second Mercantile Savings', '2nd Mercantile Savings').match, true);
  assert.equal(org('Seven Rivers Holding', '7 Rivers Holding').match, true);
  // Different numbers stay different.
  assert.equal(org('Regiment Sixty-Two', 'Regiment 63').match, false);
  assert.equal(org('Third Mercantile Savings', '2nd Mercantile Savings').match, false);
});

test("forms of address and a head of state's title before a person name carry no identity", () => {
  assert.deepEqual(
    parsePersonName('Monsieur Paul Renaud').parts.map((p) => p.text),
    ['paul', 'renaud'],
  );
  assert.equal(compareNames('Präsident Hans Gruber', 'Hans Gruber', { schema: 'Person' }).match, true);
  assert.equal(compareNames('Señora Lucía Prado', 'Lucía Prado', { schema: 'Person' }).match, true);
  // Only at the very start: a last word that looks like a title is still a word.
  assert.equal(parsePersonName('Paul Herr').parts.length, 2);
});
