/**
 * Concurrent writers on one embedded store (issue 13): each trial starts from a fresh data
 * directory and runs two `leverage import registry` processes at once, every other trial while
 * a server holds the store (the imports are then sent to it). Afterwards the store must open, every
 * row of both files must be there exactly once (no lost import, no duplicate primary keys) and
 * the server, when there was one, must have seen both imports before it stopped.
 *   npx tsx bench/writers.ts [--trials 10] [--rows 20000]
 * Prints one line per trial and a summary: lost imports, corrupted stores.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openStore } from '../src/store/db.ts';

const run = promisify(execFile);
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const trials = arg('trials', 10);
const rows = arg('rows', 20_000);
const BIN = new URL('../bin/leverage.js', import.meta.url).pathname;

function file(dir: string, prefix: string): string {
  const path = join(dir, `${prefix}.csv`);
  const lines = Array.from(
    { length: rows },
    (_, i) =>
      `${prefix}-${i},2025-01-${String((i % 28) + 1).padStart(2, '0')},current,${i},,,Counter,https://example.org/${prefix}/${i % 500},Counter,2025-02-01,Stress row.`,
  );
  writeFileSync(path, `id,date,metric,value,period_start,period_end,source_org,source_url,publisher,published,evidence\n${lines.join('\n')}\n`);
  return path;
}

async function serverUp(env: NodeJS.ProcessEnv): Promise<{ url: string; stop: () => Promise<void> }> {
  const proc = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (c: Buffer) => {
      out += c;
      const m = /running: open (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve(m[1]!);
    };
    proc.stdout!.on('data', read);
    proc.stderr!.on('data', read);
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  return { url, stop };
}

let lost = 0;
let corrupted = 0;
for (let t = 1; t <= trials; t++) {
  const dir = mkdtempSync(join(tmpdir(), 'leverage-writers-'));
  const env = { ...process.env, LEVERAGE_DATA_DIR: join(dir, 'store'), DATABASE_URL: '', LOG_LEVEL: 'error' };
  const withServer = t % 2 === 0;
  const started = performance.now();
  const server = withServer ? await serverUp(env) : undefined;
  const files = [file(dir, `a${t}`), file(dir, `b${t}`)];
  const outcomes = await Promise.allSettled(files.map((f) => run(process.execPath, [BIN, 'import', 'registry', '--json', f], { env, maxBuffer: 1 << 24 })));
  let seenByServer = '';
  if (server) {
    const res = await fetch(`${server.url}/api/v1/stats`);
    seenByServer = ` server saw ${((await res.json()) as { observations?: { count: number } }).observations?.count ?? '?'} observations;`;
    await server.stop();
  }
  let verdict: string;
  try {
    const store = await openStore({ dataDir: env.LEVERAGE_DATA_DIR, url: '' });
    const counts = await store.query<{ p: string; rows: number; distinct: number }>(
      `SELECT split_part(id, '-', 1) AS p, count(*)::int AS rows, count(DISTINCT id)::int AS distinct FROM observation WHERE id LIKE $1 OR id LIKE $2 GROUP BY 1 ORDER BY 1`,
      [`a${t}-%`, `b${t}-%`],
    );
    await store.close();
    const bad = [`a${t}`, `b${t}`].filter((p) => {
      const c = counts.find((x) => x.p === p);
      return !c || c.rows !== rows || c.distinct !== rows;
    });
    lost += bad.length;
    verdict = bad.length ? `LOST ${bad.join(', ')}: ${JSON.stringify(counts)}` : 'ok';
  } catch (err) {
    corrupted++;
    verdict = `CORRUPTED: ${String(err).split('\n')[0]}`;
  }
  const failed = outcomes.filter((o) => o.status === 'rejected').length;
  console.log(
    `trial ${t} (${withServer ? 'server + 2 imports' : '2 imports'}): ${failed} import(s) failed;${seenByServer} ${verdict} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${trials} trials, ${rows} rows per import: ${lost} lost, ${corrupted} corrupted`);
