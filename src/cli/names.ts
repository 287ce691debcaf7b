/**
 * `leverage names compare|dedupe` and `leverage screen`: thin shells over `src/names/`.
 * `names compare --pairs FILE.csv` is the evaluation contract: the same rows out, with
 * `score` and `match` appended; keep its input and output stable.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { LeverageError } from '../domain/errors.ts';
import {
  buildCandidateIndex,
  compareNames,
  dedupeSuggestions,
  screenName,
  THRESHOLDS,
  type CandidateIndex,
  type ScreeningEntry,
  type ScreenResult,
} from '../names/index.ts';
import { ScreeningPool, type BulkQuery } from '../names-worker/pool.ts';
import { withStore } from './run.ts';
import { loadScreeningEntries } from '../app/index.ts';

/** Adds `names compare`, `names dedupe` and `screen` to the program. */
export function registerNamesCommands(program: Command): void {
  const names = program.command('names').description('Cross-script name matching (Belarusian/Russian Cyrillic, every romanisation)');

  names
    .command('compare')
    .description('Score name pairs: reads a CSV with name1,name2[,schema], writes the rows with score,match appended')
    .requiredOption('--pairs <file>', 'CSV file with columns name1,name2 and optionally schema (- for stdin)')
    .action((opts: { pairs: string }) => run(() => process.stdout.write(comparePairsCsv(readInput(opts.pairs), opts.pairs))));

  names
    .command('dedupe')
    .description('Suggest registry actors that may be the same (pairs scoring at or above the threshold)')
    .option('--min-score <n>', 'lowest score to report (default: the match threshold)', parseFloat)
    .option('--json', 'print JSON instead of CSV')
    .action((opts: { minScore?: number; json?: boolean }) => run(() => dedupe(opts)));

  program
    .command('screen')
    .description('Screen a name (or a CSV of names) against designations and the registry')
    .argument('[name]', 'the name to screen')
    .option('--file <file>', 'CSV of names to screen (column `name`, else the first; optional `schema`)')
    .option('--schema <schema>', 'Person or Organization (default: both)')
    .option('--limit <n>', 'results per name', (v) => parseInt(v, 10), 10)
    .option('--threads <n>', 'worker threads for --file (default: one per CPU from 10,000 names, else 1: in this process)', (v) => parseInt(v, 10))
    .option('--json', 'print JSON with explanations')
    .action((name: string | undefined, opts: ScreenCliOptions) => run(() => screen(name, opts)));
}

interface ScreenCliOptions {
  file?: string;
  schema?: string;
  limit: number;
  threads?: number;
  json?: boolean;
}

// Without --threads, a file shorter than this is screened in this process: starting workers
// costs a second of start-up and an index build each (in parallel with each other), which
// two workers earn back only over some ten thousand names (≈ 0.3 ms a name on one thread).
const WORKER_MIN_NAMES = 10_000;

async function run(work: () => unknown): Promise<void> {
  try {
    await work();
  } catch (err) {
    console.error(err instanceof LeverageError ? `error: ${err.describe()}` : `error: ${(err as Error)?.stack ?? String(err)}`);
    process.exitCode = 1;
  }
}

function readInput(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (err) {
    throw new LeverageError('not_found', `cannot read ${file}: ${(err as Error).message}`, { location: { file }, cause: err });
  }
}

/**
 * The evaluation contract as a pure function: CSV text in (BOM, CRLF, quoted fields and
 * ragged rows tolerated), CSV out with `score` (4 decimals) and `match` (`true`/`false`)
 * appended to every row. Throws `LeverageError` `unknown_column` when name1 or name2 is
 * missing from the header. A row with an empty name scores 0.
 */
