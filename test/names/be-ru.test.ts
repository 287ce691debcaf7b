import { test } from 'node:test';
import assert from 'node:assert/strict';
import { russify, russifyPatronymic } from '../../src/names/be-ru.ts';

test('surname endings: Лукашэнка → лукашенко, Ціханоўская → тихановская', () => {
  assert.equal(russify('лукашэнка'), 'лукашенко');
  assert.equal(russify('ціханоўская'), 'тихановская');
  assert.equal(russify('караеў'), 'караев');
});

test('given names through their class: Аляксандр → александр, Кацярына → екатерина, Дзмітрый → дмитрий', () => {
  assert.equal(russify('аляксандр'), 'александр');
  assert.equal(russify('кацярына'), 'екатерина');
  assert.equal(russify('дзмітрый'), 'дмитрий');
});

test('patronymics: Рыгоравіч → григорьевич, Віктаравіч → викторович, Андрэеўна → андреевна', () => {
  assert.equal(russifyPatronymic('рыгоравіч'), 'григорьевич');
  assert.equal(russifyPatronymic('віктаравіч'), 'викторович');
  assert.equal(russifyPatronymic('андрэеўна'), 'андреевна');
  assert.equal(russifyPatronymic('статкевіч'), undefined);
});
