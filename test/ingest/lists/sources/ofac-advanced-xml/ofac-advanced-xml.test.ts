/**
 * OFAC advanced XML (FORMATS.md §1.3) on the real 2026 excerpt. Expected numbers:
 *   grep -c '<DistinctParty ' F → 4;  grep -c '<DocumentedName ' F → 11;  grep -c '<SanctionsEntry ' F → 4;
 *   grep -o 'FeatureTypeID="25"' F | wc -l → 4 Location features (2 point at a real address part; 2 at
 *   AreaCode 11291 "undetermined", which has no parts, so 2 addresses).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LeverageError } from '../../../../../src/domain/errors.ts';
import { datePeriodToEdtf, type XmlNode } from '../../../../../src/ingest/lists/index.ts';
import { readBytes, readFixture, totals } from '../../helpers.ts';

const F = 'ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml';

test('sample: parties joined with their later SanctionsEntries', async () => {
  const { designations, published, format } = await readFixture(F);
  assert.equal(format, 'ofac-advanced-xml');
  assert.equal(published, '2026-09-09');
  const t = totals(designations.values());
  assert.equal(t.entities, 4);
  assert.equal(t.names, 11);
  assert.deepEqual(t.kinds, { organisation: 1, person: 1, vessel: 1, aircraft: 1 });
  assert.deepEqual([...t.programmes].sort(), ['CUBA', 'SDGT']);
  assert.equal(designations.get('36')!.listedOn, '1986-12-10');
  assert.equal(designations.get('36')!.names[0].value, 'AEROCARIBBEAN AIRLINES'); // same id as CSV ent_num 36
  assert.equal(designations.get('36')!.addresses[0].full, 'Havana, Cuba');
});

test('an alias with a Latin and an Arabic DocumentedName gives two names with scripts', async () => {
  const { designations } = await readFixture(F);
  const d = designations.get('2677')!;
  assert.equal(d.names[0].value, 'Al-Zomor, Abboud Abdul Latif Hassan');
  assert.equal(d.names[0].kind, 'primary');
  assert.ok(d.names.some((n) => n.script === 'Arab' && n.value === 'الزمر, عبود عبداللطيف حسن'));
  assert.deepEqual(d.birthDates, ['1947-04-19']);
  assert.deepEqual(d.nationalities, ['Egypt']);
});

test('features: non-identifiers (Secondary sanctions risk) kept apart from identifiers (MSN)', async () => {
  const { designations } = await readFixture(F);
  const plane = designations.get('15432')!;
  assert.ok(plane.identifiers.some((i) => i.type === "Aircraft Manufacturer's Serial Number (MSN)" && i.value === '1013409297'));
  assert.ok(plane.otherInfo.some((o) => o.type === 'Secondary sanctions risk:'));
  assert.ok(!plane.identifiers.some((i) => i.type === 'Secondary sanctions risk:'));
  // Aircraft Manufacture Date 1991-01-01…1991-12-31 collapses to the year.
  assert.ok(plane.otherInfo.some((o) => o.type === 'Aircraft Manufacture Date' && o.value === '1991'));
});

test('DatePeriod: a year written Jan-1…Dec-31 collapses to YYYY; a day range stays an interval', () => {
  const ymd = (y: string, m: string, d: string): XmlNode => ({
    name: 'x',
    attrs: {},
    text: '',
    children: [
      ['Year', y],
      ['Month', m],
      ['Day', d],
    ].map(([name, text]) => ({ name, attrs: {}, text, children: [] })),
  });
  const side = (name: string, from: XmlNode, to: XmlNode): XmlNode => ({
    name,
    attrs: {},
    text: '',
    children: [
      { ...from, name: 'From' },
      { ...to, name: 'To' },
    ],
  });
  const period = (a: XmlNode, b: XmlNode): XmlNode => ({ name: 'DatePeriod', attrs: {}, text: '', children: [side('Start', a, a), side('End', b, b)] });
  assert.equal(datePeriodToEdtf(period(ymd('1960', '1', '1'), ymd('1960', '12', '31'))), '1960');
  assert.equal(datePeriodToEdtf(period(ymd('1958', '1', '1'), ymd('1960', '12', '31'))), '1958/1960');
});

test('data before ReferenceValueSets is a clean error', async () => {
  const xml = '<Sanctions><DistinctParties><DistinctParty FixedRef="1"><Profile ID="1" PartySubTypeID="4"/></DistinctParty></DistinctParties></Sanctions>';
  await assert.rejects(
    readBytes('adv.xml', Buffer.from(xml), 'ofac-advanced-xml'),
    (e: unknown) => e instanceof LeverageError && e.code === 'bad_format' && !!e.location?.line,
  );
});
