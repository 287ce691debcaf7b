/**
 * Bench of the scenario simulator: 10,000 runs × 60 months of the status-quo scenario on the
 * shipped Belarus calibration (target: under 1 s on the project machine, 2 cores). Times the
 * engine (parameter draws, paths, quantiles) apart from the calibration, and prints the ratio to
 * a baseline: the same number of bare PRNG uniforms (what the paths cannot go below).
 * Run: npx tsx bench/simulate.ts
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { readCell, RECORD_KINDS, type Registry } from '../src/domain/index.ts';
import { calibrate, runScenario, scenarioByName, uniformStream } from '../src/analysis/simulate/index.ts';

const RUNS = 10_000;
const MONTHS = 60;

function shipped(): Registry {
  const dir = fileURLToPath(new URL('../data/belarus/', import.meta.url));
  const registry: Registry = { releases: [], measures: [], contacts: [], events: [], observations: [] };
  for (const kind of RECORD_KINDS) {
    if (!(kind.plural in registry)) continue;
    const rows = parse(readFileSync(dir + kind.file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Array<Record<string, string>>;
    for (const row of rows) {
      const record: Record<string, unknown> = {};
      for (const field of kind.fields) {
        const cell = readCell(field, row[field.name] ?? '');
        if (cell.ok && cell.value !== undefined) record[field.name] = cell.value;
      }
      (registry[kind.plural as keyof Registry] as unknown[]).push(record);
    }
  }
  return registry;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const registry = shipped();
let t = performance.now();
const cal = calibrate(registry);
const calibrateMs = performance.now() - t;
const scenario = scenarioByName(cal, 'status-quo');
runScenario(cal, scenario, { runs: 1000, months: MONTHS, seed: 99 }); // warm-up (JIT)

const times: number[] = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  runScenario(cal, scenario, { runs: RUNS, months: MONTHS, seed: i + 1 });
  times.push(performance.now() - t);
}
const engineMs = median(times);

// Baseline: the uniforms a path consumes (2 arrivals + 2 exits + 2 per channel, per month), bare.
const perMonth = 4 + 2 * scenario.params.channels.length;
const baseTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  t = performance.now();
  let sink = 0;
  for (let r = 0; r < RUNS; r++) {
    const u = uniformStream(i, r, 1);
    for (let k = 0; k < MONTHS * perMonth; k++) sink += u.next();
  }
  baseTimes.push(performance.now() - t);
  if (sink < 0) console.log(sink);
}
const baseMs = median(baseTimes);

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}`);
console.log(`calibration (grid ${cal.grid.weights.length.toLocaleString('en')} points): ${calibrateMs.toFixed(0)} ms`);
console.log(
  `engine, ${RUNS.toLocaleString('en')} runs × ${MONTHS} months (median of 5): ${engineMs.toFixed(0)} ms — ${(engineMs / 1000).toFixed(2)} of the 1 s target`,
);
console.log(
  `bare PRNG, same uniforms (${((RUNS * MONTHS * perMonth) / 1e6).toFixed(1)} M): ${baseMs.toFixed(0)} ms; engine ÷ bare PRNG = ${(engineMs / baseMs).toFixed(1)}`,
);
console.log(`path-months per second: ${((RUNS * MONTHS) / (engineMs / 1000) / 1e6).toFixed(2)} M`);
