/** Registry commands: `db migrate`, `seed`, `import registry`, `stats`. */
import type { Command } from 'commander';
import { SHIPPED_DATA_DIR, importRegistryFiles, migrate, registryStats, seed, type FileResult } from '../app/index.ts';
import { cliActor, reportError, withStore } from './run.ts';

export function registerRegistryCommands(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending migrations (a no-op when up to date)')
    .action(() =>
      withStore(
        async (store) => {
          const applied = await migrate(store);
          console.log(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
          console.log(`data: ${store.engine} at ${store.location}`);
        },
        { log: () => undefined },
      ).catch(reportError),
    );

  program
    .command('seed')
    .description('load the shipped dataset (data/belarus) in one transaction; running it again changes nothing')
    .option('--dir <dir>', 'load another dataset directory of the same files', SHIPPED_DATA_DIR)
    .option('--json', 'print the result as JSON')
    .action((opts: { dir: string; json?: boolean }) =>
      withStore(async (store) => {
        printResults(await seed(store, opts.dir, { actor: cliActor(), onProgress: progress() }), opts.json);
      }).catch(reportError),
    );

  const imp = program.command('import').description('import data');
  imp
    .command('registry')
    .description('import registry files (CSV or JSON, see docs/import-formats.md); all files in one transaction')
    .argument('<files...>', 'files to import')
    .option('--actor <name>', 'who is importing, for the audit log (default: your login name)')
    .option('--json', 'print the result as JSON')
    .action((files: string[], opts: { actor?: string; json?: boolean }) =>
      withStore(async (store) => {
        printResults(await importRegistryFiles(store, cliActor(opts.actor), files, { onProgress: progress() }), opts.json);
      }).catch(reportError),
    );

  program
    .command('stats')
    .description('counts per record kind with their date ranges')
    .option('--json', 'an object keyed by kind: {releases: {count, from, to}, ...}')
    .action((opts: { json?: boolean }) =>
      withStore(async (store) => {
        const stats = await registryStats(store);
        if (opts.json) return console.log(JSON.stringify(stats, null, 2));
        console.log(`data: ${store.engine} at ${store.location}`);
        console.log(['kind'.padEnd(14), 'count'.padStart(9), '  from        to'].join(''));
        for (const [kind, s] of Object.entries(stats)) {
          console.log(`${kind.padEnd(14)}${String(s.count).padStart(9)}  ${s.from ?? ''.padEnd(10)}  ${s.to ?? ''}`);
        }
      }).catch(reportError),
    );
}

/** On a terminal, a running count of records read, on stderr. */
function progress(): ((file: string, records: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (file, records) => process.stderr.write(`\r${file}: ${records.toLocaleString('en')} records`);
}

function printResults(results: FileResult[], json?: boolean): void {
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (json) return console.log(JSON.stringify(results, null, 2));
  for (const r of results) {
    console.log(`${r.file}: ${r.records} ${r.kind} (${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged)`);
  }
}
