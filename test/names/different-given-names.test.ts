// Tests that src/names/score/part.ts does not pair two known given names of different names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames } from '../../src/names/index.ts';

const match = (a: string, b: string) => compareNames(a, b, { schema: 'Person' }).match;

test('two known given names of different names are different people, however alike they are written', () => {
  assert.ok(!match('Maria Rodriguez', 'GARCIA RODRIGUEZ, Martha'));
  assert.ok(!match('Maria Ivanova', 'Marina Ivanova'));
  assert.ok(!match('Daniel Garcia', 'Daniela Garcia'));
  assert.ok(!match('Mario Rossi', 'Maria Rossi'));
});

test('spellings and national forms of one given name still pair', () => {
  assert.ok(match('Marina Ivanova', 'Maryna Ivanova'));
  assert.ok(match('Alena Ivanova', 'Elena Ivanova'));
  assert.ok(match('Marta Lopez', 'Martha Lopez'));
  assert.ok(match('Volha Ivanova', 'Olga Ivanova'));
  assert.ok(match('Juan Perez', 'Ivan Perez'));
});

test('given names of two genders are left to the gender conflict (a mistyped ending is likely)', () => {
  // Shown below the threshold as a near miss, not dropped under the cutoff.
  const r = compareNames('Aleksandre Babarianel', 'Babarianel Aleksandra', { schema: 'Person' });
  assert.ok(!r.match && r.score >= 0.5, String(r.score));
});
