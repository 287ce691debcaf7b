// Tests the place-adjective stems and the convention guess of src/names/score/org.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames } from '../../src/names/index.ts';

const org = { schema: 'Organization' as const };
const score = (a: string, b: string) => compareNames(a, b, org).score;

test('a town of three letters before its vowel meets its adjective in -sk- (Lida / Лидский, Orsha / Оршанский)', () => {
  assert.ok(score('Lida Motor Plant', 'Лидский моторный завод') >= 0.9);
  assert.ok(score('Orsha Bearing Plant', 'Оршанский подшипниковый завод') >= 0.9);
  assert.ok(score('Kopyl Dairy', 'Копыльский молочный комбинат') >= 0.85);
  // Only before -sk-: another word on the same three letters is not the town's adjective.
  assert.ok(score('Orsha Bearing Plant', 'Orshevo Bearing Plant') < 0.75);
});

test('an English descriptor does not change how the name proper is read (Works, with its w, is not Polish)', () => {
  // "Rechitsa" read the Polish way (ch = kh) no longer meets Речицкий; the descriptor must not decide.
  assert.ok(score('Rechitsa Works', 'Речицкий завод') >= 0.85);
  assert.ok(score('Rechitsa Metallurgical Works', 'Речицкий металлургический завод') >= 0.9);
  assert.equal(
    score('Rechitsa Metallurgical Works', 'Речицкий металлургический завод'),
    score('Rechitsa Metallurgical Plant', 'Речицкий металлургический завод'),
  );
});

test('a town whose adjective runs t into s (Brest / Brestskiy, Брест / Брестский) is its stem as written', () => {
  assert.equal(compareNames('Brestskiy zavod', 'Brest Plant', { schema: 'Organization' }).match, true);
  assert.equal(compareNames('Брестский завод', 'Брест завод', { schema: 'Organization' }).match, true);
  assert.equal(compareNames('Brestskiy zavod', 'Bresk Plant', { schema: 'Organization' }).match, false);
});
