/**
 * Health under load (issue 13): the server in its own process (`leverage serve` on a fresh
 * embedded store with the shipped dataset), and while a maximal scenario run
 * ({"runs":100000,"months":120}) and a 1,000-name batch screen are computed, autocannon on
 * loopback asks /api/health for their whole duration. Target: health p99 < 100 ms.
 *   npx tsx bench/health-under-load.ts [--connections 4]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const connections = arg('connections', 4);
const port = 19080 + Math.floor(Math.random() * 1000);
const dataDir = mkdtempSync(join(tmpdir(), 'leverage-bench-health-'));
const server = spawn(process.execPath, [new URL('../bin/leverage.js', import.meta.url).pathname, 'serve', '--port', String(port)], {
  env: { ...process.env, LEVERAGE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  server.stdout!.on('data', (d: Buffer) => d.toString().includes('Leverage is running') && resolve());
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const base = `http://127.0.0.1:${port}`;
const post = (path: string, body: unknown) =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

// Warm-up: both workers are started and hold the calibration and the screening index.
await Promise.all([1, 2].map(() => fetch(`${base}/api/v1/scenarios`).then((r) => r.json())));
await Promise.all([1, 2].map(() => post('/api/v1/screen', { name: 'warm up' }).then((r) => r.json())));

const names = Array.from(
  { length: 1000 },
  (_, i) =>
    `${['Aliaksandr', 'Maria', 'Siarhei', 'Viktar', 'Ales'][i % 5]} ${['Lukashenka', 'Kalesnikava', 'Tsikhanouski', 'Babaryka', 'Bialiatski'][(i >> 2) % 5]} ${i}`,
);
const started = performance.now();
let heavyDone = false;
const heavy = Promise.all([
  post('/api/v1/scenarios/run', { runs: 100000, months: 120 }).then(async (r) => ({
    what: 'scenario run 100,000 × 120',
    status: r.status,
    ms: performance.now() - started,
    bytes: (await r.text()).length,
  })),
  post('/api/v1/screen', { names }).then(async (r) => ({
    what: 'batch screen of 1,000 names',
    status: r.status,
    ms: performance.now() - started,
    bytes: (await r.text()).length,
  })),
]).finally(() => (heavyDone = true));

const rounds: autocannon.Result[] = [];
while (!heavyDone) rounds.push(await autocannon({ url: `${base}/api/health`, connections, duration: 2 }));
const results = await heavy;
for (const r of results) console.log(`${r.what}: HTTP ${r.status} after ${(r.ms / 1000).toFixed(1)} s (${r.bytes} bytes)`);
const requests = rounds.reduce((a, r) => a + r.requests.total, 0);
const p99 = Math.max(...rounds.map((r) => r.latency.p99));
const max = Math.max(...rounds.map((r) => r.latency.max));
const p50 = rounds.map((r) => r.latency.p50).sort((a, b) => a - b)[Math.floor(rounds.length / 2)];
const non2xx = rounds.reduce((a, r) => a + r.non2xx + r.errors + r.timeouts, 0);
console.log(
  `/api/health during them: ${requests} requests in ${rounds.length} × 2 s rounds, ${connections} connections; p50 ${p50} ms, p99 ${p99} ms (worst round), max ${max} ms, ${non2xx} non-2xx/errors`,
);
console.log(`p99 per 2 s round: ${rounds.map((r) => r.latency.p99).join(', ')} ms`);
console.log(p99 < 100 ? 'PASS: health p99 < 100 ms' : 'FAIL: health p99 ≥ 100 ms');
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
