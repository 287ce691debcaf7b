import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consonantCode, guessConventions, skeleton } from '../../src/names/phonetic.ts';

const skel = (w: string) => guessConventions(w).map((c) => skeleton(w, c));

test('romanisations of Лукашэнка share a skeleton (Lukashenka, Łukašenka, Lukaschenko)', () => {
  assert.ok(skel('lukashenka').includes('lukaSenka'));
  assert.ok(skel('łukašenka').includes('lukaSenka'));
  assert.ok(skel('lukaschenko').includes('lukaSenko'));
  assert.ok(skel('loukachenko').includes('lukaSenko'));
});

test('ў after a vowel reads as v (nm0394: Salauyou / Solovyov)', () => {
  assert.equal(skeleton('salauyou', 'english'), 'salavjov');
  assert.equal(skeleton('solovyov', 'english'), 'solovjov');
});

test('-iy / -ij / -ii / -yj endings agree (Dmitriy, Dzmitryj, Dmitrii)', () => {
  assert.equal(skeleton('dmitriy', 'english'), 'dmitri');
  assert.equal(skeleton('dzmitryj', 'slavic'), 'dmitri');
  assert.equal(skeleton('dmitrii', 'english'), 'dmitri');
});

test('ch is х in Slavic spellings and ч in English ones (Tichanovskaja / Statkevich)', () => {
  assert.deepEqual(guessConventions('cichanoŭskaja'), ['slavic']);
  assert.equal(skeleton('statkevich', 'english'), 'statkeviC');
  assert.equal(skeleton('tichanovskaja', 'slavic'), 'tiHanovskaja');
});

test('consonant code folds ц/т and drops vowels (Tsikhanouski / Tikhanovsky)', () => {
  assert.equal(consonantCode(skeleton('tsikhanouski', 'english')), consonantCode(skeleton('tikhanovsky', 'english')));
});
