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
import { buildCandidateIndex, compareNames, screenName, type ScreeningEntry } from '../../src/names/index.ts';

const lists = (file: string) => new URL(`../fixtures/lists/${file}`, import.meta.url);

function listedEntries(): ScreeningEntry[] {
  const entries: ScreeningEntry[] = [];
  const sdn = parse(readFileSync(lists('ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv')), {
    columns: true,
    bom: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  const alt = parse(readFileSync(lists('ofac-alt-csv__moov-io_watchman__alt.csv')), { relax_column_count: true, relax_quotes: true }) as string[][];
  const aliases = new Map<string, string[]>();
  for (const r of alt) aliases.set(r[0]!, [...(aliases.get(r[0]!) ?? []), r[3]!]);
  for (const r of sdn) {
    const type = r.Type?.trim();
    const schema = type === 'individual' ? 'Person' : type === '-0-' ? 'Organization' : undefined;
    if (schema) entries.push({ id: `ofac:${r.ID}`, schema, names: [r.Name!, ...(aliases.get(r.ID!) ?? [])] });
  }
  // The UN XML read for names only: name parts and aliases of each individual and entity.
  const xml = readFileSync(lists('un-sc-xml__perchrh_sanction_list_search__consolidated.xml'), 'utf8');
  const text = (s: string | undefined) => (s ?? '').replace(/<[^>]*>/gu, '').trim();
  const field = (body: string, tag: string) => text(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'u').exec(body)?.[1]);
  for (const [kind, schema] of [
    ['INDIVIDUAL', 'Person'],
    ['ENTITY', 'Organization'],
  ] as const) {
    for (const m of xml.matchAll(new RegExp(`<${kind}>([\\s\\S]*?)</${kind}>`, 'gu'))) {
      const body = m[1]!;
      const full = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
        .map((t) => field(body, t))
        .filter(Boolean)
        .join(' ');
      const als = [...body.matchAll(/<ALIAS_NAME>([\s\S]*?)<\/ALIAS_NAME>/gu)].map((a) => text(a[1]));
      entries.push({ id: `un:${field(body, 'DATAID')}`, schema, names: [full, ...als].filter(Boolean) });
    }
  }
  return entries;
}

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
