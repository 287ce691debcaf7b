import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, explainOrgNames, parseOrgName, scoreOrgNames } from '../../src/names/index.ts';
import { slashPieces } from '../../src/names/score/org-slash.ts';

const org = { schema: 'Organization' as const };

test('stop words count when a name is compared written solid (vanderbilt / van der bilt)', () => {
  assert.equal(compareNames('vanderbilt corp', 'van der bilt corp', org).match, true);
  // The stop word is still not a word of its own: "Bank of Minsk" and "Bank Minsk" pair word for word.
  assert.equal(scoreOrgNames('Bank of Minsk', 'Bank Minsk'), 1);
  assert.deepEqual(
    parseOrgName('van der bilt corp', { keepStopWords: true }).map((t) => t.stop ?? false),
    [false, true, false, false],
  );
  assert.equal(
    parseOrgName('van der bilt corp').some((t) => t.text === 'der'),
    false,
  );
});

test('names a slash separates are also compared one by one, and the explanation says which', () => {
  const e = explainOrgNames('Al Qaeda', "Al-Qa'ida/Islamic Army");
  assert.ok(e.score >= 0.9, String(e.score));
  assert.deepEqual(e.compared, { a: 'Al Qaeda', b: "Al-Qa'ida" });
  // Whole names that match as they are need no alternative.
  assert.equal(explainOrgNames('Al Qaeda', 'Al Qaeda').compared, undefined);
  // An alternative only ever raises the score to its own: unrelated parts do not match.
  assert.equal(compareNames('Islamic Relief', "Al-Qa'ida/Islamic Army", org).match, false);
});

test('two distinctive words pair only when close: shared generic words do not make Sparkles into Sporks', () => {
  assert.equal(compareNames('Sparkles Business Corporation', 'Sporks Business Corporation', org).match, false);
  // A spelling variant of the distinctive word still pairs.
  assert.equal(compareNames('Belaruskali Business Corporation', 'Belaruskaliy Business Corporation', org).match, true);
});

test('a slash between single letters (A/S, S/A) is part of an abbreviation, not a separator of names', () => {
  assert.deepEqual(slashPieces('Nordlys Denmark A/S'), ['Nordlys Denmark A/S']);
  assert.deepEqual(slashPieces('Fjordkraft A/S / Nordlys Energi'), ['Fjordkraft A/S', 'Nordlys Energi']);
  assert.deepEqual(slashPieces('Harbour Trading/Coastal Freight'), ['Harbour Trading', 'Coastal Freight']);
  // Two companies sharing only the legal form do not match through its letters.
  assert.equal(compareNames('Nordlys Denmark A/S', 'Fjordkraft Norge A/S', { schema: 'Organization' }).match, false);
});

test('written solid, two names are compared without the concepts they share (Polotsk / Bu Ali Sina Petrochemical Company)', () => {
  const org = { schema: 'Organization' as const };
  // The shared "petrochemical company" had made the two strings 0.82 alike: an alert at 0.78.
  for (const town of ['Polotsk', 'Zhlobin']) {
    const r = compareNames(`${town} Petrochemical Company`, 'BU ALI SINA PETROCHEMICAL COMPANY', org);
    assert.equal(r.match, false, `${town} ${r.score}`);
  }
  // Words merged or split still meet, with or without a shared descriptor or a stop word.
  for (const [a, b] of [
    ['Bel Neftekhim Concern', 'Belneftekhim Concern'],
    ['Van der Bilt Holding', 'Vanderbilt Holding'],
    ['Sea Bird Shipping Company', 'Seabird Shipping Company'],
  ])
    assert.equal(compareNames(a!, b!, org).match, true, `${a} / ${b}`);
});
