import { spawnSync } from 'node:child_process';
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
    ['ИООО «Славкалий»', 'llc'],
    ['СООО «Мобильные ТелеСистемы»', 'llc'],
    ['Foreign Limited Liability Company Slavkali', 'llc'],
    ['ЧПУП «Гомельдрев-Сервис»', 'pue'],
    ['ЧТУП «Бел Трейд»', 'pue'],
    ['Private Production Unitary Enterprise Gomeldrev-Servis', 'pue'],
    ['Государственная корпорация «Ростех»', 'corp'],
    ['GOSUDARSTVENNAYA KORPORATSIYA ROSTEKH', 'corp'],
    // Romanised abbreviations that share a code: the one spelled as written wins.
    ['CHUP ALFA', 'pue'],
    ['KUP ALFA', 'ue'],
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

test('legal forms of other jurisdictions (ISO 20275 abbreviations), written with points or without', () => {
  // Our own names, each written as registries and lists of that country write them.
  const cases: [string, string][] = [
    ['Transportes Caribe, C.A.', 'jsc'], // Venezuela: compañía anónima
    ['Inversiones Orinoco CA', 'jsc'],
    ['Agropecuaria Llanos S.A.S.', 'jsc'],
    ['Servicios Andinos Ltda.', 'llc'],
    ['Distribuidora Norte S. de R.L.', 'llc'],
    ['Ferreira Transportes Limitada', 'llc'],
    ['Mazowsze Logistyka Sp. z o.o.', 'llc'], // the single letters join as in a name: sp zoo
    ['Mazowsze Logistyka Sp. z.o.o.', 'llc'],
    ['Rila Trade EOOD', 'llc'],
    ['Rila Holding EAD', 'jsc'],
    ['Sava Promet d.o.o.', 'llc'],
    ['Harbourfront Shipping Pte. Ltd.', 'llc'],
    ['Indus Traders Pvt. Ltd.', 'llc'],
    ['Gulf Bunkering FZE', 'llc'],
    ['Rijnmond Handel B.V.', 'llc'],
    ['Gomez Hermanos y Cía. S. en C.', 'lp'],
  ];
  for (const [name, cls] of cases) assert.equal(form(name), cls, name);
  // "AD" stays a word: it is also the Arabic article (AD DAWA).
  assert.equal(form('AD DAWA TRADING'), undefined);
  // What a legal form or "y Cía." was shared by two names no longer makes an alert: only the
  // legal form (Pte), or it and a lone partial acronym (MGI / Mozyr), had carried them.
  for (const [a, b] of [
    ['Mozyr Pte. Ltd.', 'MGI PTE LTD'],
    ['Orsha y Cía. S. en C.', 'CASTRO CURE Y CIA. S. EN C.'],
    ['Lida Sp. z o.o.', 'SPP'],
    ['Bobruisk Plc EAD', 'BM SYSTEMS EAD'],
  ])
    assert.equal(compareNames(a!, b!, org).match, false, `${a} / ${b}`);
  // The distinctive words still meet across legal forms written differently.
  assert.equal(compareNames('Transportes Caribe, C.A.', 'TRANSPORTES CARIBE CA', org).score, 1);
  assert.equal(compareNames('Harbourfront Shipping Pte. Ltd.', 'HARBOURFRONT SHIPPING PRIVATE LIMITED', org).match, true);
});

test('Spanish and Portuguese connecting words are stop words in organisation names (y, e, del, da, do, dos)', () => {
  const words = (name: string) => parseOrgName(name).map((t) => t.text);
  assert.deepEqual(words('Banco do Comércio e Indústria'), ['banco', 'comércio', 'indústria']);
  assert.deepEqual(words('Hermanos Gomez y Asociados'), ['hermanos', 'gomez', 'asociados']);
  assert.equal(compareNames('Corporación del Sur', 'CORPORACION SUR', org).score, 1);
});

