import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BE_NATIONAL,
  BE_NATIONAL_2023,
  BGN_PCGN_BE,
  BGN_PCGN_RU,
  GREEK_ELOT,
  ICAO_9303,
  ISO_9,
  LACINKA,
  PRESS_DE,
  PRESS_FR,
  PRESS_PL,
  romanise,
  romaniseAll,
  SYSTEMS,
  UK_NATIONAL,
} from '../../src/names/transliterate/index.ts';
import { compareNames } from '../../src/names/index.ts';

test('Belarusian national system (nm0001: Сяргей Ціханоўскі → Siarhiej Cichanoŭski)', () => {
  assert.equal(romanise('сяргей ціханоўскі', BE_NATIONAL), 'siarhiej cichanoŭski');
  assert.equal(romanise('дзьмітры', BE_NATIONAL), 'dźmitry');
});

test('BGN/PCGN Belarusian and Russian', () => {
  assert.equal(romanise('аляксандр лукашэнка', BGN_PCGN_BE), 'alyaksandr lukashenka');
  assert.equal(romanise('александр григорьевич', BGN_PCGN_RU), "aleksandr grigor'yevich");
  assert.equal(romanise('елена', BGN_PCGN_RU), 'yelena');
});

test('ISO 9 (generated:iso9-be in pairs.csv: ЦІХАНОЎСКАЯ → CÌHANOǓSKAÂ)', () => {
  assert.equal(romanise('ціханоўская', ISO_9), 'cìhanoǔskaâ');
});

test('ICAO 9303 passports (Светлана Тихановская → Svetlana Tikhanovskaia)', () => {
  assert.equal(romanise('светлана тихановская', ICAO_9303), 'svetlana tikhanovskaia');
});

test('Łacinka: hard л is ł, soft л is l (nm0116: Дар’я Лосік → Darja Łosik)', () => {
  assert.equal(romanise("дар'я лосік", LACINKA), 'darja łosik');
  assert.equal(romanise('бяляцкі', LACINKA), 'bialacki');
});

test('press conventions: Lukaschenko, Łukaszenka, Loukachenko', () => {
  assert.equal(romanise('лукашенко', PRESS_DE), 'lukaschenko');
  assert.equal(romanise('лукашэнка', PRESS_PL), 'łukaszenka');
  assert.equal(romanise('лукашенко', PRESS_FR), 'loukachenko');
  assert.equal(romanise('тихановский', PRESS_DE), 'tichanowski');
});

test('Ukrainian national and Greek ELOT (nm0616: Λουκασένκο)', () => {
  assert.equal(romanise('сергій', UK_NATIONAL), 'serhii');
  assert.equal(romanise('λουκασένκο', GREEK_ELOT), 'lukasenko');
});

test('every system names its source; romaniseAll keeps one key per distinct output', () => {
  for (const s of SYSTEMS) assert.ok(s.source.length > 10, s.id);
  const keys = romaniseAll('лукашэнка', 'be');
  assert.ok(keys.length >= 5);
  assert.ok(keys.some((k) => k.system === 'be-national-2007' && k.text === 'lukašenka'));
  assert.deepEqual(romaniseAll('lukashenka', 'latin'), []);
});

test('Belarusian national system of 2023: the examples published with the instruction', () => {
  const cases: Array<[string, string]> = [
    ["вераб'ёвічы", 'vierabjovichy'],
    ['сафіеўка', 'safijewka'],
    ['татаршчына', 'tatarshchyna'],
    ['улукаўе', 'ulukawje'],
    ['жажэлка', 'zhazhelka'],
    ['дзедаў курган', 'dziedaw kurgan'],
  ];
  for (const [cyr, latin] of cases) assert.equal(romanise(cyr, BE_NATIONAL_2023), latin, cyr);
  // A name spelt under it is matched against one spelt under the 2007 system.
  assert.equal(compareNames('Siargiej Cikhanowski', 'Siarhiej Cichanoŭski', { schema: 'Person' }).match, true);
});
