import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectScript } from '../../src/names/script.ts';

test('Belarusian Cyrillic is told by і and ў (nm0001: Сяргей Ціханоўскі)', () => {
  assert.equal(detectScript('Сяргей Ціханоўскі'), 'be');
});

test('Russian Cyrillic is told by и, щ, ъ (nm0010: Юрий Караев)', () => {
  assert.equal(detectScript('Юрий Караев'), 'ru');
});

test('Ukrainian is told by є ї ґ (Білавіа is written with і and и together)', () => {
  assert.equal(detectScript('Сергій Тихановський'), 'uk');
  assert.equal(detectScript('Їжак'), 'uk');
});

test('shared letters only stay ambiguous; Łacinka, Latin, Greek, mixed', () => {
  assert.equal(detectScript('Знак'), 'cyrillic');
  assert.equal(detectScript('Darja Łosik'), 'lacinka');
  assert.equal(detectScript('Darya Losik'), 'latin');
  assert.equal(detectScript('Ρόμαν Προτάσεβιτς'), 'greek');
  assert.equal(detectScript('Лосик Darya'), 'mixed');
  assert.equal(detectScript('123'), 'other');
});