test('"named after" (имени, імя) carries no identity; the person named does', () => {
  assert.equal(
    compareNames(
      'Сельскохозяйственный производственный кооператив «Рассвет» имени К.П. Орловского',
      'Agricultural Production Cooperative Rassvet named after K.P. Orlovsky',
      org,
    ).match,
    true,
  );
  assert.equal(compareNames('Завод имени Ленина', 'Завод имени Кирова', org).match, false);
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

test('a contraction leaves out the country and legal form that follow the name it runs together', () => {
  for (const [a, b] of [
    ['Минобороны', 'Министерство обороны Республики Беларусь'],
    ['Минобороны Беларуси', 'Министерство обороны Республики Беларусь'],
    ['Минздрав', 'Министерство здравоохранения Республики Беларусь'],
  ])
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
  // Another country, another ministry, or a distinctive word left over: no.
  assert.equal(compareNames('Минобороны России', 'Министерство обороны Республики Беларусь', org).match, false);
  assert.equal(compareNames('Минобороны', 'Министерство образования Республики Беларусь', org).match, false);
  assert.equal(compareNames('Минтранс', 'Министерство транспорта и коммуникаций Республики Беларусь', org).match, false);
});

test('a contraction takes pieces from the elements of a compound word, and a letter doubled where pieces meet is written once', () => {
  for (const [a, b] of [
    // сельско-хозяйственный gives сель and хоз; Рос + сельхоз is written with one с in Latin skeletons.
    ['Россельхозбанк', 'Российский сельскохозяйственный банк'],
    ['Rosselkhozbank', 'Rossiyskiy selskokhozyaystvennyy bank'],
    // внешне-торговый gives внеш and торг.
    ['Внешторгбанк', 'Внешнеторговый банк'],
    // "Федерации" ends the name as "Республики" does.
    ['Минобороны России', 'Министерство обороны Российской Федерации'],
  ])
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
  // The pieces must still spell the whole contraction, in order: another bank, another trade.
  assert.equal(compareNames('Россельхозбанк', 'Российский строительный банк', org).match, false);
  assert.equal(compareNames('Внешторгбанк', 'Внешнеэкономический банк', org).match, false);
  assert.equal(compareNames('Минобороны России', 'Министерство обороны Республики Беларусь', org).match, false);
  assert.equal(compareNames('Football Federation of Belarus', 'Football Union of Belarus', org).match, false);
});

test('a syllable and capitals (БелАЗ, BelOMO, БелГИСС) meet the whole name they abbreviate', () => {
  for (const [a, b] of [
    ['БелАЗ', 'Белорусский автомобильный завод'],
    ['BelAZ', 'Belarusian Automobile Plant'],
    ['BelOMO', 'Белорусское оптико-механическое объединение'],
    ['Holding BelOMO', 'Belarusian Optical and Mechanical Association'],
    ['БелГИСС', 'Белорусский государственный институт стандартизации и сертификации'],
  ]) {
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
    assert.equal(compareNames(b!, a!, org).match, true, `${b} / ${a}`);
  }
  // Every word after the first must give a capital, and the syllable must begin the first word.
  assert.equal(compareNames('БелАЗ', 'Белорусский автомобильный комбинат имени Ленина', org).match, false);
  assert.equal(compareNames('БелАЗ', 'Брестский автомобильный завод', org).match, false);
  assert.equal(compareNames('БелАЗ', 'Белорусский завод', org).match, false);
  // Written all in capitals the word is one word: case is the only sign of the syllable.
  assert.equal(compareNames('BELAZ', 'Belarusian Automobile Plant', org).match, false);
});

test('a word of repeated letters against a name of repeated words is compared in bounded time (hostile input)', () => {
  // Without the states remembered, the contraction and acronym searches try every split of the
  // letters among the words: 2^n and more (n = 12 took 1.5 s, n = 16 minutes). Run in a child
  // process, so that a search that never ends fails the test instead of stalling the run.
  const script = `
    import { compareNames } from ${JSON.stringify(new URL('../../src/names/index.ts', import.meta.url).href)};
    for (const n of [16, 24, 40]) {
      const word = 'a'.repeat(3 * n) + 'z';
      const name = Array.from({ length: n }, () => 'aaaa').join(' ') + ' Bbbb';
      const org = { schema: 'Organization' };
      if (compareNames(word, name, org).match || compareNames(name, word, org).match) process.exit(2);
    }`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 30_000, encoding: 'utf8' });
  assert.equal(run.signal, null, 'the comparison did not end within 30 s');
  assert.equal(run.status, 0, run.stderr);
});
