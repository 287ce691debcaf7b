/**
 * UN SC consolidated XML (FORMATS.md §4) on the complete 2018 file. Expected from ElementTree:
 *   703 INDIVIDUAL + 390 ENTITY; *_ALIAS names split on "; " after collapsing whitespace → 2721
 *   (QUALITY Low → 599 weak; f.k.a. → 15 former); 411 non-empty NAME_ORIGINAL_SCRIPT; 950 address
 *   elements with any non-empty child; 13 distinct UN_LIST_TYPE.
 *   python3 -c "…re.split(r';\s+',' '.join((a.findtext('ALIAS_NAME') or '').split()))…"
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFixture, totals } from '../../helpers.ts';

const F = 'un-sc-xml__perchrh_sanction_list_search__consolidated.xml';

test('2018 list: exact counts', async () => {
  const { designations, published, format } = await readFixture(F);
  assert.equal(format, 'un-sc-xml');
  assert.equal(published, '2018-10-29');
  const t = totals(designations.values());
  assert.equal(t.entities, 1093);
  assert.deepEqual(t.kinds, { person: 703, organisation: 390 });
  assert.equal(t.names, 1093 + 2721 + 411);
  assert.equal(t.weak, 599);
  assert.equal(t.former, 15);
  assert.equal(t.addresses, 950);
  assert.equal(t.programmes.size, 13);
});

test('padded values are trimmed: <FIRST_NAME> RI </FIRST_NAME>, <NUMBER> 381310014</NUMBER>', async () => {
  const { designations } = await readFixture(F);
  const d = designations.get('6908555')!;
  assert.equal(d.names[0].value, 'RI WON HO');
  assert.ok(d.identifiers.some((i) => i.type === 'Passport' && i.value === '381310014'));
  assert.deepEqual(d.birthDates, ['1964-07-17']);
  assert.equal(d.listedOn, '2016-11-30');
  assert.deepEqual(d.programmes, ['DPRK']);
});

test('no Belarus regime at the UN (negative control)', async () => {
  const { designations } = await readFixture(F);
  assert.equal([...designations.values()].filter((d) => d.programmes.some((p) => /belarus/i.test(p))).length, 0);
});

/** The full 2025 list shipped in data/lists/ (SOURCES.md there). */
async function read2025() {
  const { fileURLToPath } = await import('node:url');
  const { collectDesignations, openInput, readList } = await import('../../../../../src/ingest/lists/index.ts');
  const input = await openInput(fileURLToPath(new URL('../../../../../data/lists/un-sc-consolidated_2025-11-20.xml', import.meta.url)), { warnings: [] });
  return collectDesignations(readList(input, 'un-sc-xml'));
}

test('2025 list: birth dates given only as notes are read and the notes kept (Joseph Kony)', async () => {
  const { designations, published } = await read2025();
  assert.equal(published, '2025-11-20');
  const kony = [...designations.values()].find((d) => d.names[0].value === 'JOSEPH KONY')!;
  for (const day of ['1961-08', '1961-07', '1963-04']) assert.ok(kony.birthDates.includes(day), day);
  assert.deepEqual(
    kony.otherInfo.filter((o) => o.type === 'birth_date_note').map((o) => o.value),
    ['August 1961', 'July 1961', 'April 1963'],
  );
});

test('2025 list: street parts of birthplaces are kept', async () => {
  const { designations } = await read2025();
  const places = [...designations.values()].flatMap((d) => d.birthPlaces);
  assert.ok(
    places.some((p) => p.startsWith('Karandaryi Cell, Mwiyanike Sector, Karago Commune')),
    'street of a birthplace',
  );
  assert.ok(places.some((p) => p.startsWith('Manono Territory')));
});
