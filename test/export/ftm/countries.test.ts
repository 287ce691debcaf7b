/**
 * Country names of the shipped lists become FtM country codes (issue 17, part 3): every
 * nationality of the UN 2025 list and all but three non-country values of the OFAC 2023 list, where
 * the export used to lose 139 and 285 ("Korea, North", "Burma", "Russian Federation"…).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { designationToFtm, ftmCountry } from '../../../src/export/ftm/export.ts';
import { collectDesignations, openInput, readList } from '../../../src/ingest/lists/index.ts';

const shipped = (name: string) => fileURLToPath(new URL(`../../../data/lists/${name}`, import.meta.url));

async function read(name: string, format: string) {
  const input = await openInput(shipped(name), { warnings: [] });
  return [...(await collectDesignations(readList(input, format))).designations.values()];
}

test('list spellings of countries resolve to FtM codes', () => {
  const cases: [string, string | undefined][] = [
    ['Korea, North', 'kp'],
    ["Democratic People's Republic of Korea", 'kp'],
    ['Burma', 'mm'],
    ['Russian Federation', 'ru'],
    ['Iran (Islamic Republic of)', 'ir'],
    ['Congo, Democratic Republic of the', 'cd'],
    ['North Macedonia, The Republic of', 'mk'],
    ['Belarus', 'by'],
    ['St. Kitts & Nevis', 'kn'],
    ['BY', 'by'],
    ['Türkiye', 'tr'],
    ['Turkey', 'tr'],
    ['Atlantis', undefined],
  ];
  for (const [name, code] of cases) assert.equal(ftmCountry(name), code, name);
});

test('UN 2025: every nationality exports as an FtM code', async () => {
  const ds = await read('un-sc-consolidated_2025-11-20.xml', 'un-sc-xml');
  const values = ds.flatMap((d) => d.nationalities);
  assert.equal(values.length, 649);
  assert.deepEqual(
    values.filter((v) => !ftmCountry(v)),
    [],
  );
  const kim = ds.find((d) => d.nationalities.includes("Democratic People's Republic of Korea") && d.entityKind === 'person')!;
  const [person] = designationToFtm(kim);
  assert.ok(person.properties.nationality?.includes('kp'));
});

test('OFAC 2023: only values that are not countries stay in notes', async () => {
  const ds = await read('ofac-sdn_2023-01-21_sdn_reserialised.csv', 'ofac-csv');
  const lost = ds.flatMap((d) => d.nationalities).filter((v) => !ftmCountry(v));
  assert.deepEqual([...new Set(lost)], ['possibly Palestinian;arrested 23 Apr 2002']);
});
