// Tests that src/names/score/person.ts does not pair a patronymic with a surname of the same stem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames } from '../../src/names/index.ts';

const person = { schema: 'Person' as const };
const match = (a: string, b: string) => compareNames(a, b, person).match;

test('a patronymic and a surname on the same stem are two components, not one word (Ivanovich ≠ Ivanov)', () => {
  assert.ok(!match('Sergei Ivanovich Petrov', 'Sergei Petrovich Ivanov'));
  assert.ok(!match('Anna Petrovna Ivanova', 'Anna Ivanovna Petrova'));
  assert.ok(!match('Сергей Иванович Петров', 'Sergei Petrovich Ivanov'));
  assert.ok(!match('PETROV, Sergei Ivanovich', 'IVANOV, Sergei Petrovich'));
});

test('the same three components in another order or script still match', () => {
  assert.ok(match('Sergei Ivanovich Petrov', 'PETROV, Sergei Ivanovich'));
  assert.ok(match('Petrov Sergei Ivanovich', 'Сергей Иванович Петров'));
  assert.ok(match('Anna Petrovna Ivanova', 'Ivanova Anna Petrovna'));
});

test("the father's given name written for the patronymic still pairs with it (Vyacheslav for Vyacheslavovich)", () => {
  assert.ok(match('Aleksandr Vyacheslav Petrov', 'Aleksandr Vyacheslavovich Petrov'));
});

test('a surname that ends like a patronymic may be read as one on one side, and still pairs', () => {
  assert.ok(match('Miklashevich Piotr Piatrovich', 'Piotr Piatrovich Miklashevich'));
  assert.ok(match('Piatrovich Miklashevich Piotr', 'MIKLASHEVICH, Piotr Piatrovich'));
});

test('a misspelt patronymic read as a surname still pairs with the patronymic (only -ov, -in… surnames on the stem are kept apart)', () => {
  // Reversed order and one letter changed in the patronymic's suffix: it no longer looks like one.
  assert.ok(match('Juriawecz Maksim Filipowicz', 'FILIPOWICZ, Maksim Juriawicz'));
});
