/**
 * `simulate` commands: run a scenario (quantiles per month), show the calibration, run the
 * backtest. The registry comes from the store (migrated, seeded with the shipped data when empty,
 * closed whatever happens); the work is in src/analysis/simulate.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { LeverageError } from '../domain/errors.ts';
import { parseEdtf, parsePlainDay } from '../domain/types/edtf-date.ts';
import {
  backtest,
  backtestMarkdown,
  calibrate,
  calibrationMarkdown,
  runScenario,
  SCENARIO_NAMES,
  scenarioByName,
  summarizeCalibration,
  userScenario,
  type CalibrateOptions,
  type RunResult,
} from '../analysis/simulate/index.ts';
import { reportError, withRegistry } from './run.ts';

interface CommonOptions {
  asOf?: string;
  window?: string;
  counter?: string;
}
interface RunCliOptions extends CommonOptions {
  scenario?: string;
  params?: string;
  runs: string;
  months: string;
  seed: string;
  json?: boolean;
  csv?: boolean;
}

/** Registers `simulate`, `simulate calibrate` and `simulate backtest` on the program. */
export function registerSimulateCommands(program: Command): void {
  const sim = program
    .command('simulate')
    .description(`run a scenario of the prisoner stock: quantiles per month (scenarios: ${SCENARIO_NAMES.join(', ')})`)
    .option('--scenario <name>', 'a built-in scenario', 'status-quo')
    .option('--params <file>', 'a JSON file of user-defined parameters (see docs/scenarios-api.md); replaces --scenario')
    .option('--runs <n>', 'simulated paths', '10000')
    .option('--months <h>', 'months simulated', '36')
    .option('--seed <s>', 'seed (integer): the same seed gives the same numbers', '1')
    .option('--json', 'the whole result as JSON')
    .option('--csv', 'the quantiles as CSV')
    .option('--as-of <date>', 'use data known on this day (ISO)')
    .option('--window <months>', 'calibration window in months', '36')
    .option('--counter <name>', 'the stock counter (source_org); default: the one with most rows')
    .action((opts: RunCliOptions) =>
      withRegistry(async (registry) => {
        const runs = integer(opts.runs, 'runs', 1, 1_000_000);
        const months = integer(opts.months, 'months', 1, 600);
        const seed = integer(opts.seed, 'seed', -(2 ** 31), 2 ** 31 - 1);
        const cal = calibrate(registry, calibrateOptions(opts));
        const scenario = opts.params ? userScenario(cal, readJson(opts.params)) : scenarioByName(cal, opts.scenario ?? 'status-quo');
        const result = runScenario(cal, scenario, { runs, months, seed });
        if (opts.json) console.log(JSON.stringify(result, null, 2));
        else if (opts.csv) process.stdout.write(toCsv(result));
        else printRun(result);
      }).catch(reportError),
    );

  // Options shared with `simulate` are declared once, there: commander gives them to the parent
  // wherever they appear, so the subcommands read them through optsWithGlobals().
  sim
    .command('calibrate')
    .description(
      'the calibrated parameters with their intervals, the deal channels and the data each uses (Markdown; --json, --as-of, --window, --counter as for simulate)',
    )
    .action((_opts: unknown, cmd: Command) =>
      withRegistry(async (registry) => {
        const opts = cmd.optsWithGlobals() as CommonOptions & { json?: boolean };
        const cal = summarizeCalibration(calibrate(registry, calibrateOptions(opts)));
        if (opts.json) console.log(JSON.stringify(cal, null, 2));
        else console.log(calibrationMarkdown(cal));
      }).catch(reportError),
    );

  sim
    .command('backtest')
    .description(
      'calibrate on data to --cut, simulate to --to, score the bands against the observed stock and a naive baseline (Markdown; --json, --runs, --seed, --window, --counter as for simulate)',
    )
    .option('--cut <date>', "last day of data used for calibration (default: the dataset profile's backtest.cut)")
    .option('--to <month>', "last month checked, YYYY-MM (default: the dataset profile's backtest.to)")
    .action((_opts: unknown, cmd: Command) =>
      withRegistry(async (registry) => {
        const opts = cmd.optsWithGlobals() as RunCliOptions & { cut?: string; to?: string };
        if (opts.to !== undefined && parseEdtf(opts.to)?.precision !== 'month')
          throw new LeverageError('bad_input', `--to: not a month: ${JSON.stringify(opts.to)}`, { expected: 'YYYY-MM' });
        const result = backtest(registry, {
          cut: opts.cut === undefined ? undefined : isoDay(opts.cut, 'cut'),
          to: opts.to,
          runs: integer(opts.runs, 'runs', 1, 1_000_000),
          seed: integer(opts.seed, 'seed', -(2 ** 31), 2 ** 31 - 1),
          windowMonths: integer(opts.window ?? '36', 'window', 3, 600),
          counter: opts.counter,
        });
        if (opts.json) console.log(JSON.stringify(result, null, 2));
        else console.log(backtestMarkdown(result));
      }).catch(reportError),
    );
}

function calibrateOptions(opts: CommonOptions): CalibrateOptions {
  return { asOf: opts.asOf ? isoDay(opts.asOf, 'as-of') : undefined, windowMonths: integer(opts.window ?? '36', 'window', 3, 600), counter: opts.counter };
}

function integer(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || n < min || n > max)
    throw new LeverageError('bad_input', `--${name}: ${JSON.stringify(value)} is not a whole number from ${min} to ${max}`);
  return n;
}

function isoDay(value: string, name: string): string {
  if (!parsePlainDay(value)) throw new LeverageError('bad_input', `--${name}: not a day: ${JSON.stringify(value)}`, { expected: 'an ISO date, YYYY-MM-DD' });
  return value;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new LeverageError('bad_input', `cannot read the parameters file: ${(cause as Error).message}`, { location: { file }, cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new LeverageError('bad_format', `not JSON: ${(cause as Error).message}`, {
      location: { file },
      expected: 'a JSON object of scenario parameters',
      cause,
    });
  }
}

const COLUMNS = ['month', 'p05', 'p25', 'p50', 'p75', 'p95', 'mean', 'arrivals', 'completions', 'deaths', 'releases'] as const;

function toCsv(r: RunResult): string {
  return [COLUMNS.join(','), ...r.quantiles.map((q) => COLUMNS.map((c) => q[c]).join(','))].join('\n') + '\n';
}

function printRun(r: RunResult): void {
  console.log(`scenario: ${r.scenario.name}: ${r.scenario.description}`);
  for (const a of r.scenario.assumptions) console.log(`  assumes: ${a}`);
  console.log(
    `start: ${r.start.stock} political prisoners (${r.calibration.counter}, ${r.start.date}, ${r.start.id}); calibrated on ${r.calibration.window.from} to ${r.calibration.window.to}`,
  );
  console.log(`${r.runs.toLocaleString('en')} runs × ${r.months} months, seed ${r.seed}`);
  console.log(['month'.padEnd(8), ...['5%', '25%', 'median', '75%', '95%', 'releases'].map((h) => h.padStart(9))].join(''));
  for (const q of r.quantiles) {
    console.log([q.month.padEnd(8), ...[q.p05, q.p25, q.p50, q.p75, q.p95, q.releases].map((v) => String(Math.round(v)).padStart(9))].join(''));
  }
}
