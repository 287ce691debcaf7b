/**
 * Every exported entity of every shipped list (`data/lists/lists.json`) and of every sample file
 * (`test/fixtures/lists/`) validates, entity by entity, against `@alephdata/followthemoney`'s
 * model (`assertValid`, library API only) and `ftmProblems`; phone and e-mail values included.
 * Identifiers become `Identification` / `Passport` entities naming their holder. Phone numbers
 * not in E.164 and malformed e-mails stay in the notes, never in `phone` / `email`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { emptyDesignation } from '../../../src/domain/designation.ts';
import { designationToFtm, ftmEmail, ftmPhone, ftmProblems, storedToFtm, type FtmExportEntity } from '../../../src/export/ftm/index.ts';
import { collectDesignations, detectFormat, openInput, readList } from '../../../src/ingest/lists/index.ts';
import { fixture } from '../../ingest/lists/helpers.ts';
import { assertValid } from './helpers.ts';

const dataLists = (name: string) => fileURLToPath(new URL(`../../../data/lists/${name}`, import.meta.url));

/** The sample files that are lists (side tables of an OFAC CSV set are read with their primary). */
const SAMPLES: [string, string[]][] = [
  [
    'ofac-sdn-csv__moov-io_watchman__sdn.csv',
    ['ofac-add-csv__moov-io_watchman__add.csv', 'ofac-alt-csv__moov-io_watchman__alt.csv', 'ofac-sdn-comments-csv__moov-io_watchman__sdn_comments.csv'],
  ],
  ['ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv', ['ofac-add-csv__loudringphone_sancbook__sdn_address_2023-01_reserialised.csv']],
  [
    'ofac-cons-csv__moov-io_watchman__cons_prim.csv',
    ['ofac-cons-csv__moov-io_watchman__cons_add.csv', 'ofac-cons-csv__moov-io_watchman__cons_alt.csv', 'ofac-cons-csv__moov-io_watchman__cons_comments.csv'],
  ],
  ['ofac-legacy-xml__perchrh_sanction_list_search__consolidated.xml', []],
  ['ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml', []],
  ['eu-fsf-xml__GSmiguel_sanctions_lists_etl__sample_eu_fsf.xml', []],
  ['uk-fcdo-xml__GSmiguel_sanctions_lists_etl__sample_uk_sanctions.xml', []],
  ['un-sc-xml__perchrh_sanction_list_search__consolidated.xml', []],
  ['opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json', []],
  ['opensanctions-ftm-jsonl__opensanctions_yente__zala_entities.ftm.json', []],
  ['opensanctions-targets-simple-csv__khongdudinhdoikhongne_ftm__targets.simple.csv', []],
  ...['20240527194702-wnk', '20240528014702-pfh', '20240528134729-3iv'].map((v): [string, string[]] => [
    `opensanctions-delta-jsonl__opensanctions_yente__t2_${v}_entities.delta.json`,
    [],
  ]),
];

async function exported(path: string, sides: string[]): Promise<FtmExportEntity[]> {
  const input = await openInput(path, { warnings: [] });
  const sideInputs = await Promise.all(sides.map((s) => openInput(s, { warnings: [] })));
  const { designations } = await collectDesignations(readList(input, detectFormat(input.probe.head, path), { sides: sideInputs }));
  assert.ok(designations.size > 0, path);
  return [...designations.values()].flatMap((d) => designationToFtm(d));
}

function validateAll(file: string, entities: FtmExportEntity[]): void {
  const ids = new Set(entities.map((e) => e.id));
  assert.equal(ids.size, entities.length, `${file}: ids are unique`);
  for (const e of entities) {
    assertValid(e);
    if (e.schema === 'Identification' || e.schema === 'Passport') assert.ok(ids.has(e.properties.holder[0]), `${e.id}: holder exported`);
  }
}

