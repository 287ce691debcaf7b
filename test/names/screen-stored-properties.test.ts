/**
 * Namesakes in stored lists: the birth dates, nationalities and identifiers of designations reach
 * screening through the store (`loadScreeningEntries`), the CLI (`leverage screen --birth-date
 * --nationality --id`) and the API (`birth_date`, `nationality`, `ids`). The OFAC SDN list of
 * 2023-01-21 has two designations named "KIM, Yong Chol": 12211 (born about 1946 or 1947, no
 * nationality) and 17614 (born 1962-02-18, nationality "Korea, North"); and "KIM, Tong-chol"
 * 22702 (passport 472336944) beside "KIM, Tong Chol" 22996.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { importListFiles, loadScreeningEntries } from '../../src/app/index.ts';
import { buildCandidateIndex, screenName, type CandidateIndex, type ScreenResult } from '../../src/names/index.ts';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { openTestStore, TEST_ACTOR, testSchema } from '../helpers/store.ts';

const OFAC_2023 = new URL('../fixtures/lists/ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv', import.meta.url).pathname;
const UN_2025 = new URL('../../data/lists/un-sc-consolidated_2025-11-20.xml', import.meta.url).pathname;
const BIN = new URL('../../bin/leverage.js', import.meta.url).pathname;

let store: Store;
let index: CandidateIndex;
let app: FastifyInstance;

before(async () => {
  store = await openTestStore('screen_stored_props');
  await importListFiles(store, TEST_ACTOR, [OFAC_2023], { asOf: '2023-01-21' });
  await importListFiles(store, TEST_ACTOR, [UN_2025]);
  index = buildCandidateIndex(await loadScreeningEntries(store));
  app = await buildApp({ store, dashboard: false });
});
after(async () => {
  await app?.close();
  await store?.close();
});

const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
const check = (r: ScreenResult | undefined, property: string) => r?.properties?.find((c) => c.property === property);

test('stored designations carry their birth dates, nationalities and identifiers', async () => {
  const entries = await loadScreeningEntries(store);
  const kim = entries.find((e) => e.id === 'us-ofac-sdn:17614');
  assert.deepEqual(kim?.birthDates, ['1962-02-18']);
  assert.deepEqual(kim?.nationalities, ['Korea, North']);
  assert.deepEqual(entries.find((e) => e.id === 'us-ofac-sdn:22702')?.identifiers, ['472336944']);
  // No property stated: none loaded (not an empty list).
  const bare = entries.find((e) => e.origin === 'designation' && !e.birthDates && !e.nationalities && !e.identifiers);
  assert.ok(bare, 'some designation states no property');
  // UN entries too (nationality as the UN writes it).
  assert.ok(entries.some((e) => e.listSource === 'un-sc' && (e.nationalities?.length ?? 0) > 0));
});

test('birth date and nationality rank the right namesake first, and the explanation says what agreed', () => {
  const plain = screenName(index, 'Kim Yong Chol', { schema: 'Person' });
  const both = ['us-ofac-sdn:12211', 'us-ofac-sdn:17614'];
  // By name alone the two are tied; the earlier listing comes first.
  assert.deepEqual(
    ids(plain).filter((id) => both.includes(id)),
    both,
  );
  assert.equal(plain[0]!.score, plain[1]!.score);

  // The UN lists the KOMID representative too (6908511: 1962-02-18, "Democratic People's Republic of Korea").
  const komid = ['un-sc:6908511', 'us-ofac-sdn:17614'];
  const young = screenName(index, 'Kim Yong Chol', { schema: 'Person', properties: { birthDate: '1962-02-18', nationality: 'KP' } });
  assert.deepEqual(ids(young.slice(0, 2)).sort(), komid);
  for (const r of young.slice(0, 2)) {
    assert.equal(check(r, 'birthDate')?.result, 'agrees');
    assert.equal(check(r, 'nationality')?.result, 'agrees');
  }
  assert.deepEqual(
    check(
      young.find((r) => r.id === 'us-ofac-sdn:17614'),
      'nationality',
    )?.entry,
    ['Korea, North'],
  );
  const other = young.find((r) => r.id === 'us-ofac-sdn:12211')!;
  assert.equal(check(other, 'birthDate')?.result, 'disagrees');
  assert.equal(check(other, 'nationality'), undefined, 'the list states no nationality for 12211');
  assert.ok(other.score < young[0]!.score && other.score < other.nameScore!);

  const elder = screenName(index, 'Kim Yong Chol', { schema: 'Person', properties: { birthDate: '1947', nationality: 'North Korea' } });
  assert.equal(elder[0]!.id, 'us-ofac-sdn:12211');
  assert.equal(check(elder[0], 'birthDate')?.result, 'agrees');
  assert.equal(
    check(
      elder.find((r) => r.id === 'us-ofac-sdn:17614'),
      'birthDate',
    )?.result,
    'disagrees',
  );
});

test('a shared identifier tells apart two spellings of one name', () => {
  const r = screenName(index, 'Kim Tong Chol', { schema: 'Person', properties: { identifiers: ['472 336 944'] } });
  assert.equal(r[0]!.id, 'us-ofac-sdn:22702');
  assert.equal(check(r[0], 'identifier')?.result, 'agrees');
  assert.ok(r[0]!.score >= 0.95);
});

test('API: birth_date and nationality reach the stored lists', async () => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/screen',
    payload: { name: 'Kim Yong Chol', schema: 'Person', birth_date: '1962-02-18', nationality: 'KP' },
  });
  assert.equal(res.statusCode, 200, res.body);
  const results = res.json().results as { id: string; name_score: number; score: number; properties: { property: string; result: string }[] }[];
  assert.ok(['un-sc:6908511', 'us-ofac-sdn:17614'].includes(results[0]!.id), results[0]!.id);
  assert.deepEqual(results[0]!.properties.map((c) => `${c.property} ${c.result}`).sort(), ['birthDate agrees', 'nationality agrees']);
  const other = results.find((r) => r.id === 'us-ofac-sdn:12211')!;
  assert.deepEqual(
    other.properties.map((c) => `${c.property} ${c.result}`),
    ['birthDate disagrees'],
  );
  assert.ok(other.score < other.name_score);
});

test('CLI: --birth-date, --nationality and --id reach the shipped lists', async () => {
  const env = { ...process.env, LEVERAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'leverage-namesakes-')), LEVERAGE_PG_SCHEMA: testSchema('cli_namesakes') };
  const leverage = (...args: string[]) => promisify(execFile)(process.execPath, [BIN, ...args], { env, timeout: 240_000 });
  await leverage('lists', 'import', OFAC_2023, '--as-of', '2023-01-21');
  const run = (...args: string[]) => leverage('screen', ...args);
  const { stdout } = await run('Kim Yong Chol', '--schema', 'Person', '--birth-date', '1962-02-18', '--nationality', 'KP', '--json');
  const results = JSON.parse(stdout).results as ScreenResult[];
  assert.equal(results[0]!.id, 'us-ofac-sdn:17614');
  assert.deepEqual(results[0]!.properties!.map((c) => `${c.property} ${c.result}`).sort(), ['birthDate agrees', 'nationality agrees']);
  // The text output names what agreed and disagreed.
  const text = (await run('Kim Yong Chol', '--schema', 'Person', '--birth-date', '1947', '--limit', '3')).stdout;
  assert.match(text.split('\n')[0]!, /us-ofac-sdn:12211/u);
  assert.match(text, /birthDate agrees \(1947 ~ 1947~; 1946~\)/u);
  assert.match(text, /birthDate disagrees \(1947 ~ 1962-02-18\)/u);
  const byId = (await run('Kim Tong Chol', '--id', '472336944', '--limit', '2')).stdout;
  assert.match(byId.split('\n')[0]!, /us-ofac-sdn:22702/u);
  assert.match(byId, /identifier agrees/u);
});
