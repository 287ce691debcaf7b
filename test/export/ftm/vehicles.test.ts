/**
 * Vessels and aircraft of the OFAC 2023 list export with their FtM properties (issue 17, part 3):
 * `imoNumber` (0 of 685 vessels before), `flag` as a country code, `type`, and the aircraft `model`,
 * instead of notes; every exported entity passes the model check.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { designationToFtm, ftmProblems } from '../../../src/export/ftm/export.ts';
import { collectDesignations, openInput, readList } from '../../../src/ingest/lists/index.ts';

test('OFAC 2023: vessels carry imoNumber, flag and type; aircraft their model; all valid', async () => {
  const input = await openInput(fileURLToPath(new URL('../../../data/lists/ofac-sdn_2023-01-21_sdn_reserialised.csv', import.meta.url)), { warnings: [] });
  const entities = [...(await collectDesignations(readList(input, 'ofac-csv'))).designations.values()].flatMap((d) => designationToFtm(d));
  const vessels = entities.filter((e) => e.schema === 'Vessel');
  const aircraft = entities.filter((e) => e.schema === 'Airplane');
  const having = (list: typeof entities, prop: string) => list.filter((e) => e.properties[prop]?.length).length;
  assert.equal(vessels.length, 685);
  assert.equal(having(vessels, 'imoNumber'), 678);
  assert.ok(vessels.every((e) => (e.properties.imoNumber ?? []).every((v) => /^\d{7}$/.test(v))));
  assert.equal(having(vessels, 'flag'), 668);
  assert.equal(having(vessels, 'type'), 574);
  assert.equal(having(aircraft, 'model'), aircraft.length);
  // Only a flag that names no country stays in the notes (`St. Kitts & Nevis` resolves to kn).
  assert.deepEqual([...new Set(vessels.flatMap((e) => (e.properties.notes ?? []).filter((n) => /^Vessel Flag:/.test(n))))], ['Vessel Flag: None Identified']);
  assert.deepEqual(
    entities.filter((e) => ftmProblems(e).length).map((e) => e.id),
    [],
  );
});

test('targets.simple.csv PEPs export as role.pep, with no sanction and no Sanction entity', async () => {
  const { fixture } = await import('../../ingest/lists/helpers.ts');
  const input = await openInput(fixture('opensanctions-targets-simple-csv__khongdudinhdoikhongne_ftm__targets.simple.csv'), { warnings: [] });
  const ds = [...(await collectDesignations(readList(input, 'targets-simple-csv'))).designations.values()];
  const all = ds.flatMap((d) => designationToFtm(d));
  const entities = all.filter((e) => e.schema !== 'Identification' && e.schema !== 'Passport');
  assert.ok(ds.length > 0);
  assert.equal(entities.length, ds.length);
  assert.ok(!all.some((e) => e.schema === 'Sanction'));
  assert.ok(entities.every((e) => e.properties.topics?.includes('role.pep') && !e.properties.topics.includes('sanction')));
  assert.deepEqual(
    entities.filter((e) => ftmProblems(e).length).map((e) => e.id),
    [],
  );
});
