/**
 * Server memory under varied Accept headers (issue 13): `leverage serve` in its own process on a
 * fresh embedded store with the shipped dataset plus `--releases` generated releases; 300 GETs of
 * a 10,000-entry timeline page (a few MB) over loopback, each with a different Accept header, and
 * the server's RSS (/proc/<pid>/status) before and after. Target: growth within the response
 * cache's budget (64 MiB) + 200 MB.
 *   npx tsx bench/api-memory.ts [--releases 200000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { seed } from '../src/app/index.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const releases = arg('releases', 200_000);
const dataDir = mkdtempSync(join(tmpdir(), 'leverage-bench-memory-'));
const store = await openStore({ dataDir, url: '' });
await migrate(store);
await seed(store);
const [src] = await store.query<{ id: string }>('SELECT id FROM source LIMIT 1');
await store.query(
  `INSERT INTO release (id, date, date_start, date_end, count, count_basis, mode, source_id, evidence)
   SELECT 'gen-' || g, d, d, d, 1 + g % 5, 'reported', 'pardon', $1, 'generated'
   FROM (SELECT g, to_char(DATE '2000-01-01' + (g % 9000), 'YYYY-MM-DD') AS d FROM generate_series(1, $2::int) g) s`,
  [src!.id, releases],
);
await store.close();

const port = 20080 + Math.floor(Math.random() * 1000);
const server = spawn(process.execPath, [new URL('../bin/leverage.js', import.meta.url).pathname, 'serve', '--port', String(port)], {
  env: { ...process.env, LEVERAGE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  server.stdout!.on('data', (d: Buffer) => d.toString().includes('Leverage is running') && resolve());
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024;
const base = `http://127.0.0.1:${port}`;
const url = `${base}/api/v1/timeline?limit=10000`;
const t = performance.now();
const first = await fetch(url);
const size = (await first.text()).length;
console.log(`timeline page of 10,000 over ${releases} releases: ${(performance.now() - t).toFixed(0)} ms, ${(size / 1e6).toFixed(1)} MB`);
const before = rss();
const marks: string[] = [];
for (let i = 0; i < 300; i++) {
  const accept = i % 3 === 0 ? `text/csv;q=0.${i}` : `application/json, text/x-${i};q=0.1`;
  await (await fetch(url, { headers: { accept } })).arrayBuffer();
  if (i % 100 === 99) marks.push(`${rss().toFixed(0)} MB`);
}
const after = rss();
console.log(
  `server RSS ${before.toFixed(0)} MB → ${after.toFixed(0)} MB after 300 GETs with distinct Accept headers (+${(after - before).toFixed(0)} MB; after 100/200/300: ${marks.join(', ')}); target ≤ 64 MiB + 200 MB`,
);
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
