/**
 * Negative control: organisations and people that are not listed, written to resemble listed
 * names (a shared given name, surname, city or descriptor; a look-alike short word), screened
 * against the OFAC SDN list of January 2023 (with its aliases) and the UN consolidated list in
 * test/fixtures/lists. None may reach the match threshold. By construction every name differs
 * from what it resembles by at least one whole component (a given name, a surname, a surname
 * formation, a distinctive word): a one-letter variant of a listed name (Magnus Holding /
 * MAGUS HOLDING) is a possible misspelling, which screening is meant to show.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { buildCandidateIndex, compareNames, screenName } from '../../src/names/index.ts';
import { listedEntries } from '../helpers/listed-names.ts';

const controls = parse(readFileSync(new URL('../fixtures/names/negative-control.csv', import.meta.url)), { columns: true, bom: true }) as Record<
  string,
  string
>[];

test('not-listed names that resemble listed ones raise no alert (OFAC 2023 + UN)', () => {
  const entries = listedEntries();
  assert.ok(entries.length > 10_000);
  const index = buildCandidateIndex(entries);
  assert.ok(controls.length >= 35);
  for (const c of controls) {
    for (const schema of [c.schema, undefined]) {
      const alerts = screenName(index, c.name!, { schema, limit: 5 }).filter((r) => r.match);
      assert.deepEqual(
        alerts.map((r) => `${r.score} ${r.name}`),
        [],
        `${c.name} (${schema ?? 'any schema'})`,
      );
    }
  }
  // The listed names themselves are found (the index is not simply empty of them).
  assert.ok(screenName(index, 'Nicolas Maduro Moros', { schema: 'Person' })[0]!.match);
  assert.ok(screenName(index, 'Belaoua', { schema: 'Person' })[0]!.match);
});

test('surnames of one stem and different formations are different names (Miklashevsky / Miklashevich)', () => {
  assert.equal(compareNames('Petr Miklashevsky', 'MIKLASHEVICH, Petr Petrovich').match, false);
  // Romanisations and genders of one formation still pair.
  assert.equal(compareNames('Siarhei Tsikhanouski', 'Сергей Тихановский').match, true);
  assert.equal(compareNames('Piotr Miklaszewicz', 'MIKLASHEVICH, Petr Petrovich').match, true);
});
