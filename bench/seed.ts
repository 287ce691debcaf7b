/**
 * Seed benchmark: `leverage seed` on the shipped data, and on a generated registry of 100,000
 * cases and 1,000,000 observations (shaped like the shipped rows). Each load runs in a child
 * process that reports its own wall time and peak RSS. Baseline ratio: rows/s of the generated
 * load ÷ rows/s of the shipped load (both in this run).
 *   npx tsx bench/seed.ts [--cases 100000] [--observations 1000000] [--engine pglite|postgres]
 * Targets (issue 3): generated load < 60 s, peak RSS < 1 GiB.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};

if (process.argv[2] === '--child') {
  const { openReadyStore, seed } = await import('../src/app/index.ts');
  const dir = process.argv[3]!;
  const store = await openReadyStore({ seedIfEmpty: false, dataDir: process.argv[4] });
  const t0 = performance.now();
  const results = await seed(store, dir);
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  const rows = results.reduce((n, r) => n + r.records, 0);
  console.log(JSON.stringify({ rows, seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

async function writeLines(path: string, header: string, n: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(header + '\n');
  for (let i = 0; i < n; i++) if (!out.write(line(i) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** Writes a dataset directory: cases.csv and observations.csv. */
async function generate(dir: string, cases: number, observations: number): Promise<void> {
  const day = (i: number) => new Date(Date.UTC(2016, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
  await writeLines(
    join(dir, 'cases.csv'),
    'id,person,person_names,detained,charges,court,judge,prosecutor,sentence,facility,recognised_by,recognised_on,exit_date,exit_mode,release_id,source_url,publisher,published,evidence',
    cases,
    (i) =>
      `case-${i},Person ${i} Surname${i % 977},Асоба ${i},${day(i)},Art. 342;Art. 361-1,Minsk City Court,Judge ${i % 300},,${1 + (i % 15)} years,Penal colony ${i % 20},Viasna,${day(i + 30)},${i % 3 ? '' : day(i + 400)},${i % 3 ? '' : 'pardon'},,https://spring96.org/en/news/${i % 5000},Viasna,${day(i + 31)},Generated case ${i} for the benchmark.`,
  );
  const metrics = ['current', 'recognised_in_period', 'released_in_period'];
  await writeLines(
    join(dir, 'observations.csv'),
    'id,date,metric,value,period_start,period_end,source_org,source_url,publisher,published,evidence',
    observations,
    (i) => {
      const metric = metrics[i % 3]!;
      const d = day(Math.floor(i / 3));
      const period = metric === 'current' ? ',' : `${d},${d}`;
      return `OBS-${i},${d},${metric},${(i * 7919) % 1500},${period},${i % 2 ? 'Viasna' : 'Dissidentby'},https://spring96.org/en/news/${i % 20000},Viasna,${d},Generated daily count ${i}.`;
    },
  );
}

function child(dir: string, dataDir: string): { rows: number; seconds: number; peakRssMiB: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--child', dir, dataDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const cases = arg('cases', 100_000);
const observations = arg('observations', 1_000_000);
const work = mkdtempSync(join(tmpdir(), 'leverage-bench-seed-'));
try {
  const shipped = child(new URL('../data/belarus/', import.meta.url).pathname, join(work, 'db-shipped'));
  console.log(`shipped dataset: ${shipped.rows} rows in ${shipped.seconds.toFixed(2)} s, peak RSS ${shipped.peakRssMiB.toFixed(0)} MiB`);
  const gen = join(work, 'gen');
  execFileSync('mkdir', ['-p', gen]);
  await generate(gen, cases, observations);
  const big = child(gen, join(work, 'db-generated'));
  console.log(
    `generated: ${big.rows} rows (${cases} cases, ${observations} observations) in ${big.seconds.toFixed(1)} s, peak RSS ${big.peakRssMiB.toFixed(0)} MiB`,
  );
  console.log(
    `throughput: ${(big.rows / big.seconds).toFixed(0)} rows/s; ratio to the shipped load's rows/s: ${(big.rows / big.seconds / (shipped.rows / shipped.seconds)).toFixed(2)}`,
  );
  console.log(`targets: < 60 s ${big.seconds < 60 ? 'met' : 'MISSED'}; peak RSS < 1024 MiB ${big.peakRssMiB < 1024 ? 'met' : 'MISSED'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
