/**
 * OpenSanctions targets.simple.csv (FORMATS.md §5.2). Expected from Python's csv.DictReader:
 *   10 rows, all Person; aliases split on ";" →
 *   python3 -c "import csv;R=list(csv.DictReader(open(F)));print(len(R),sum(len([a for a in r['aliases'].split(';') if a and a!=r['name']]) for r in R))"
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { LeverageError } from '../../../../../src/domain/errors.ts';
import { fixture, readBytes, readFixture, totals } from '../../helpers.ts';

const F = 'opensanctions-targets-simple-csv__khongdudinhdoikhongne_ftm__targets.simple.csv';

test('sample: rows by header name, ";"-joined aliases', async () => {
  const rows = parse(readFileSync(fixture(F)), { columns: true }) as Record<string, string>[];
  const expectedAliases = rows.reduce((s, r) => s + r.aliases.split(';').filter((a) => a && a !== r.name).length, 0);
  const { designations, format, published } = await readFixture(F);
  assert.equal(format, 'targets-simple-csv');
  assert.equal(published, '2024-03-09');
  const t = totals(designations.values());
  assert.equal(t.entities, 10);
  assert.equal(t.aliases, expectedAliases);
  assert.deepEqual(designations.get('Q262597')!.nationalities, ['sa']);
  assert.deepEqual(designations.get('Q262597')!.birthDates, ['1948-01-01']);
});

test('newer layout with program_ids, columns in another order', async () => {
  const csv = '"id","name","schema","program_ids","aliases"\n"x1","BELARUSKALI","Company","US-BRUS;EU-BLR","Беларуськалий"\n';
  const { designations } = await readBytes('t.csv', Buffer.from(csv));
  assert.deepEqual(designations.get('x1')!.programmes, ['US-BRUS', 'EU-BLR']);
});

test('header without id/schema/name → unknown_column', async () => {
  await assert.rejects(
    readBytes('t.csv', Buffer.from('"id","schema","name"\n'.replace('"name"', '"nom"') + '"a","Person","b"\n'), 'targets-simple-csv'),
    (e: unknown) => e instanceof LeverageError && e.code === 'unknown_column',
  );
});
