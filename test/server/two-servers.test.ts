/**
 * The scale path: two server processes on one PostgreSQL. A CLI import (the write path today)
 * is seen through both within the data-version check interval, because every cache (responses,
 * registry, screening index) is keyed on the database's data version, not on the process.
 * Skipped without DATABASE_URL (PGlite has one process per store: test/cli/one-writer.test.ts).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onPostgres, openTestStore, testSchema } from '../helpers/store.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/leverage.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'leverage-two-servers-'));
const env = { ...process.env, LEVERAGE_PG_SCHEMA: testSchema('two_servers'), LOG_LEVEL: 'error' };
const servers: ChildProcess[] = [];
after(() => {
  for (const s of servers) s.kill('SIGKILL');
});

function startServer(): Promise<string> {
  const proc = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(proc);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 150_000);
    const read = (chunk: Buffer) => {
      out += chunk;
      const m = /Leverage is running: open (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    proc.stdout!.on('data', read);
    proc.stderr!.on('data', read);
    proc.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
}

const observations = async (url: string) => ((await (await fetch(`${url}/api/v1/stats`)).json()) as { observations: { count: number } }).observations.count;

test('two servers on one database: an import is visible through both at once', {
  skip: onPostgres ? false : 'DATABASE_URL is unset: the two-server test needs PostgreSQL',
}, async () => {
  await (await openTestStore('two_servers', { migrated: false })).close(); // a fresh schema
  const a = await startServer();
  const b = await startServer();
  const before = await observations(a);
  assert.equal(await observations(b), before);
  const file = join(dir, 'obs.csv');
  const rows = Array.from(
    { length: 50 },
    (_, i) =>
      `two-${i},2025-03-${String((i % 28) + 1).padStart(2, '0')},current,${900 + i},,,Counter,https://example.org/two/${i},Counter,2025-04-01,Test count.`,
  );
  writeFileSync(file, `id,date,metric,value,period_start,period_end,source_org,source_url,publisher,published,evidence\n${rows.join('\n')}\n`);
  await run(process.execPath, [BIN, 'import', 'registry', file], { env, timeout: 120_000 });
  // Each server trusts a read of the data version for one second.
  await new Promise((r) => setTimeout(r, 1200));
  assert.equal(await observations(a), before + 50, 'server A sees the import');
  assert.equal(await observations(b), before + 50, 'server B sees the import');
  const timeline = async (url: string) =>
    ((await (await fetch(`${url}/api/v1/observations?from=2025-03-01&to=2025-03-31&limit=1000`)).json()) as { items: { id: string }[] }).items.filter((o) =>
      o.id.startsWith('two-'),
    ).length;
  assert.equal(await timeline(a), 50);
  assert.equal(await timeline(b), 50);
});
