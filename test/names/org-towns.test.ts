import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, prepareOrgName } from '../../src/names/index.ts';
import { townAtStart } from '../../src/names/towns.ts';

const org = { schema: 'Organization' as const };
const townOfFirstWord = (name: string) =>
  prepareOrgName(name)
    .words[0]!.part.keys.map((k) => townAtStart(k.skeleton))
    .find(Boolean);

test('a word beginning with a town is read as that town, in any script and romanisation', () => {
  assert.equal(townOfFirstWord('Минскдрев'), 'минск');
  assert.equal(townOfFirstWord('Minskiy myasokombinat'), 'минск');
  assert.equal(townOfFirstWord('Mensk'), 'минск');
  assert.equal(townOfFirstWord('Магілёўхімвалакно'), 'могилёв');
  assert.equal(townOfFirstWord('Barysau Plant'), 'борисов');
  assert.equal(townOfFirstWord('Омский завод'), 'омск');
  // Words that only look like one: no town.
  assert.equal(townOfFirstWord('Samarkand'), undefined);
  assert.equal(townOfFirstWord('Лидер'), undefined);
});

test('two organisations named after two towns one letter apart are two organisations', () => {
  for (const [a, b] of [
    ['ЗАО «Пинскдрев»', 'ОАО «Минскдрев»'],
    ['OAO Minskiy myasokombinat', 'OAO Pinskiy myasokombinat'],
    ['ОДО «Минскпромсервис»', 'ОДО «Пинскпромсервис»'],
    ['Omsk Oil Refinery', 'Tomsk Oil Refinery'],
    // Written solid on one side only.
    ['Pinskdrev', 'Minsk Drev'],
  ])
    assert.equal(compareNames(a!, b!, org).match, false, `${a} / ${b}`);
  // One town in two spellings, scripts or forms still meets itself.
  for (const [a, b] of [
    ['Minskdrev', 'Минскдрев'],
    ['Mensk Plant', 'Minsk Plant'],
    ['Minsk Tractor Works', 'Minskiy traktornyy zavod'],
    ['Mogilevkhimvolokno', 'Магілёўхімвалакно'],
    ['Minskdrev', 'Minsk Drev'],
  ])
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
});

test('one town named as itself or its adjective, in Russian, Belarusian or Latin forms, meets itself', () => {
  for (const [a, b] of [
    ['Homielski chimičny zavod', 'Gomel Chemical Plant'],
    ['Hrodzenskaya tabachnaya fabryka Nioman', 'Grodno Tobacco Factory Neman'],
    ['Mazyrski naftapierapracoŭčy zavod', 'Mozyr Refinery'],
    ['Барысаўскі завод', 'Borisov Plant'],
  ])
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
  // A compound beginning with the town is not the town (Минскдрев is a firm of Minsk, not Minsk).
  assert.equal(compareNames('Minskdrev', 'Minsk', org).match, false);
  assert.equal(compareNames('Gomel Chemical Plant', 'Grodno Chemical Plant', org).match, false);
});
