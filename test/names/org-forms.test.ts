import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, parseOrgName } from '../../src/names/index.ts';

const org = { schema: 'Organization' as const };
const form = (name: string) => parseOrgName(name).find((t) => t.legalForm)?.legalForm;

test('Belarusian and Russian legal forms in Cyrillic, Łacinka-free romanisation, English and abbreviations (Civil Codes)', () => {
  const cases: [string, string][] = [
    ['ОДО «Сириус»', 'alc'],
    ['ТДА «Сірыус»', 'alc'],
    ['TDA SIRYUS', 'alc'],
    ['Obshchestvo s dopolnitelnoy otvetstvennostyu Sirius', 'alc'],
    ['Tavarystva z dadatkovai adkaznastsyu Sirius', 'alc'],
    ['Sirius Additional Liability Company', 'alc'],
    ['ЧУП «Бел Трейд»', 'pue'],
    ['ПУП «Бел Трэйд»', 'pue'],
    ['Chastnoye unitarnoye predpriyatiye Bel Treid', 'pue'],
    ['PUE BEL TRADE', 'pue'],
    ['Государственное учреждение «Центр»', 'inst'],
    ['Dzyarzhaunaya ustanova Tsentr', 'inst'],
    ['State Institution Centre', 'inst'],
    ['Производственный кооператив «Заря»', 'coop'],
    ['Vytvorchy kaaperatyu Zaria', 'coop'],
    ['Production Co-operative Zarya', 'coop'],
    ['ФГУП «Рособоронэкспорт»', 'ue'],
    ['Federal State Unitary Enterprise Rosoboronexport', 'ue'],
    ['Kommunalnoye unitarnoye predpriyatiye Vodokanal', 'ue'],
    ['ИП Иванов', 'sole'],
    ['АНО «Диалог»', 'nco'],
  ];
  for (const [name, cls] of cases) assert.equal(form(name), cls, name);
  // Misspelt romanisations as official lists write them.
  for (const name of ['OBSCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU ALFA', 'OBSHESTVO S OGRANICHENNOY OTVETSTVENNOSTIU ALFA'])
    assert.equal(form(name), 'llc', name);
  for (const name of ['OTKRYTOE AKTSIONERNOE OBSCHESTVO BELSHINA', 'Zakrytoe Aktsionernoe Obshestvo Beltrade']) assert.equal(form(name), 'jsc', name);
  // A country name is not a legal form (Estonia / ustanova share consonants).
  assert.equal(form('Government of Estonia'), undefined);
  assert.equal(compareNames('ЧУП «Бел Трейд»', 'BEL TRADE, PUE', org).match, true);
});

test('half-translated names: descriptors weigh little and their translations meet', () => {
  for (const [a, b] of [
    ['MINSKY TRAKTORNY ZAVOD', 'Minsk Tractor Plant'],
    ['Grodno Azot Combine', 'Гродненский азотный комбинат'],
    ['Belshina Factory', 'ОАО «Белшина»'],
    ['Institute of Physics', 'Институт физики'],
    ['Naftan Plant', 'Naftan Zavod'],
  ])
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
  // A shared descriptor alone does not make two firms one.
  assert.equal(compareNames('Minsk Bakery Plant', 'MINSK WHEELED TRACTOR PLANT', org).match, false);
  assert.equal(compareNames('Beltekh Plant', 'Beltekh Institute', org).match, false);
});

test('syllabic contractions meet the names they run together (Гомсельмаш, Минтранс, Белнефтехим)', () => {
  for (const [a, b] of [
    ['Гомсельмаш', 'Гомельский завод сельскохозяйственного машиностроения'],
    ['GOMSELMASH', 'Gomelskiy zavod selskokhozyaystvennogo mashinostroeniya'],
    ['Mintrans', 'Ministry of Transport'],
    ['Белнефтехим', 'Белорусский государственный концерн по нефти и химии'],
    ['Минсельхозпрод', 'Министерство сельского хозяйства и продовольствия'],
  ])
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
  // It must spell all of the other name: Belaruskali is not Belarusian Potash Company (and,
  // a limit, Госплан does not meet Государственный плановый комитет, whose last word it omits).
  assert.equal(compareNames('ADKRYTAYE AKTSYYANERNAYE TAVARYSTVA BELARUSKALIY', 'BELARUSKAYA KALIYNAYA KAMPANIYA AAT', org).match, false);
  assert.equal(compareNames('Minsk Tractor Works', 'Minsktrans', org).match, false);
});
