import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOrgName } from '../../src/names/org.ts';

const shape = (name: string) => parseOrgName(name).map((t) => (t.legalForm ? `[${t.legalForm}]` : t.concept ? `<${t.concept}>` : t.text));

test('legal forms fold to one class in every script (OAO, ОАО, ААТ, OJSC, JSC, Open Joint Stock Company)', () => {
  for (const name of [
    'OAO NAFTAN',
    'ОАО Нафтан',
    'ААТ Нафтан',
    'OJSC NAFTAN',
    'NAFTAN JSC',
    'OPEN JOINT STOCK COMPANY NAFTAN',
    'OTKRYTOYE AKTSIONERNOYE OBSHCHESTVO NAFTAN',
  ]) {
    assert.equal(parseOrgName(name).find((t) => t.legalForm)?.legalForm, 'jsc', name);
  }
  assert.equal(parseOrgName('RUP GPO AZOT')[0]!.legalForm, 'ue');
});

test('generic words become concepts across languages (nm0038-style: калийная / potash)', () => {
  assert.deepEqual(shape('ОАО «Белорусская калийная компания»'), ['[jsc]', '<belarus>', '<potash>', '<company>']);
  assert.deepEqual(shape('ADKRYTAYE AKTSYYANERNAYE TAVARYSTVA BELARUSKAYA KALIYNAYA KAMPANIYA'), ['[jsc]', '<belarus>', '<potash>', '<company>']);
});

test('short words are not folded into legal forms by accident (Азот is not ojsc)', () => {
  assert.deepEqual(shape('ААТ «Горадня Азот»'), ['[jsc]', 'горадня', 'азот']);
});

test('single letters join into one abbreviation (A.B.C. Company)', () => {
  assert.equal(parseOrgName('A.B.C. Company')[0]!.text, 'abc');
});

test('a word of three consonants after its first vowel is read by its whole spelling, not its code (Abadan is no association)', () => {
  // Each had met a concept's consonant code, the leading vowel counted as a consonant.
  for (const [name, read] of [
    ['ABADAN OIL REFINING COMPANY', ['abadan', '<oil>', '<refining>', '<company>']],
    ['ARELLANO', ['arellano']],
    ['ATOMIC ENERGY', ['<nuclear>', 'energy']],
    ['USTINOV', ['ustinov']],
    ['INVEST', ['invest']],
  ] as const)
    assert.deepEqual(shape(name), read, name);
  // The concepts' own forms are still read, among them the Spanish and Portuguese ones.
  assert.deepEqual(shape('Instituto Asociación Banco Companhia'), ['<institute>', '<association>', '<bank>', '<company>']);
  assert.deepEqual(shape('Obyedinenye Kombinat Institut'), ['<association>', '<combine>', '<institute>']);
});

test('a word meets a concept by its consonant code only if it begins as one of its forms (Shevchenko is no railway)', () => {
  // Each shares a four-consonant code with a form of the concept in brackets.
  for (const [name, read] of [
    ['Shevchenko Farm', ['shevchenko', 'farm']], // чыгунка: railway
    ['Control Risks', ['control', 'risks']], // центральный: central
    ['Community Trust', ['community', 'trust']], // цементный: cement
    ['Frontera Resources', ['frontera', 'resources']], // мебельный: furniture
    ['Browning Arms Company', ['browning', 'arms', '<company>']], // bearing
    // A distinctive concept (it pairs at full weight) needs four first letters alike, not three.
    ['Maturin Transport Company', ['maturin', 'transport', '<company>']], // маторны: motor
    ['Vyborg Shipyard', ['vyborg', 'shipyard']], // выбарах: election
  ] as const)
    assert.deepEqual(shape(name), read, name);
  // Spellings of a form, and forms in other scripts and languages, still read as the concept.
  assert.deepEqual(shape('Mashinostroitelny Zavod'), ['<machine-building>', '<plant>']);
  assert.deepEqual(shape('Khimicheskoe Obedinenie'), ['<chemical>', '<association>']);
  assert.deepEqual(shape('Comite Białorusi'), ['<committee>', '<belarus>']);
  assert.deepEqual(shape('Motornyj Zavod'), ['<motor>', '<plant>']);
});
