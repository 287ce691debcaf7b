/**
 * `leverage names compare|dedupe` and `leverage screen`: thin shells over `src/names/`.
 * `names compare --pairs FILE.csv` is the evaluation contract: the same rows out, with
 * `score` and `match` appended; keep its input and output stable.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { safeCsvText } from '../domain/csv-cell.ts';
import { LeverageError } from '../domain/errors.ts';
import {
  buildCandidateIndex,
  compareNames,
  dedupeSuggestions,
  screenName,
  WEAK_ALIAS_FACTOR,
  THRESHOLDS,
  type CandidateIndex,
  type QueryProperties,
  type ScreeningEntry,
  type ScreenResult,
} from '../names/index.ts';
import { ScreeningPool, type BulkQuery } from '../names-worker/pool.ts';
import { reportError, withStore } from './run.ts';
import { loadScreeningEntries, readCsvTable, readNamesCsv } from '../app/index.ts';

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
    .option('--birth-date <date>', 'birth date of the person screened (YYYY, YYYY-MM-DD, DD.MM.YYYY): tells namesakes apart')
    .option('--nationality <country>', 'nationality (ISO code or English name): tells namesakes apart')
    .option('--id <identifier>', 'an identifier (passport, national id, registration number); repeatable', (v: string, all: string[] = []) => [...all, v])
    .action((name: string | undefined, opts: ScreenCliOptions) => {
      exitQuietlyOnEpipe(process.stdout);
      return run(() => screen(name, opts));
    });
}

interface ScreenCliOptions {
  file?: string;
  schema?: string;
  limit: number;
  threads?: number;
  json?: boolean;
  birthDate?: string;
  nationality?: string;
  id?: string[];
}

/**
 * `leverage screen … | head`: when the reader goes away, writing to stdout fails with EPIPE;
 * that is the reader's choice, not an error: exit at once, quietly, with status 0.
 */
export function exitQuietlyOnEpipe(stream: NodeJS.EventEmitter, exit: (code: number) => void = (code) => process.exit(code)): void {
  if (EPIPE_GUARDED.has(stream)) return;
  EPIPE_GUARDED.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') exit(0);
    else throw err;
  });
}
const EPIPE_GUARDED = new WeakSet<NodeJS.EventEmitter>();

/** The properties a screening query states (flags, or the columns of a --file row). */
function queryProperties(birthDate?: string, nationality?: string, ids?: string[]): QueryProperties | undefined {
  const identifiers = (ids ?? []).map((x) => x.trim()).filter(Boolean);
  if (!birthDate?.trim() && !nationality?.trim() && identifiers.length === 0) return undefined;
  return { birthDate: birthDate?.trim() || undefined, nationality: nationality?.trim() || undefined, identifiers };
}

// Without --threads, a file shorter than this is screened in this process: starting workers
// costs a second of start-up and an index build each (in parallel with each other), which
// two workers earn back only over some ten thousand names (≈ 0.3 ms a name on one thread).
const WORKER_MIN_NAMES = 10_000;

async function run(work: () => unknown): Promise<void> {
  try {
    await work();
  } catch (err) {
    reportError(err);
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
  const rows = readCsvTable(input, file, { relaxQuotes: true });
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

const WEAK_NOTE = `  (weak alias: names alike ×${WEAK_ALIAS_FACTOR}, never an alert alone)`;

function printResults(query: string, results: ScreenResult[], json: boolean): void {
  if (json) {
    console.log(JSON.stringify({ query, results: results.map(({ entry, ...r }) => ({ ...r, entry })) }, null, 2));
    return;
  }
  if (results.length === 0) console.log(`${query}: no candidates`);
  for (const r of results) {
    console.log(`${r.score.toFixed(3)}${r.match ? ' MATCH' : '      '}  ${r.id}  ${r.name}${r.weakAlias ? WEAK_NOTE : ''}`);
    // With properties: the name's own score and what agreed or disagreed.
    if (r.properties) {
      const checks = r.properties.map((c) => `${c.property} ${c.result} (${c.query} ~ ${c.entry.join('; ')})`);
      console.log(`       name ${r.nameScore!.toFixed(3)}${checks.length ? '; ' + checks.join('; ') : '; no property to compare'}`);
    }
  }
}

async function screen(name: string | undefined, opts: ScreenCliOptions): Promise<void> {
  if (!name && !opts.file) throw new LeverageError('bad_input', 'give a NAME or --file names.csv');
  if (name) {
    const properties = queryProperties(opts.birthDate, opts.nationality, opts.id);
    await withIndex((index) => printResults(name, screenName(index, name, { schema: opts.schema, limit: opts.limit, properties }), !!opts.json));
    return;
  }
  const rows = readNamesCsv(readInput(opts.file!), opts.file!);
  // The CSV shows no explanations: they are built only for --json.
  // Optional columns birth_date, nationality and ids (several separated by `;`), else the flags.
  const queries: BulkQuery[] = rows.map((row) => ({
    query: row.name,
    schema: row.schema || opts.schema,
    limit: opts.limit,
    explain: !!opts.json,
    properties: queryProperties(row.birth_date ?? opts.birthDate, row.nationality ?? opts.nationality, row.ids !== undefined ? row.ids.split(';') : opts.id),
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
  // With properties, two more columns: the name's own score and what agreed or disagreed.
  const withProps = queries.some((q) => q.properties);
  const out: string[][] = [['query', 'rank', 'id', 'name', 'score', 'match', 'weak_alias', ...(withProps ? ['name_score', 'properties'] : [])]];
  const json: unknown[] = [];
  queries.forEach(({ query }, i) => {
    const results = all[i]!;
    if (opts.json) json.push({ query, results: results.map(({ entry: _e, ...r }) => r) });
    else {
      for (const [k, r] of results.entries()) {
        out.push([
          query,
          String(k + 1),
          r.id,
          r.name,
          r.score.toFixed(4),
          String(r.match),
          String(!!r.weakAlias),
          ...(withProps ? [(r.nameScore ?? r.score).toFixed(4), (r.properties ?? []).map((c) => `${c.property} ${c.result}`).join('; ')] : []),
        ]);
      }
    }
  });
  // Names come from the user's file and from third-party lists: no cell may start a spreadsheet formula.
  process.stdout.write(opts.json ? JSON.stringify(json, null, 2) + '\n' : stringify(out.map((row) => row.map(safeCsvText))));
}

async function dedupe(opts: { minScore?: number; json?: boolean }): Promise<void> {
  await withIndex((index) => {
    const found = dedupeSuggestions(index, { minScore: opts.minScore });
    if (opts.json) console.log(JSON.stringify(found, null, 2));
    else
      process.stdout.write(stringify([['id_a', 'id_b', 'name_a', 'name_b', 'score'], ...found.map((f) => [f.a, f.b, f.nameA, f.nameB, f.score.toFixed(4)])]));
  });
}