test('every shipped list exports entity by entity as valid FtM', async () => {
  const { snapshots } = JSON.parse(readFileSync(dataLists('lists.json'), 'utf8')) as { snapshots: { files: string[] }[] };
  let n = 0;
  for (const s of snapshots) {
    const [primary, ...sides] = s.files.map(dataLists);
    const entities = await exported(primary, sides);
    validateAll(s.files[0], entities);
    n += entities.length;
  }
  assert.ok(n > 20_000, `${n} entities`);
});

test('every sample file exports entity by entity as valid FtM; zala also as stored whole', async () => {
  let identifications = 0;
  for (const [file, sides] of SAMPLES) {
    const entities = await exported(fixture(file), sides.map(fixture));
    validateAll(file, entities);
    identifications += entities.filter((e) => e.schema === 'Identification' || e.schema === 'Passport').length;
  }
  assert.ok(identifications > 1000, `${identifications} identifications`);
  for (const line of readFileSync(fixture('opensanctions-ftm-jsonl__opensanctions_yente__zala_entities.ftm.json'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = storedToFtm(JSON.parse(line));
    assert.deepEqual(ftmProblems(e, { sourceGaps: true }), [], e.id);
  }
});

test('an identifier becomes an Identification (a passport a Passport) naming its holder, its number also on the holder', () => {
  const d = emptyDesignation('us-ofac-sdn', '9999', 'person');
  d.names.push({ value: 'Example Person', kind: 'primary', script: 'Latn' });
  d.identifiers.push({ type: 'Passport', value: 'MP1234567', country: 'Belarus', note: 'issued 2010' }, { type: 'National ID No.', value: '3141592A001PB6' });
  const [person, , passport, id] = designationToFtm(d);
  assert.deepEqual(person.properties.passportNumber, ['MP1234567']);
  assert.equal(passport.schema, 'Passport');
  assert.deepEqual(passport.properties.holder, [person.id]);
  assert.deepEqual(passport.properties.number, ['MP1234567']);
  assert.deepEqual(passport.properties.country, ['by']);
  assert.deepEqual(passport.properties.summary, ['issued 2010']);
  assert.equal(id.schema, 'Identification');
  assert.deepEqual(id.properties.type, ['National ID No.']);
  for (const e of [person, passport, id]) assertValid(e);
});

test('phone numbers must be E.164 and e-mails addresses; the others stay in the notes', () => {
  assert.equal(ftmPhone('+375 17 200-00-00'), '+375172000000');
  assert.equal(ftmPhone('00 44 20 7946 0000'), '+442079460000');
  assert.equal(ftmPhone('(017) 200 00 00'), undefined); // no country prefix: not guessed
  assert.equal(ftmPhone('+1'), undefined);
  assert.equal(ftmEmail('info@example.org'), 'info@example.org');
  assert.equal(ftmEmail('info[at]example.org'), undefined);
  assert.equal(ftmEmail('a@b'), undefined);
  const d = emptyDesignation('eu-fsf', 'EU.1.1', 'organisation');
  d.names.push({ value: 'Example Trading', kind: 'primary', script: 'Latn' });
  d.otherInfo.push(
    { type: 'phone', value: '+375 17 200-00-00' },
    { type: 'phone', value: '200 00 00' },
    { type: 'email', value: 'info[at]example.org' },
    { type: 'email', value: 'x@example.org' },
  );
  const [org] = designationToFtm(d);
  assert.deepEqual(org.properties.phone, ['+375172000000']);
  assert.deepEqual(org.properties.email, ['x@example.org']);
  assert.ok(org.properties.notes!.includes('phone: 200 00 00'));
  assert.ok(org.properties.notes!.includes('email: info[at]example.org'));
  assertValid(org);
  assert.deepEqual(ftmProblems({ id: 'x', schema: 'Organization', properties: { name: ['X'], phone: ['200 00 00'] } }), [
    'phone: "200 00 00" is not a valid phone',
  ]);
});
