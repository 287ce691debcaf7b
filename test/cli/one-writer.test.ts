/**
 * One writer per embedded store, with real processes: a command run while the server holds the
 * store is sent to it (the dashboard sees the data at once and it survives a restart), two
 * imports at once both land (one waits for the other), and a server killed with -9 leaves a
 * stale lock that the next start takes over. On PostgreSQL (DATABASE_URL) the same scenarios run
 * with no lock and must give the same results.
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
const dir = mkdtempSync(join(tmpdir(), 'leverage-one-writer-'));
const env = { ...process.env, LEVERAGE_DATA_DIR: join(dir, 'store'), LEVERAGE_PG_SCHEMA: testSchema('one_writer'), LOG_LEVEL: 'error' };
const servers: ChildProcess[] = [];
after(() => servers.forEach((s) => s.kill('SIGKILL')));

const leverage = (...args: string[]) => run(process.execPath, [BIN, ...args], { env, timeout: 180_000 });

function observations(prefix: string, n: number): string {
  const path = join(dir, `${prefix}.csv`);
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `${prefix}-${i},2025-01-${String((i % 28) + 1).padStart(2, '0')},current,${1000 + i},,,Counter,https://example.org/${prefix}/${i},Counter,2025-02-01,Test count.`,
  );
  writeFileSync(path, `id,date,metric,value,period_start,period_end,source_org,source_url,publisher,published,evidence\n${rows.join('\n')}\n`);
  return path;
}

/** Starts `leverage serve --port 0` and resolves with its base URL once it listens. */
function startServer(): Promise<{ url: string; proc: ChildProcess }> {
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
        resolve({ url: m[1]!, proc });
      }
    };
    proc.stdout!.on('data', read);
    proc.stderr!.on('data', read);
    proc.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
}

/** Observations the server reports (the shipped 166 plus what the tests imported). */
async function count(url: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/stats`);
  return ((await res.json()) as { observations: { count: number } }).observations.count;
}

test('an import while the server runs goes through it: visible at once, kept after kill -9 and a restart', async () => {
  if (onPostgres) await (await openTestStore('one_writer', { migrated: false })).close(); // fresh schema
  const first = await startServer();
  const { stderr } = await leverage('import', 'registry', observations('live', 2000));
  if (!onPostgres) assert.match(stderr, /holds .*sending the work to it/);
  assert.equal(await count(first.url), 166 + 2000, 'the running dashboard sees the import');
  first.proc.kill('SIGKILL');
  await new Promise((r) => first.proc.once('exit', r));
  // The lock names a dead process now: the next start takes it over.
  const second = await startServer();
  assert.equal(await count(second.url), 166 + 2000, 'the import survived');
  second.proc.kill('SIGTERM');
  await new Promise((r) => second.proc.once('exit', r));
});

test('two imports at once: both land (one waits for the other), nothing lost', async () => {
  const [a, b] = [observations('pa', 300), observations('pb', 300)];
  const results = await Promise.all([leverage('import', 'registry', '--json', a), leverage('import', 'registry', '--json', b)]);
  for (const r of results) assert.equal(JSON.parse(r.stdout)[0].inserted, 300);
  const { stdout } = await leverage('stats', '--json');
  assert.ok(JSON.parse(stdout).observations.count >= 166 + 5 + 600);
});
