import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, explainOrgNames } from '../../src/names/index.ts';
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

test('a partial acronym alone does not make a match (BLO, BLA / Belavia), with another word it does (GPO Azot)', () => {
  for (const acronym of ['BLO', 'BLA']) {
    const r = explainOrgNames('Belavia', acronym);
    assert.ok(r.score < 0.75, acronym);
    assert.ok(
      r.penalties.some((p) => /partial acronym/u.test(p.reason)),
      acronym,
    );
  }
  assert.equal(compareNames('GPO Azot', 'Гродно Азот', org).match, true);
});

test('descriptor and place words the longer name adds weigh little (Belavia / Belavia Belarusian Airlines)', () => {
  assert.equal(compareNames('Белавиа', 'BELAVIA BELARUSIAN AIRLINES', org).match, true);
  assert.equal(compareNames('Belavia', 'Belavia Airlines', org).match, true);
  // A distinctive extra word still costs: Belavia is not "Belavia Grodno Tours".
  assert.ok(compareNames('Belavia', 'Belavia Grodno Tours', org).score < compareNames('Belavia', 'Belavia Airlines', org).score);
});
