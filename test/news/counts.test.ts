import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCounts, LANGUAGES } from '../../src/analysis/news/index.ts';

const first = (lang: string, text: string) => {
  const c = findCounts(text, LANGUAGES[lang]!.numbers)[0];
  return c && { value: c.value, qualifier: c.qualifier, text: text.slice(c.start, c.end) };
};

test('digits with thousands separators, and words', () => {
  assert.deepEqual(first('en', 'bringing the total to 1,150 people'), { value: 1150, qualifier: 'exact', text: '1,150' });
  assert.deepEqual(first('en', 'the authorities freed fifty-two people'), { value: 52, qualifier: 'exact', text: 'fifty-two' });
  assert.deepEqual(first('en', 'some two hundred and five detainees'), { value: 205, qualifier: 'about', text: 'some two hundred and five' });
  assert.deepEqual(first('de', 'zweiundfünfzig Gefangene'), { value: 52, qualifier: 'exact', text: 'zweiundfünfzig' });
  assert.deepEqual(first('pl', 'ułaskawił dwudziestu więźniów'), { value: 20, qualifier: 'exact', text: 'dwudziestu' });
  assert.deepEqual(first('ru', 'помиловал тридцать два человека'), { value: 32, qualifier: 'exact', text: 'тридцать два' });
  assert.deepEqual(first('be', 'вызвалілі дваццаць тры палітвязні'), { value: 23, qualifier: 'exact', text: 'дваццаць тры' });
  assert.deepEqual(first('es', 'treinta y dos presos'), { value: 32, qualifier: 'exact', text: 'treinta y dos' });
});

test('counts as bounds: the qualifier says which', () => {
  assert.deepEqual(first('en', 'more than 30 people'), { value: 30, qualifier: 'at_least', text: 'more than 30' });
  assert.deepEqual(first('ru', 'задержали более 30 человек'), { value: 30, qualifier: 'at_least', text: 'более 30' });
  assert.deepEqual(first('de', 'über 30 Menschen'), { value: 30, qualifier: 'at_least', text: 'über 30' });
  assert.deepEqual(first('pl', 'ponad 40 osób'), { value: 40, qualifier: 'at_least', text: 'ponad 40' });
  assert.deepEqual(first('es', 'una veintena de presos políticos'), { value: 20, qualifier: 'about', text: 'una veintena' });
  assert.deepEqual(first('en', 'up to 12 detainees'), { value: 12, qualifier: 'at_most', text: 'up to 12' });
  assert.deepEqual(first('en', 'nearly forty activists'), { value: 40, qualifier: 'about', text: 'nearly forty' });
});

test('no count where there is none', () => {
  assert.equal(findCounts('The authorities freed a journalist.', LANGUAGES.en!.numbers).length, 0);
});
