/**
 * FollowTheMoney export (issue 5 item 7). Validation is done with `@alephdata/followthemoney`'s
 * own model, independently of `ftmProblems`: the schema exists and is concrete, `Model.getEntity`
 * accepts the entity (it throws on a property the schema does not have), every property exists on
 * the schema, required properties (own and inherited) are present, closed vocabularies (country,
 * gender, topic) hold. Real sample designations of every format round-trip names and programmes
 * through the project's own FtM importer; a Cyrillic alias keeps its script; registry actors and the
 * `export ftm` command are exercised on a store.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { Command } from 'commander';
import type { Designation } from '../../../src/domain/designation.ts';
import { actorToFtm, designationToFtm, type FtmExportEntity } from '../../../src/export/ftm/index.ts';
import { collectDesignations, openInput, readList } from '../../../src/ingest/lists/index.ts';
import { scriptCode } from '../../../src/names/script.ts';
import { registerExportCommands } from '../../../src/cli/export.ts';
import { writeFtm } from '../../../src/app/index.ts';
import { openStore, type Store } from '../../../src/store/db.ts';
import { importListFiles } from '../../../src/app/index.ts';
import { TEST_ACTOR } from '../../helpers/store.ts';
import { migrate } from '../../../src/store/migrate.ts';
import { fixture, readBytes, readFixture } from '../../ingest/lists/helpers.ts';
import { assertValid } from './helpers.ts';

const SAMPLES: [string, string[]][] = [
  [
    'ofac-sdn-csv__moov-io_watchman__sdn.csv',
    ['ofac-add-csv__moov-io_watchman__add.csv', 'ofac-alt-csv__moov-io_watchman__alt.csv', 'ofac-sdn-comments-csv__moov-io_watchman__sdn_comments.csv'],
  ],
  ['ofac-legacy-xml__perchrh_sanction_list_search__consolidated.xml', []],
  ['ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml', []],
  ['eu-fsf-xml__GSmiguel_sanctions_lists_etl__sample_eu_fsf.xml', []],
  ['uk-fcdo-xml__GSmiguel_sanctions_lists_etl__sample_uk_sanctions.xml', []],
  ['un-sc-xml__perchrh_sanction_list_search__consolidated.xml', []],
  ['opensanctions-ftm-jsonl__opensanctions_yente__t1_entities.ftm.json', []],
];

/** Reads exported JSON lines back through the project's FtM importer. */
async function reimport(entities: FtmExportEntity[]): Promise<Map<string, Designation>> {
  const bytes = Buffer.from(`${entities.map((e) => JSON.stringify(e)).join('\n')}\n`);
  const input = await openInput('export.ftm.json', { bytes });
  return (await collectDesignations(readList(input, 'ftm-jsonl'))).designations;
}

/** Names as an FtM round trip can keep them: one kind per value, by property precedence (name, alias, weakAlias, previousName). */
function expectedNames(d: Designation): string[] {
  const rank = { primary: 0, alias: 1, weak_alias: 2, former: 3 };
  const best = new Map<string, Designation['names'][number]['kind']>();
  for (const n of d.names) if (!best.has(n.value) || rank[n.kind] < rank[best.get(n.value)!]) best.set(n.value, n.kind);
  return [...best].map(([v, k]) => `${k}:${v}`).sort();
}

test('every designation of every real sample exports as valid FtM entities and round-trips names and programmes', async () => {
  let checked = 0;
  for (const [file, sides] of SAMPLES) {
    const { designations } = await readFixture(file, sides);
    assert.ok(designations.size > 0, file);
    const exported = [...designations.values()].map((d) => designationToFtm(d));
    for (const pair of exported) for (const e of pair) assertValid(e);
    const back = await reimport(exported.flat());
    for (const [i, d] of [...designations.values()].entries()) {
      const [target, sanction] = exported[i];
      assert.equal(sanction.properties.entity[0], target.id);
      const r = back.get(target.id);
      assert.ok(r, `${file}: ${d.sourceId} read back`);
      assert.deepEqual(r.names.map((n) => `${n.kind}:${n.value}`).sort(), expectedNames(d), `${file}: names of ${d.sourceId}`);
      assert.equal(r.names[0].value, d.names[0].value);
      assert.deepEqual(r.programmes, d.programmes, `${file}: programmes of ${d.sourceId}`);
      assert.equal(r.entityKind, d.entityKind);
      checked++;
    }
  }
  assert.ok(checked > 7379, `checked ${checked}`);
});

test('OFAC advanced sample: schemata per kind, the Sanction carries programme, listing date and authority', async () => {
  const { designations } = await readFixture('ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml');
  const [plane, sanction] = designationToFtm(designations.get('15432')!);
  assert.equal(plane.schema, 'Airplane');
  assert.ok(plane.properties.serialNumber?.includes('1013409297'));
  assert.deepEqual(plane.properties.topics, ['sanction']);
  const [airline, airlineSanction] = designationToFtm(designations.get('36')!);
  assert.equal(airline.id, 'us-ofac-sdn-36');
  assert.equal(airline.schema, 'Organization');
  assert.deepEqual(airlineSanction.properties.program, ['CUBA']);
  assert.deepEqual(airlineSanction.properties.listingDate, ['1986-12-10']);
  assert.deepEqual(airlineSanction.properties.country, ['us']);
  assert.equal(sanction.schema, 'Sanction');
  const [person] = designationToFtm(designations.get('2677')!);
  assert.equal(person.schema, 'Person');
  assert.deepEqual(person.properties.birthDate, ['1947-04-19']);
  assert.deepEqual(person.properties.nationality, ['eg']);
});

