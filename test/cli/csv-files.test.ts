/**
 * The CSV files the CLI writes and reads: `lists diff --csv` and `screen --file` output
 * neutralises spreadsheet formulas from third-party lists or the user's own names file; a
 * malformed names file is a clean, located error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { onPostgres, openTestStore, testSchema } from '../helpers/store.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/leverage.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'leverage-csv-files-'));
const env = { ...process.env, LEVERAGE_DATA_DIR: join(dir, 'store'), LEVERAGE_PG_SCHEMA: testSchema('csv_files') };
const leverage = (...args: string[]) => run(process.execPath, [BIN, ...args], { env, timeout: 120_000 });

const row = (ent: number, name: string) => `${ent},"${name.replace(/"/g, '""')}","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`;
const HOSTILE = '=HYPERLINK("http://example.org/x","Ivan Sidorenko")';

test('lists diff --csv and screen --file prefix formula cells with an apostrophe', async () => {
  if (onPostgres) await (await openTestStore('csv_files', { migrated: false })).close();
  const a = join(dir, 'sdn-a.csv');
  const b = join(dir, 'sdn-b.csv');
  writeFileSync(a, row(101, 'Petr Vasilenko'));
  writeFileSync(b, row(101, 'Petr Vasilenko') + row(102, HOSTILE));
  const ids = [];
  for (const [file, date] of [
    [a, '2024-01-01'],
    [b, '2024-02-01'],
  ] as const) {
    const { stdout } = await leverage('lists', 'import', file, '--as-of', date, '--json');
    ids.push((JSON.parse(stdout.trim().split('\n')[0]!) as { snapshot: string }).snapshot);
  }
  const diff = parse((await leverage('lists', 'diff', ids[0]!, ids[1]!, '--csv')).stdout, { columns: true }) as Record<string, string>[];
  const added = diff.find((r) => r.source_id === '102');
  assert.equal(added?.name, `'${HOSTILE}`);

  const names = join(dir, 'names.csv');
  writeFileSync(names, 'name\n"@Petr Vasilenko"\n');
  const screened = parse((await leverage('screen', '--file', names)).stdout, { columns: true }) as Record<string, string>[];
  assert.ok(screened.length > 0, 'the name is found');
  for (const r of screened) assert.equal(r.query, "'@Petr Vasilenko");
  const hostile = join(dir, 'hostile.csv');
  writeFileSync(hostile, `name\n"${HOSTILE.replace(/"/g, '""')}"\n`);
  const rows = parse((await leverage('screen', '--file', hostile)).stdout, { columns: true }) as Record<string, string>[];
  assert.ok(
    rows.some((r) => r.name === `'${HOSTILE}`),
    JSON.stringify(rows),
  );
  for (const r of rows) assert.equal(r.query, `'${HOSTILE}`);
});

test('a malformed screen --file CSV is one located error line, no stack trace', async () => {
  const bad = join(dir, 'bad-names.csv');
  writeFileSync(bad, 'name\nIvan\n"Petr\nSidorov\n');
  await assert.rejects(leverage('screen', '--file', bad), (err: { code: number; stderr: string }) => {
    assert.equal(err.code, 1);
    assert.match(err.stderr, /^error: .*bad-names\.csv:3: the quote opened in the row starting on line 3 is never closed/m);
    assert.doesNotMatch(err.stderr, /^\s+at /m);
    return true;
  });
});
