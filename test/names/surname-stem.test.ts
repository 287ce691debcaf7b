// Tests that src/names/score/person.ts tells a possessive surname (-ov, -in) from its bare stem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames } from '../../src/names/index.ts';

const person = { schema: 'Person' as const };
const match = (a: string, b: string) => compareNames(a, b, person).match;

test('a surname in -ov / -ova / -in and the bare stem it is formed on are two families', () => {
  assert.ok(!match('Maria Kolesnikova', 'Maria Kolesnik'));
  assert.ok(!match('Ivan Kovalev', 'Ivan Koval'));
  assert.ok(!match('Olga Karpina', 'Olga Karp'));
  assert.ok(!match('Мария Колесникова', 'Maria Kolesnik'));
});

test('the two genders and the romanisations of one possessive surname still match', () => {
  assert.ok(match('Maria Kolesnikova', 'Марыя Калеснікава'));
  assert.ok(match('Ivan Kovalev', 'Ivan Kovalyov'));
  assert.ok(match('Olga Karpina', 'Ольга Карпина'));
});
