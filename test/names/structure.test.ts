import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePersonName } from '../../src/names/structure.ts';

const roles = (name: string) => parsePersonName(name).parts.map((p) => `${p.text}:${p.initial ? 'initial' : p.role}`);

test('comma form: LAST, First Patronymic (nm0006: KUBRAKOV, Aleksandr Nikolayevich)', () => {
  assert.deepEqual(roles('KUBRAKOV, Aleksandr Nikolayevich'), ['kubrakov:surname', 'aleksandr:given', 'nikolayevich:patronymic']);
});

test('Cyrillic given-patronymic-surname order (Аляксандр Рыгоравіч Лукашэнка)', () => {
  assert.deepEqual(roles('Аляксандр Рыгоравіч Лукашэнка'), ['аляксандр:given', 'рыгоравіч:patronymic', 'лукашэнка:surname']);
});

test('a surname ending in -vich is not a patronymic in two-word names (Valentin Stefanovich)', () => {
  assert.deepEqual(roles('Valentin Stefanovich'), ['valentin:given', 'stefanovich:surname']);
});

test('surname first without comma, patronymic last (Statkevich Nikolai Viktorovich)', () => {
  assert.deepEqual(roles('Statkevich Nikolai Viktorovich'), ['statkevich:surname', 'nikolai:given', 'viktorovich:patronymic']);
});

test('initials and ALL-CAPS surname (nm0493: A. G. LUKASHENKO)', () => {
  assert.deepEqual(roles('A. G. LUKASHENKO'), ['a:initial', 'g:initial', 'lukashenko:surname']);
});

test('gender from given names and surname endings (nm0469)', () => {
  assert.equal(parsePersonName('Svyatlana Tsikhanouskaya').gender, 'f');
  assert.equal(parsePersonName('Siarhei Tsikhanouski').gender, 'm');
  assert.equal(parsePersonName('Tichanovská').gender, 'f');
  assert.equal(parsePersonName('LUKASHENKO').gender, undefined);
});

test("patronymic carries the father's name class (Hryhoryavich → Григорий)", () => {
  const p = parsePersonName('LUKASHENKA, Alyaksandr Hryhoryavich').parts[2]!;
  assert.equal(p.role, 'patronymic');
  assert.ok(p.fatherClasses?.some((c) => c.id === 'григорий'));
});