test('a Cyrillic alias keeps its script (EU Belarus entity)', async () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2025-01-01T00:00:00+01:00">
  <sanctionEntity logicalId="9" euReferenceNumber="EU.1.1" designationDate="2021-06-24"><regulation programme="BLR" numberTitle="2021/1031" publicationDate="2021-06-24"/>
  <subjectType code="enterprise"/><nameAlias wholeName="Belaruskali" nameLanguage="" strong="true"/><nameAlias wholeName="Беларуськалий" nameLanguage="RU" strong="true"/></sanctionEntity></export>`;
  const { designations } = await readBytes('eu.xml', Buffer.from(xml));
  const entities = designationToFtm(designations.get('9')!);
  entities.forEach(assertValid);
  assert.deepEqual(entities[0].properties.name, ['Belaruskali']);
  assert.deepEqual(entities[0].properties.alias, ['Беларуськалий']);
  assert.equal(scriptCode(entities[0].properties.alias[0]), 'Cyrl');
  assert.deepEqual(entities[1].properties.program, ['BLR']);
  assert.deepEqual(entities[1].properties.description, ['2021/1031']);
  const back = (await reimport(entities)).get('eu-fsf-9')!;
  assert.deepEqual(
    back.names.map((n) => [n.value, n.kind, n.script]),
    [
      ['Belaruskali', 'primary', 'Latn'],
      ['Беларуськалий', 'alias', 'Cyrl'],
    ],
  );
});

test('a registry case person becomes a valid Person with its spellings', () => {
  const e = actorToFtm({
    id: 'actor-case-1',
    kind: 'person',
    primaryName: 'Maria Kalesnikava',
    country: 'BY',
    caseIds: ['case-1'],
    names: [
      { value: 'Maria Kalesnikava', kind: 'primary' },
      { value: 'Марыя Калеснікава', kind: 'alias' },
      { value: 'Мария Колесникова', kind: 'alias' },
    ],
  });
  assertValid(e);
  assert.equal(e.schema, 'Person');
  assert.deepEqual(e.properties.name, ['Maria Kalesnikava']);
  assert.deepEqual(e.properties.alias, ['Марыя Калеснікава', 'Мария Колесникова']);
  assert.deepEqual(e.properties.country, ['by']);
});

let store: Store;
let dataDir: string;
before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ftm-export-'));
  if (process.env.DATABASE_URL) {
    process.env.LEVERAGE_PG_SCHEMA = 'test_ftm_export';
    const admin = await openStore();
    await admin.exec('DROP SCHEMA IF EXISTS test_ftm_export CASCADE');
    await admin.close();
    store = await openStore({ schema: 'test_ftm_export' });
  } else {
    process.env.LEVERAGE_DATA_DIR = dataDir;
    store = await openStore({ dataDir });
  }
  await migrate(store);
});
after(async () => store?.close());

test('writeFtm streams the latest snapshot per list and registry actors as valid JSON lines', async () => {
  await importListFiles(store, TEST_ACTOR, [
    fixture('eu-fsf-xml__GSmiguel_sanctions_lists_etl__sample_eu_fsf.xml'),
    fixture('ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml'),
  ]);
  await store.query(
    `INSERT INTO actor (id, kind, primary_name) VALUES ('actor-case-x', 'person', 'Ales Bialiatski'), ('actor-org-x', 'organisation', 'Viasna'), ('actor-state-by', 'state', 'Belarus')`,
  );
  await store.query(
    `INSERT INTO actor_name (id, actor_id, value, kind, script) VALUES ('n1', 'actor-case-x', 'Ales Bialiatski', 'primary', 'Latn'), ('n2', 'actor-case-x', 'Алесь Бяляцкі', 'alias', 'Cyrl')`,
  );
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const summary = await writeFtm(store, { registry: true }, out);
  const lines = text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as FtmExportEntity);
  assert.deepEqual(
    { designations: summary.designations, actors: summary.actors, snapshots: summary.snapshots.length },
    { designations: 5 + 4, actors: 2, snapshots: 2 },
  );
  // Targets and their sanctions, registry actors; identifiers are their own entities besides.
  const ids = lines.filter((e) => e.schema === 'Identification' || e.schema === 'Passport');
  assert.equal(lines.length - ids.length, 2 * 9 + 2);
  assert.ok(ids.length > 0);
  for (const i of ids)
    assert.ok(
      lines.some((e) => e.id === i.properties.holder[0]),
      `${i.id} names an exported holder`,
    );
  lines.forEach(assertValid);
  const person = lines.find((e) => e.id === 'leverage-actor-case-x')!;
  assert.deepEqual(person.properties.alias, ['Алесь Бяляцкі']);
  assert.equal(lines.find((e) => e.id === 'leverage-actor-org-x')!.schema, 'Organization');
});

test('`export ftm --snapshot ID --out FILE` writes one snapshot through the CLI shell', async () => {
  const [snapshot] = await store.query<{ id: string }>(`SELECT id FROM list_snapshot WHERE source = 'eu-fsf'`);
  if (!process.env.DATABASE_URL) await store.close(); // PGlite: one process holds the data directory at a time
  const file = join(dataDir, 'out.ftm.json');
  const program = new Command('leverage').exitOverride();
  registerExportCommands(program);
  await program.parseAsync(['node', 'leverage', 'export', 'ftm', '--snapshot', snapshot.id, '--out', file]);
  if (!process.env.DATABASE_URL) store = await openStore({ dataDir });
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as FtmExportEntity);
  assert.equal(lines.filter((e) => e.schema !== 'Identification' && e.schema !== 'Passport').length, 10);
  lines.forEach(assertValid);
  assert.ok(lines.every((e) => e.id.startsWith('eu-fsf-')));
});
