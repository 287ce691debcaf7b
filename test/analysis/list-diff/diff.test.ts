/**
 * Diffs and candidate measures (pure), on the real OFAC sdn.csv of January 2019 (moov-io/watchman)
 * and January 2023 (loudringphone/sancbook, re-serialised). Expected figures were checked with
 * Python: set(ids with 'BELARUS' in 2023 Program) - set(ids in 2019) etc.
 *   python3: 2019 BELARUS ids 25; 2023 BELARUS 73, BELARUS-EO14038 91; none of the 2019 ids disappear.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyDesignation } from '../../../src/domain/designation.ts';
import { deriveMeasures, diffDesignations, isCountryProgramme, linkCuratedMeasures } from '../../../src/analysis/list-diff/index.ts';
import { SHIPPED_PROGRAMMES as BELARUS_PROGRAMMES } from '../../helpers/country.ts';
import { readFixture } from '../../ingest/lists/helpers.ts';

const A = { id: 'sdn-2019', source: 'us-ofac-sdn', published: '2019-01-15', missing: [] as string[] };
const B = { id: 'sdn-2023', source: 'us-ofac-sdn', published: '2023-01-21', missing: ['names'] };

async function load() {
  const a = await readFixture('ofac-sdn-csv__moov-io_watchman__sdn.csv', [
    'ofac-add-csv__moov-io_watchman__add.csv',
    'ofac-alt-csv__moov-io_watchman__alt.csv',
  ]);
  const b = await readFixture('ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv', [
    'ofac-add-csv__loudringphone_sancbook__sdn_address_2023-01_reserialised.csv',
  ]);
  return [a.designations.values(), b.designations.values()] as const;
}

test('BELARUS 2019 → 2023: 48 designated, none delisted, Lukashenka amended on his primary spelling', async () => {
  const [a, b] = await load();
  const diff = diffDesignations(A, a, B, b, { programme: 'BELARUS' });
  assert.equal(diff.designated.length, 48);
  assert.equal(diff.delisted.length, 0);
  assert.equal(diff.designated.length + diff.amended.length + diff.unchanged, 73);
  assert.deepEqual(diff.skippedFields, ['names']); // the 2023 set has no alt.csv
  const luka = diff.amended.find((e) => e.sourceId === '9760')!;
  assert.equal(luka.previousName, 'LUKASHENKA, Alyaksandr Hryhoryavich');
  assert.equal(luka.name, 'LUKASHENKA, Alyaksandr Ryhorovich');
  assert.ok(luka.fields.includes('primary_name'));
  assert.ok(diff.designated.some((e) => e.sourceId === '30627')); // Belarus CEC, 2020 listing
});

test('BELARUS-EO14038: a new programme, so candidate measure action is impose', async () => {
  const [a, b] = await load();
  const diff = diffDesignations(A, a, B, b, { programme: 'BELARUS-EO14038' });
  assert.equal(diff.designated.length, 91);
  const measures = deriveMeasures(diff, BELARUS_PROGRAMMES);
  assert.equal(measures.length, 1);
  assert.equal(measures[0].action, 'impose');
  assert.equal(measures[0].issuer, 'US');
  assert.equal(measures[0].date, '2023-01-21');
  assert.equal(measures[0].targets.length, 91);
  assert.ok(measures[0].targets.some((t) => t.sourceId === '32746')); // BELARUSKALI OAO
  assert.deepEqual(measures[0].snapshots, ['sdn-2019', 'sdn-2023']);
});

test('whole-list diff: BELARUS expands; curated measures link inside the window only', async () => {
  const [a, b] = await load();
  const diff = diffDesignations(A, a, B, b);
  const measures = deriveMeasures(diff, BELARUS_PROGRAMMES);
  assert.deepEqual(
    measures.map((m) => [m.programme, m.action, m.targets.length]),
    [
      ['BELARUS', 'expand', 48],
      ['BELARUS-EO14038', 'impose', 91],
    ],
  );
  const curated = [
    { id: 'm-2021-08-09', date: '2021-08-09', issuer: 'US', action: 'impose', programme: ['BELARUS-EO14038'] },
    { id: 'm-2023-03-24', date: '2023-03-24', issuer: 'US', action: 'expand', programme: ['BELARUS-EO14038'] }, // BelAZ/MAZ: after the snapshot
    { id: 'm-eu', date: '2021-08-09', issuer: 'EU', action: 'impose', programme: 'BLR' },
  ];
  const linked = linkCuratedMeasures(measures, curated, { from: A.published, toleranceDays: 7 });
  assert.deepEqual(linked.find((m) => m.programme === 'BELARUS-EO14038')!.curatedMeasureIds, ['m-2021-08-09']);
  assert.deepEqual(linked.find((m) => m.programme === 'BELARUS')!.curatedMeasureIds, []);
});

test('delisting: an id that disappears; amendment lists the changed fields', () => {
  const base = {
    listSource: 'us-ofac-sdn' as const,
    entityKind: 'organisation' as const,
    legalBasis: [],
    identifiers: [],
    addresses: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    titles: [],
    otherInfo: [],
  };
  const a = [
    { ...base, sourceId: '1', names: [{ value: 'BELAVIA', kind: 'primary' as const }], programmes: ['BELARUS-EO14038'] },
    { ...base, sourceId: '2', names: [{ value: 'BELARUSKALI', kind: 'primary' as const }], programmes: ['BELARUS-EO14038'] },
  ];
  const b = [
    { ...base, sourceId: '2', names: [{ value: 'BELARUSKALI', kind: 'primary' as const }], programmes: ['BELARUS-EO14038'], remarks: 'Linked To: X.' },
  ];
  const diff = diffDesignations({ ...A, missing: [] }, a, { ...B, missing: [] }, b);
  assert.deepEqual(
    diff.delisted.map((e) => e.sourceId),
    ['1'],
  );
  assert.deepEqual(
    diff.amended.map((e) => e.fields),
    [['remarks']],
  );
  assert.deepEqual(
    deriveMeasures(diff, BELARUS_PROGRAMMES).map((m) => [m.action, m.targets.map((t) => t.name)]),
    [['delist', ['BELAVIA']]],
  );
});

test("candidate measures follow the country given: another country's programmes, its legal acts, none of Belarus", () => {
  const d = (id: string, programmes: string[]) => ({
    ...emptyDesignation('us-ofac-sdn', id, 'person'),
    names: [{ value: `P${id}`, kind: 'primary' as const }],
    programmes,
  });
  const diff = diffDesignations(A, [d('1', ['BELARUS'])], B, [d('1', ['BELARUS']), d('2', ['RUSSIA-EO14024']), d('3', ['BELARUS'])]);
  const russia = { tags: ['RUS'], words: ['russia'], legalActs: { 'RUSSIA-EO14024': 'Executive Order 14024' } };
  assert.deepEqual(
    deriveMeasures(diff, russia).map((m) => [m.programme, m.action, m.legalAct, m.targets.map((t) => t.sourceId)]),
    [['RUSSIA-EO14024', 'impose', 'Executive Order 14024', ['2']]],
  );
  assert.deepEqual(
    deriveMeasures(diff, BELARUS_PROGRAMMES).map((m) => [m.programme, m.action, m.legalAct]),
    [['BELARUS', 'expand', 'Executive Order 13405']],
  );
  assert.ok(
    isCountryProgramme('BLR', BELARUS_PROGRAMMES) && isCountryProgramme('The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019', BELARUS_PROGRAMMES),
  );
  assert.ok(!isCountryProgramme('BLRX', BELARUS_PROGRAMMES) && !isCountryProgramme('RUSSIA-EO14024', BELARUS_PROGRAMMES));
});
