/** The installed `leverage` command, run as a user would (through bin/leverage.js). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onPostgres, openTestStore, testSchema } from '../helpers/store.ts';
import { csvRowCount } from '../helpers/csv.ts';
import { RECORD_KINDS } from '../../src/domain/schema/index.ts';
import { SHIPPED_DATA_DIR } from '../../src/app/index.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/leverage.js', import.meta.url).pathname;
const env = { ...process.env, LEVERAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'leverage-cli-')), LEVERAGE_PG_SCHEMA: testSchema('cli') };

function leverage(...args: string[]) {
  return run(process.execPath, [BIN, ...args], { env, timeout: 120_000 });
}

test('--help lists the commands', async () => {
  const { stdout } = await leverage('--help');
  for (const c of ['seed', 'import', 'stats', 'serve', 'db']) assert.match(stdout, new RegExp(`^  ${c}\\b`, 'm'));
});

test('seed then stats --json: counts match the shipped CSV rows; a bad file exits 1 with its place', async () => {
  if (onPostgres) await (await openTestStore('cli', { migrated: false })).close(); // fresh schema
  await leverage('seed');
  const { stdout } = await leverage('stats', '--json');
  const stats = JSON.parse(stdout);
  for (const kind of RECORD_KINDS) assert.equal(stats[kind.plural].count, csvRowCount(join(SHIPPED_DATA_DIR, kind.file)), kind.plural);
  for (const key of ['releases', 'measures', 'contacts', 'observations', 'events', 'actors', 'cases', 'sources']) assert.ok(key in stats, key);
  await assert.rejects(leverage('import', 'registry', '/no/such/file.csv'), (err: { code: number; stderr: string }) => {
    assert.equal(err.code, 1);
    assert.match(err.stderr, /error: .*\/no\/such\/file\.csv/);
    return true;
  });
});

test('report and backtest take their periods from the dataset profile the seed stored', async () => {
  const report = JSON.parse((await leverage('analyse', 'report', '--json')).stdout) as Array<{ key: string }>;
  assert.ok(
    report.some((f) => f.key === 'ledger:2024:2026:inflow'),
    'ledger period of data/belarus/dataset.json',
  );
  const back = JSON.parse((await leverage('simulate', 'backtest', '--runs', '20', '--json')).stdout);
  assert.deepEqual([back.cut, back.to], ['2024-06-30', '2026-03']);
});
