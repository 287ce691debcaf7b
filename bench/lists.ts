/**
 * Sanctions-list parser benchmark. Generates, into a temp dir (never committed):
 *   - a full-size OFAC advanced XML (~150 MB) shaped like the real 2026 sample: its real
 *     ReferenceValueSets and Locations, then its 4 real parties repeated with fresh FixedRefs, then
 *     one SanctionsEntry per party, in the real section order;
 *   - an EU FSF XML 1.1 file with 50,000 sanctionEntity records cloned from the real sample.
 * Then, each in a fresh child process so peak RSS is per measurement:
 *   - bare: a saxes pass with one opentag counter (the baseline);
 *   - parse: our parser + mapper (readList), every event consumed;
 *   - import (with --import): importListFiles into an on-disk PGlite store.
 * Prints MB/s, the ratio to the bare pass, and peak RSS; with `--runs N` each measurement is
 * repeated N times (bare and parse alternating) and medians are printed.
 * `--dir DIR` keeps the generated files in DIR and reuses them on the next run (same bytes for a
 * before/after comparison); `--only adv|eu` measures one file.
 * Run: npx tsx bench/lists.ts [--mb 150] [--eu 50000] [--runs 3] [--dir DIR] [--only adv|eu] [--import]
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { SaxesParser } from 'saxes';

const here = fileURLToPath(import.meta.url);
const fixture = (n: string) => fileURLToPath(new URL(`../test/fixtures/lists/${n}`, import.meta.url));
const ADV = 'ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml';
const EU = 'eu-fsf-xml__GSmiguel_sanctions_lists_etl__sample_eu_fsf.xml';

async function write(path: string, parts: () => Generator<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const p of parts()) if (!out.write(p)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** Bytes of one copy of the sample's parties and sanctions entries. */
function advancedCopyBytes(): number {
  const text = readFileSync(fixture(ADV), 'utf8');
  const parties = text.slice(text.indexOf('<DistinctParties>') + 17, text.indexOf('</DistinctParties>'));
  const entries = text.slice(text.indexOf('<SanctionsEntries>') + 18, text.indexOf('</SanctionsEntries>'));
  return Buffer.byteLength(parties) + Buffer.byteLength(entries);
}