export function comparePairsCsv(input: Buffer | string, file = '<input>'): string {
  let rows: string[][];
  try {
    rows = parse(input, { bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true, trim: false }) as string[][];
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw new LeverageError('bad_format', `not a readable CSV: ${e.message}`, { location: { file, line: e.lines }, cause: err });
  }
  if (rows.length === 0) throw new LeverageError('bad_input', 'empty pairs file', { location: { file, line: 1 }, expected: 'a header with name1,name2' });
  const header = rows[0]!.map((h) => h.trim());
  const col = (name: string) => header.findIndex((h) => h.toLowerCase() === name);
  const i1 = col('name1');
  const i2 = col('name2');
  const is = col('schema');
  for (const [name, i] of [
    ['name1', i1],
    ['name2', i2],
  ] as const) {
    if (i < 0)
      throw new LeverageError('unknown_column', `missing column ${name}`, {
        location: { file, line: 1, column: name },
        expected: 'a header with name1,name2 (schema optional)',
      });
  }
  const out: string[][] = [[...rows[0]!, 'score', 'match']];
  for (const row of rows.slice(1)) {
    const a = row[i1] ?? '';
    const b = row[i2] ?? '';
    const schema = is >= 0 ? row[is] : undefined;
    const c = a.trim() && b.trim() ? compareNames(a, b, { schema }) : { score: 0, match: false };
    out.push([...row, c.score.toFixed(4), String(c.match)]);
  }
  return stringify(out, { record_delimiter: 'unix' });
}

function withEntries<T>(work: (entries: ScreeningEntry[]) => Promise<T> | T): Promise<T> {
  return withStore(async (store) => work(await loadScreeningEntries(store)), { log: () => undefined });
}

async function withIndex<T>(work: (index: CandidateIndex) => Promise<T> | T): Promise<T> {
  return withEntries((entries) => work(buildCandidateIndex(entries)));
}

function printResults(query: string, results: ScreenResult[], json: boolean): void {
  if (json) {
    console.log(JSON.stringify({ query, results: results.map(({ entry, ...r }) => ({ ...r, entry })) }, null, 2));
    return;
  }
  if (results.length === 0) console.log(`${query}: no candidates`);
  for (const r of results) console.log(`${r.score.toFixed(3)}${r.match ? ' MATCH' : '      '}  ${r.id}  ${r.name}`);
}

async function screen(name: string | undefined, opts: ScreenCliOptions): Promise<void> {
  if (!name && !opts.file) throw new LeverageError('bad_input', 'give a NAME or --file names.csv');
  if (name) {
    await withIndex((index) => printResults(name, screenName(index, name, { schema: opts.schema, limit: opts.limit }), !!opts.json));
    return;
  }
  const rows = parse(readInput(opts.file!), { bom: true, columns: true, relax_column_count: true, skip_empty_lines: true }) as Record<string, string>[];
  // The CSV shows no explanations: they are built only for --json.
  const queries: BulkQuery[] = rows.map((row) => ({
    query: row.name ?? Object.values(row)[0] ?? '',
    schema: row.schema || opts.schema,
    limit: opts.limit,
    explain: !!opts.json,
  }));
  const threads = opts.threads ?? (queries.length >= WORKER_MIN_NAMES ? availableParallelism() : 1);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'screening {bar} {value}/{total} names' }, cliProgress.Presets.shades_classic)
    : undefined;
  const all = await withEntries(async (entries) => {
    if (threads > 1) {
      // Bulk on worker threads (src/names-worker): same results as screening here.
      const pool = await ScreeningPool.start(entries, { threads });
      try {
        bar?.start(queries.length, 0);
        return await pool.screen(queries, (done) => bar?.update(done));
      } finally {
        await pool.close();
      }
    }
    const index = buildCandidateIndex(entries);
    bar?.start(queries.length, 0);
    return queries.map((q) => {
      const results = q.query.trim() ? screenName(index, q.query, q) : [];
      bar?.increment();
      return results;
    });
  });
  bar?.stop();
  const out: string[][] = [['query', 'rank', 'id', 'name', 'score', 'match']];
  const json: unknown[] = [];
  queries.forEach(({ query }, i) => {
    const results = all[i]!;
    if (opts.json) json.push({ query, results: results.map(({ entry: _e, ...r }) => r) });
    else results.forEach((r, k) => out.push([query, String(k + 1), r.id, r.name, r.score.toFixed(4), String(r.match)]));
  });
  process.stdout.write(opts.json ? JSON.stringify(json, null, 2) + '\n' : stringify(out));
}

async function dedupe(opts: { minScore?: number; json?: boolean }): Promise<void> {
  await withIndex((index) => {
    const found = dedupeSuggestions(index, { minScore: opts.minScore });
    if (opts.json) console.log(JSON.stringify(found, null, 2));
    else
      process.stdout.write(stringify([['id_a', 'id_b', 'name_a', 'name_b', 'score'], ...found.map((f) => [f.a, f.b, f.nameA, f.nameB, f.score.toFixed(4)])]));
  });
}
