/**
 * The refill ratio's loud warning reaches the user of the real command: `leverage analyse refill`,
 * run as a process over the shipped data (seeded into a fresh data directory), prints on stderr
 * that a window with more than 10 % of its days without inflow data rests on a fill, and keeps
 * stdout parseable; a window with every day covered prints no such warning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onPostgres, openTestStore, testSchema } from '../helpers/store.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/leverage.js', import.meta.url).pathname;
const env = { ...process.env, LEVERAGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'leverage-refill-cli-')), LEVERAGE_PG_SCHEMA: testSchema('refill_cli') };
const leverage = (...args: string[]) => run(process.execPath, [BIN, ...args], { env, timeout: 180_000 });

test('a refill window with > 10 % of its days without inflow data warns on stderr; a covered one does not', async () => {
  if (onPostgres) await (await openTestStore('refill_cli', { migrated: false })).close(); // fresh schema
  // 2020–2026: the counter published no in-period counts for long stretches (and none after March 2026).
  const wide = await leverage('analyse', 'refill', '--from', '2020', '--to', '2026', '--json');
  const result = JSON.parse(wide.stdout) as { windows?: unknown; warnings?: string[]; inflow?: { missing_days: number; days: number } };
  const missing = /^WARNING: (\d+) of (\d+) days \((\d+) %\) have no inflow data: they are filled at the window's own rate \(about \d+ people\)/m.exec(
    wide.stderr,
  );
  assert.ok(missing, `stderr was: ${wide.stderr}`);
  assert.ok(Number(missing[1]) / Number(missing[2]) > 0.1);
  // The same warning is in the result, and stdout holds nothing but the JSON.
  assert.ok(result.warnings?.some((w) => w.startsWith(`${missing[1]} of ${missing[2]} days`)));
  // 2024: every day has a published count.
  const covered = await leverage('analyse', 'refill', '--from', '2024', '--to', '2024', '--csv');
  assert.doesNotMatch(covered.stderr, /have no inflow data/);
  assert.match(covered.stdout, /^from,to,inflow,/);
});
