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
