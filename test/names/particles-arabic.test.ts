import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, romaniseAll } from '../../src/names/index.ts';

test('Arabic script is romanised, including foreign names spelt in Arabic', () => {
  assert.ok(romaniseAll('بشار', 'arabic').some((r) => r.text === 'bshar'));
  assert.equal(compareNames('فرناندو بيريز', 'Fernando Pérez').match, true);
});

test('"son of" particles bin/ibn/ben pair with each other', () => {
  assert.equal(compareNames('Ahmad bin Khalid', 'Ahmad ibn Khalid').match, true);
  assert.equal(compareNames('Ahmad bin Khalid', 'Omar ibn Khalid').match, false);
});

test('a vowel-less abbreviation pairs with the word it begins', () => {
  assert.equal(compareNames('Karim Said Ben Ali MD', 'Karim Said Ben Ali Mdaoui').match, true);
  assert.equal(compareNames('LXC Aviation', 'LAU Aviation', { schema: 'Organization' }).match, false);
});
