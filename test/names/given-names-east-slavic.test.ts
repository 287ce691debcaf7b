import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames } from '../../src/names/index.ts';
import { parsePersonName } from '../../src/names/structure.ts';

const person = (a: string, b: string) => compareNames(a, b, { schema: 'Person' });

// Everyday East Slavic given names, as written in Russian, Belarusian, Ukrainian and in Latin
// letters: each must read as a given name of its sex, whatever the surname beside it.
const GIVEN: [string, 'm' | 'f'][] = [
  ['Алина', 'f'],
  ['Аліна', 'f'],
  ['Ульяна', 'f'],
  ['Uliana', 'f'],
  ['Алеся', 'f'],
  ['Olesya', 'f'],
  ['Инна', 'f'],
  ['Раіса', 'f'],
  ['Снежана', 'f'],
  ['Antonina', 'f'],
  ['Ядвіга', 'f'],
  ['Богдан', 'm'],
  ['Bahdan', 'm'],
  ['Леў', 'm'],
  ['Цімур', 'm'],
  ['Rostislav', 'm'],
  ['Усевалад', 'm'],
  ['Захар', 'm'],
  ['Яфім', 'm'],
  ['Nazar', 'm'],
];

test('everyday East Slavic given names read as given names, with their sex', () => {
  for (const [given, sex] of GIVEN) {
    const surname = sex === 'f' ? 'Сидорова' : 'Сидоров';
    for (const name of [`${given} ${surname}`, `${surname} ${given}`]) {
      const parsed = parsePersonName(name);
      const part = parsed.parts.find((p) => p.text === given.toLowerCase());
      assert.equal(part?.role, 'given', name);
      assert.equal(parsed.gender, sex, name);
    }
  }
});

test("a known given name's spellings meet across scripts and languages", () => {
  assert.ok(person('Аліна Казлова', 'Alina Kozlova').match);
  assert.ok(person('Багдан Іваноў', 'Bogdan Ivanov').match);
  assert.ok(person('Ulyana Sokolova', 'Уляна Соколова').match);
  assert.ok(person('Усевалад Пятроў', 'Vsevolod Petrov').match);
});

test('with the given name known, two surnames too far apart are two families (Зайцева / Загитова)', () => {
  // Read as given name + surname, the pair falls under the surname floor; while "Ульяна" was
  // unknown both words were of unknown role and the pair scored 0.9.
  const r = person('Ульяна Зайцева', 'Ульяна Загитова');
  assert.equal(r.match, false, String(r.score));
  assert.ok(r.score < 0.5, String(r.score));
});

test('a patronymic is built on a newly known given name (Ренат Тимурович → Тимур)', () => {
  const p = parsePersonName('Ренат Тимурович Салихов').parts[1]!;
  assert.equal(p.role, 'patronymic');
  assert.ok(p.fatherClasses?.some((c) => c.id === 'тимур'));
});