async function generateAdvanced(path: string, targetMb: number): Promise<number> {
  const text = readFileSync(fixture(ADV), 'utf8');
  const head = text.slice(0, text.indexOf('<DistinctParties>') + '<DistinctParties>'.length);
  const parties = text.slice(text.indexOf('<DistinctParties>') + 17, text.indexOf('</DistinctParties>'));
  const entries = text.slice(text.indexOf('<SanctionsEntries>') + 18, text.indexOf('</SanctionsEntries>'));
  const perCopy = Buffer.byteLength(parties) + Buffer.byteLength(entries);
  const copies = Math.ceil((targetMb * 1024 * 1024) / perCopy);
  const bump = (s: string, k: number) =>
    s.replace(/(FixedRef|ProfileID|Profile ID|SanctionsEntry xmlns="[^"]*" ID)="(\d+)"/g, (_m, a: string, n: string) => `${a}="${Number(n) + k * 100000}"`);
  await write(path, function* () {
    yield head;
    for (let k = 0; k < copies; k++) yield bump(parties, k);
    yield '</DistinctParties>\n  <ProfileRelationships />\n  <SanctionsEntries>';
    for (let k = 0; k < copies; k++) yield bump(entries, k);
    yield '</SanctionsEntries>\n</Sanctions>\n';
  });
  return copies * 4;
}

async function generateEu(path: string, entities: number): Promise<void> {
  const text = readFileSync(fixture(EU), 'utf8');
  const head = text.slice(0, text.indexOf('<sanctionEntity'));
  const body = text.slice(text.indexOf('<sanctionEntity'), text.lastIndexOf('</export>'));
  const blocks = body.split(/(?=<sanctionEntity )/);
  await write(path, function* () {
    yield head;
    for (let i = 0; i < entities; i++)
      yield blocks[i % blocks.length].replace(/<sanctionEntity ([^>]*)logicalId="\d+"/, `<sanctionEntity $1logicalId="${i + 1}"`);
    yield '</export>\n';
  });
}

/** Child-process measurements. */
async function measure(mode: string, file: string, dataDir?: string): Promise<void> {
  const start = process.hrtime.bigint();
  let n = 0;
  if (mode === 'bare') {
    const parser = new SaxesParser({ xmlns: false, position: true });
    parser.on('opentag', () => void n++);
    const decoder = new TextDecoder();
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    parser.close();
  } else if (mode === 'parse') {
    const { openInput, readList, detectFormat } = await import('../src/ingest/lists/index.ts');
    const input = await openInput(file);
    const t0 = process.hrtime.bigint();
    for await (const e of readList(input, detectFormat(input.probe.head))) if (e.type === 'designation') n++;
    const probeMs = Number(t0 - start) / 1e6;
    process.stderr.write(`probe (sha256 + UTF-8 check) ${probeMs.toFixed(0)} ms\n`);
  } else {
    const { openStore } = await import('../src/store/db.ts');
    const { migrate } = await import('../src/store/migrate.ts');
    const { importListFiles, operator } = await import('../src/app/index.ts');
    const store = await openStore({ dataDir: dataDir! });
    await migrate(store);
    const [r] = await importListFiles(store, operator('bench'), [file]);
    n = r.entities;
    await store.close();
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ mode, n, ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

function run(mode: string, file: string, extra: string[] = []) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', here, '--measure', mode, file, ...extra], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as { mode: string; n: number; ms: number; rssMb: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--measure') return measure(args[1], args[2], args[3]);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const mb = Number(opt('--mb') ?? 150) || 150;
  const eu = Number(opt('--eu') ?? 50000) || 50000;
  const runs = Math.max(1, Number(opt('--runs') ?? 1) || 1);
  const only = opt('--only');
  const keep = opt('--dir');
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'leverage-bench-lists-'));
  if (keep) mkdirSync(keep, { recursive: true });
  try {
    const adv = join(dir, `sdn_advanced_${mb}mb.xml`);
    const parties = Math.ceil((mb * 1024 * 1024) / advancedCopyBytes()) * 4;
    if (only !== 'eu' && !existsSync(adv)) await generateAdvanced(adv, mb);
    const euFile = join(dir, `eu_fsf_${eu}.xml`);
    if (only !== 'adv' && !existsSync(euFile)) await generateEu(euFile, eu);
    console.log(`node ${process.version}, ${process.platform}/${process.arch}; files in ${dir}; ${runs} run(s) each, medians`);
    console.log('| file | MB | records | bare saxes MB/s | parse+map MB/s | ratio | parse+map peak RSS MB | bare peak RSS MB |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    const files = [
      ['OFAC advanced XML', adv, parties, 'adv'],
      ['EU FSF XML', euFile, eu, 'eu'],
    ] as const;
    for (const [label, file, records, key] of files) {
      if (only && only !== key) continue;
      const size = statSync(file).size / 1024 / 1024;
      const bare: ReturnType<typeof run>[] = [];
      const parse: ReturnType<typeof run>[] = [];
      for (let i = 0; i < runs; i++) {
        bare.push(run('bare', file));
        parse.push(run('parse', file));
        process.stderr.write(
          `  ${label} run ${i + 1}: bare ${bare[i].ms.toFixed(0)} ms, parse ${parse[i].ms.toFixed(0)} ms (${(bare[i].ms / parse[i].ms).toFixed(2)}), RSS ${parse[i].rssMb.toFixed(0)} MB\n`,
        );
      }
      const bareMs = median(bare.map((r) => r.ms));
      const parseMs = median(parse.map((r) => r.ms));
      const ratio = median(bare.map((b, i) => b.ms / parse[i].ms));
      console.log(
        `| ${label} | ${size.toFixed(1)} | ${records} | ${(size / (bareMs / 1000)).toFixed(1)} | ${(size / (parseMs / 1000)).toFixed(1)} | ${ratio.toFixed(2)} | ${median(parse.map((r) => r.rssMb)).toFixed(0)} | ${median(bare.map((r) => r.rssMb)).toFixed(0)} |`,
      );
      if (args.includes('--import')) {
        const imp = run('import', file, [join(dir, `pglite-${key}-${process.pid}`)]);
        rmSync(join(dir, `pglite-${key}-${process.pid}`), { recursive: true, force: true });
        console.log(`|  ↳ import into PGlite (disk) | | ${imp.n} | | ${(size / (imp.ms / 1000)).toFixed(1)} | | ${imp.rssMb.toFixed(0)} | |`);
      }
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
