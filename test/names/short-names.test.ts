import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, explainOrgNames, parseOrgName } from '../../src/names/index.ts';
import { readsAsWord } from '../../src/names/org.ts';
import { surfaceSimilarity } from '../../src/names/score/surface.ts';

const org = { schema: 'Organization' as const };
const person = { schema: 'Person' as const };

test('one plain word on each side must also look alike as written (Belavia is not Belaoua)', () => {
  // Belavia (an airline) against a UN alias, Belaoua: phonetically near (v and ou), 2 letters apart.
  for (const opts of [org, person]) assert.equal(compareNames('Belavia', 'Belaoua', opts).match, false);
  assert.equal(surfaceSimilarity('Belavia', 'Belaoua'), 1 - 2 / 7);
  // Romanisations across alphabets and of one letter still match.
  assert.equal(compareNames('Belavia', 'Белавиа', org).match, true);
  assert.equal(compareNames('BELNEFTEKHIM', 'Biełnieftiechim', org).match, true);
  assert.equal(compareNames('Lukashenka', 'Lukashenko', person).match, true);
  const why = compareNames('Belavia', 'Belaoua', org).explanation;
  assert.ok(why.penalties.some((p) => /one word on each side/u.test(p.reason)));
});

test('a partial acronym alone does not make a match (BLO / Belavia), with another word it does (GPO Azot)', () => {
  // Written as letters among small letters, BLO stands for Belavia by its first letter, but
  // nothing else corroborates it.
  const r = explainOrgNames('Belavia', 'Tours BLO');
  assert.ok(r.score < 0.75);
  assert.ok(r.pairs.some((p) => p.b === 'blo' && p.roleB === 'acronym'));
  assert.ok(r.penalties.some((p) => /partial acronym/u.test(p.reason)));
  // OFAC's one-word entries BLO and BLA, all in capitals, read as words: no first-letter pair.
  for (const acronym of ['BLO', 'BLA']) assert.ok(explainOrgNames('Belavia', acronym).score < 0.75, acronym);
  assert.equal(compareNames('GPO Azot', 'Гродно Азот', org).match, true);
  assert.equal(compareNames('GPO AZOT', 'Гродно Азот', org).match, true);
  // Descriptors and legal forms corroborate nothing: any two management companies share them.
  for (const [a, b] of [
    ['Management Company Rechitsa LLC', 'LIMITED LIABILITY COMPANY RVC MANAGEMENT COMPANY'],
    ['Dzerzhinsk Holding Group', 'DJECO GROUP HOLDING LTD'],
  ]) {
    const r = explainOrgNames(a!, b!);
    assert.ok(r.score < 0.75, `${a} / ${b} ${r.score}`);
    assert.ok(r.penalties.some((p) => /partial acronym/u.test(p.reason)));
  }
});

test('an acronym spells the name, not its legal form (RHL is not Rechitsa Holding LLC)', () => {
  assert.equal(compareNames('Rechitsa Holding LLC', 'OOO RHL HOLDING', org).match, false);
  // Without the legal form's letter it still spells the run (RH: Rechitsa Holding).
  assert.ok(explainOrgNames('Rechitsa Holding LLC', 'RH LLC').pairs.some((p) => p.b === 'rh' && p.similarity === 1));
});

test('in a name all in capitals, a short word that reads as a word stands for no other word by its first letter', () => {
  // Each pair differs in one distinctive word; before, NEW, GAS and PIPES paired with it as
  // partial acronyms (N…, G…, P…) and the shared words made an alert (0.90, 0.80, 0.87).
  for (const [a, b] of [
    ['Novopolotsk Oil Company', 'CLOSED JOINT-STOCK COMPANY NEW OIL COMPANY'],
    ['Global Oil Company', 'PARS OIL AND GAS COMPANY'],
    ['Polotsk Steel Company', 'STATE STEEL PIPES COMPANY'],
  ]) {
    const r = compareNames(a!, b!, org);
    assert.equal(r.match, false, `${a} / ${b} ${r.score}`);
  }
  // Letters that are no word keep standing for words (KGB, MAZ spelled out in full: see
  // org-acronym-translated.test.ts).
  assert.equal(compareNames('KGB', 'Kamitet Dziarzhaunai Biaspeki', org).match, true);
});

test('a short word reads as a word by its vowels and the letters before the first one', () => {
  for (const w of ['new', 'gas', 'pipes', 'stroy', 'trade', 'брат', 'азот', 'oil']) assert.equal(readsAsWord(w), true, w);
  for (const w of ['kgb', 'bnk', 'gpo', 'мтз', 'гпо', 'mns']) assert.equal(readsAsWord(w), false, w);
  assert.equal(parseOrgName('NEW OIL COMPANY')[0]!.mayBeWord, true);
  assert.equal(parseOrgName('New OIL Company')[1]!.mayBeWord, undefined);
});

test('descriptor and place words the longer name adds weigh little (Belavia / Belavia Belarusian Airlines)', () => {
  assert.equal(compareNames('Белавиа', 'BELAVIA BELARUSIAN AIRLINES', org).match, true);
  assert.equal(compareNames('Belavia', 'Belavia Airlines', org).match, true);
  // A distinctive extra word still costs: Belavia is not "Belavia Grodno Tours".
  assert.ok(compareNames('Belavia', 'Belavia Grodno Tours', org).score < compareNames('Belavia', 'Belavia Airlines', org).score);
});

test('a single letter of an organisation name stands for a word only as a partial acronym (the (S) of a Singapore company)', () => {
  // The (S) had paired with Soligorsk at 1, as a person's initial, and PTE LTD did the rest: 0.77.
  const r = explainOrgNames('Soligorsk Pte. Ltd.', 'TET KHAM (S) PTE. LTD.');
  assert.ok(r.score < 0.75, String(r.score));
  assert.ok(r.pairs.some((p) => p.b === 's' && p.similarity === 0.75));
  assert.equal(compareNames('M Lida Llc', 'M.T.T. LTDA.', org).match, false);
  // A lone digit is a number (3%ers / Three Percenters), and two single letters still meet.
  assert.ok(explainOrgNames('3%ers', 'Three Percenters').pairs.some((p) => p.similarity === 1));
  assert.equal(compareNames('A & B Holding', 'A & B HOLDING LTD', org).match, true);
});

test('a short word of a name all in capitals still meets a word one letter from it (a misspelling)', () => {
  for (const [a, b] of [
    ['Meraj Aie', 'MERAJ AIR'],
    ['Isie Sinin Limited', 'ISIM SININ LIMITED'],
    ['УП Барысаўскі Азое', 'УП БАРЫСАЎСКІ АЗОТ КАМПАНІЯ'],
  ])
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
  // Further than a letter, it stands for nothing by its first letter (Pars / Pinsk, New / Novopolotsk).
  assert.equal(compareNames('Pinsk Petrochemical Company', 'PARS PETROCHEMICAL COMPANY', org).match, false);
});
