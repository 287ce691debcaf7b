import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiFold, normaliseText, tokenise } from '../../src/names/normalise.ts';

test('normaliseText folds case, quotes and punctuation (nm0038: ОАО «Беларуськалий»)', () => {
  assert.equal(normaliseText('ОАО «Беларуськалий»'), 'оао беларуськалий');
  assert.equal(normaliseText('A. G. LUKASHENKO'), 'a g lukashenko');
  assert.equal(normaliseText('  '), '');
});

test('apostrophe look-alikes become one apostrophe inside words (nm0116: Дар’я Лосік)', () => {
  assert.equal(normaliseText('Дар’я'), "дар'я");
  assert.equal(normaliseText('Darʹja'), "dar'ja");
});

test('tokenise splits hyphenated names and drops empty input', () => {
  assert.deepEqual(tokenise('BELAZ-KHOLDYNG AAT'), ['belaz', 'kholdyng', 'aat']);
  assert.deepEqual(tokenise(''), []);
});

test('asciiFold strips Latin diacritics only (nm0116: Darja Łosik)', () => {
  assert.equal(asciiFold('Darja Łosik'), 'darja losik');
  assert.equal(asciiFold('Dar’ja Łosik'), 'darja losik');
  assert.equal(asciiFold('Лосік'), 'лосік');
});

test('a word typed in two scripts is read in the script most of its letters use', () => {
  // "Лукашэнка" with a Latin "a" and "e"; "Lukashenka" with a Cyrillic "а".
  assert.equal(normaliseText('Лукaшэнкa'), 'лукашэнка');
  assert.equal(normaliseText('ЛУКAШEНКА Аляксандр'), 'лукашенка аляксандр');
  assert.equal(normaliseText('Lukashenkа'), 'lukashenka');
  assert.equal(normaliseText('Lukashenka Лукашэнка'), 'lukashenka лукашэнка');
});
