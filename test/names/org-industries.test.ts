// Tests src/names/org-industries.ts and the short-code rule of `wordCodes` (src/names/org.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, parseOrgName } from '../../src/names/index.ts';
import { INDUSTRY_CONCEPTS } from '../../src/names/org-industries.ts';

const org = { schema: 'Organization' as const };
const concepts = (name: string) => parseOrgName(name).map((t) => t.concept ?? `"${t.text}"`);

test('an industry word translated on one side and kept in Russian, Belarusian or romanised on the other meets its translation', () => {
  // Our own examples: the same (made-up) organisations under the names a list and a registry would give.
  const pairs: [string, string][] = [
    ['Пинская табачная фабрика «Кедр»', 'Kedr Pinsk Tobacco Factory'],
    ['Tabachnaya fabrika Kedr', 'Kedr Tobacco Factory'],
    ['Светлогорский нефтеперерабатывающий завод', 'Svetlogorsk Oil Refinery'],
    ['Svetlogorsky NPZ', 'Svetlogorsk Oil Refinery'],
    ['Гомельский моторный завод', 'Gomel Motor Plant'],
    ['Гомельскі маторны завод', 'Gomel Motor Plant'],
    ['Minsky podshipnikovy zavod', 'Minsk Bearing Plant'],
    ['Слуцкий сахарный комбинат', 'Slutsk Sugar Combine'],
    ['Борисовский фармацевтический завод', 'Borisov Pharmaceutical Plant'],
    ['Жлобинский металлургический завод', 'Zhlobin Steel Works'],
    ['Торговый дом «Север»', 'Sever Trading House'],
    ['Гандлёвы дом «Поўнач»', 'Pounach Trading House'],
    ['Витебская железная дорога', 'Vitebsk Railway'],
    ['Островецкая атомная электростанция', 'Ostrovets Nuclear Power Plant'],
    ['Ostrovets Atomic Power Plant', 'Ostrovets Nuclear Power Plant'],
    ['Оршанский авиационный ремонтный завод', 'Orsha Aircraft Repair Plant'],
    ['Petróleos de Venezuela S.A.', 'Venezuela Oil S.A.'],
    // What a ministry is of, and the country, translated.
    ['Ministry of Defence of the Republic of Belarus', 'Министерство обороны Республики Беларусь'],
    ['Ministry of Internal Affairs of the Republic of Belarus', 'Министерство внутренних дел Республики Беларусь'],
    ['Sberbank of Russia', 'Сбербанк России'],
    ['Consejo Nacional Electoral', 'National Electoral Council'],
  ];
  for (const [a, b] of pairs) {
    const r = compareNames(a, b, org);
    assert.ok(r.match, `${a} / ${b}: ${r.score}`);
  }
});

test('the same industry in another town, or another industry in the same town, is not a match', () => {
  const pairs: [string, string][] = [
    ['Lida Motor Plant', 'Lida Tractor Works'],
    ['Pinsk Tobacco Factory', 'Brest Tobacco Factory'],
    ['Kedr Tobacco Factory', 'Kedr Sugar Factory'],
    ['Гомельский моторный завод', 'Gomel Bearing Plant'],
    ['Gomel Chemical Plant', 'Grodno Chemical Plant'],
    ['Ministry of Defence', 'Ministry of Internal Affairs'],
    ['Министерство обороны Республики Беларусь', 'Министерство внутренних дел Республики Беларусь'],
  ];
  for (const [a, b] of pairs) {
    const r = compareNames(a, b, org);
    assert.ok(!r.match, `${a} / ${b}: ${r.score}`);
  }
});

test('a descriptor phrase read as one concept (trading house) neither weighs as a name nor counts as merged words', () => {
  // One listed name against a made-up one that shares a look-alike word and "trading".
  assert.ok(!compareNames('Naftan Trading House', 'NEWTON TRADING FZE', org).match);
  assert.ok(compareNames('Торговый дом «Нафтан»', 'Naftan Trading House', org).match);
});

test('a word whose consonants are few is not read as a legal form or concept that shares them', () => {
  // factory / Future (f-t-r), zavody / Toyoda (t-d), kaliynaya (potash) / Kolonia (k-l-n).
  assert.deepEqual(concepts('Future Electronics'), ['"future"', '"electronics"']);
  assert.deepEqual(concepts('Toyoda Gosei'), ['"toyoda"', '"gosei"']);
  assert.deepEqual(concepts('Kolonia Bank'), ['"kolonia"', 'bank']);
  assert.ok(!compareNames('Future Electronics LLC', 'Factory Electronics LLC', org).match);
  assert.ok(!compareNames('Kolonia Bank', 'Potash Bank', org).match);
  assert.ok(!compareNames('Toyoda Gosei', 'Zavod Gosei', org).match);
  // The forms themselves, in any of their listed spellings, still are.
  assert.deepEqual(concepts('Factory Gosei'), ['plant', '"gosei"']);
  assert.deepEqual(concepts('Zavody Gosei'), ['plant', '"gosei"']);
  assert.deepEqual(concepts('Kaliynaya Kompaniya'), ['potash', 'company']);
});

test('every form of an industry is read as that industry, and as one word', () => {
  for (const { id, forms } of INDUSTRY_CONCEPTS) {
    for (const f of forms) assert.deepEqual(concepts(f), [id], f);
  }
});
