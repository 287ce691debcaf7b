/**
 * `leverage lists …`: import official sanctions lists as snapshots, list snapshots, diff two of
 * them. A thin shell over `src/app/` (import-lists, diff-lists, lists).
 */
import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { LeverageError, formatLocation, type Warning } from '../domain/errors.ts';
import { LIST_SOURCES, type ListSource } from '../domain/designation.ts';
import { diffSnapshots, importListFiles, listSnapshots, parseFormat, saveDiffMeasures, type ImportSummary, type ListDiff, type Store } from '../app/index.ts';
import { cliActor, reportError, withStore } from './run.ts';

/** Runs `work` on a migrated store (always closed); errors print as `file:line: message`, exit code 1. */
function withListsStore(work: (store: Store) => Promise<void>): Promise<void> {
  return withStore(work).catch(reportError);
}

function summariseWarnings(warnings: Warning[]): string[] {
  const byCode = new Map<string, Warning[]>();
  for (const w of warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
  return [...byCode].map(([code, list]) => `  warning ${code} ×${list.length}: ${formatLocation(list[0].location)}${list[0].message}`);
}

function printImport(results: ImportSummary[], json: boolean): void {
  for (const r of results) {
    if (json) {
      const { snapshot, source, format, published, entities, names, by_kind, by_programme, skipped } = r;
      console.log(JSON.stringify({ snapshot, source, format, published, entities, names, by_kind, by_programme, skipped, warnings: r.warnings.length }));
      continue;
    }
    console.log(
      `${r.skipped ? 'unchanged' : 'imported'} ${r.snapshot}: ${r.source} ${r.format} published ${r.published ?? '?'}, ${r.entities} entities, ${r.names} names (${r.files.join(' + ')})`,
    );
    for (const line of summariseWarnings(r.warnings)) console.log(line);
  }
}

function printDiff(diff: ListDiff, mode: 'text' | 'json' | 'csv', extra: Record<string, unknown>): void {
  if (mode === 'json') {
    console.log(JSON.stringify({ ...diff, ...extra }, null, 2));
    return;
  }
  if (mode === 'csv') {
    const rows: string[][] = [['change', 'source_id', 'name', 'kind', 'programmes', 'fields']];
    for (const e of diff.designated) rows.push(['designated', e.sourceId, e.name, e.kind, e.programmes.join(';'), '']);
    for (const e of diff.delisted) rows.push(['delisted', e.sourceId, e.name, e.kind, e.programmes.join(';'), '']);
    for (const e of diff.amended) rows.push(['amended', e.sourceId, e.name, e.kind, e.programmes.join(';'), e.fields.join(';')]);
    process.stdout.write(stringify(rows));
    return;
  }
  console.log(`${diff.a.id} (${diff.a.published ?? '?'}) → ${diff.b.id} (${diff.b.published ?? '?'})${diff.programme ? ` programme ${diff.programme}` : ''}`);
  console.log(`designated ${diff.designated.length}, delisted ${diff.delisted.length}, amended ${diff.amended.length}, unchanged ${diff.unchanged}`);
  if (diff.skippedFields.length) console.log(`not compared (missing in a snapshot): ${diff.skippedFields.join(', ')}`);
  for (const e of diff.designated) console.log(`+ ${e.sourceId} ${e.name} [${e.programmes.join(', ')}]`);
  for (const e of diff.delisted) console.log(`- ${e.sourceId} ${e.name} [${e.programmes.join(', ')}]`);
  for (const e of diff.amended) console.log(`~ ${e.sourceId} ${e.name}: ${e.fields.join(', ')}`);
}

/** Registers `lists import`, `lists diff` and `lists snapshots`. */
export function registerListsCommands(program: Command): void {
  const lists = program.command('lists').description('official sanctions lists: import snapshots, diff them');

  lists
    .command('import')
    .description('import list files (format detected from content); all files in one transaction; an OFAC CSV set (sdn + add + alt + comments) is one snapshot')
    .argument('<files...>', 'files to import')
    .option('--format <format>', 'override format detection')
    .option('--source <source>', `list source (${LIST_SOURCES.join(', ')}) when the default for the format is wrong`)
    .option('--as-of <date>', 'publication date (YYYY-MM-DD) for files that carry none, e.g. OFAC CSV')
    .option('--json', 'one JSON line per snapshot')
    .action((files: string[], opts: { format?: string; source?: string; asOf?: string; json?: boolean }) =>
      withListsStore(async (store) => {
        if (opts.source && !(LIST_SOURCES as readonly string[]).includes(opts.source))
          throw new LeverageError('invalid_value', `unknown source ${opts.source}`, { expected: LIST_SOURCES.join(', ') });
        let bar: cliProgress.SingleBar | undefined;
        let done = 0;
        const results = await importListFiles(store, cliActor(), files, {
          format: opts.format ? parseFormat(opts.format) : undefined,
          source: opts.source as ListSource | undefined,
          asOf: opts.asOf,
          onBytes: (n) => {
            done += n;
            if (!process.stderr.isTTY) return;
            if (!bar) {
              bar = new cliProgress.SingleBar(
                { stream: process.stderr, format: 'lists import [{bar}] {percentage}% {value}/{total} bytes' },
                cliProgress.Presets.shades_classic,
              );
              bar.start(
                files.reduce((s, f) => s + safeSize(f), 0),
                0,
              );
            }
            bar.update(done);
          },
        }).finally(() => bar?.stop());
        printImport(results, !!opts.json);
      }),
    );

  lists
    .command('diff')
    .description('diff two snapshots (default: the two latest of the same source), keyed on source ids')
    .argument('[snapshots...]', 'SNAPSHOT_A SNAPSHOT_B (earlier first)')
    .option('--programme <programme>', 'only entries carrying this programme tag on either side')
    .option('--json', 'the whole diff as JSON')
    .option('--csv', 'one CSV row per change')
    .option('--measures', "derive candidate measures for the dataset profile's programmes, link curated ones, save them to list_measure")
    .option('--tolerance-days <n>', 'days after the later snapshot a curated measure may be dated and still link', '7')
    .action((snapshots: string[], opts: { programme?: string; json?: boolean; csv?: boolean; measures?: boolean; toleranceDays: string }) =>
      withListsStore(async (store) => {
        if (snapshots.length !== 0 && snapshots.length !== 2)
          throw new LeverageError('invalid_value', 'give two snapshot ids or none', { expected: 'SNAPSHOT_A SNAPSHOT_B' });
        const diff = await diffSnapshots(store, { a: snapshots[0], b: snapshots[1], programme: opts.programme });
        const extra: Record<string, unknown> = {};
        if (opts.measures) {
          const measures = await saveDiffMeasures(store, cliActor(), diff, { toleranceDays: Number(opts.toleranceDays) });
          extra.measures = measures;
          if (!opts.json && !opts.csv)
            for (const m of measures)
              console.error(`measure ${m.id}: ${m.summary}${m.curatedMeasureIds.length ? ` (curated: ${m.curatedMeasureIds.join(', ')})` : ''}`);
        }
        printDiff(diff, opts.json ? 'json' : opts.csv ? 'csv' : 'text', extra);
      }),
    );

  lists
    .command('snapshots')
    .description('list imported snapshots')
    .option('--json', 'one JSON line per snapshot')
    .action((opts: { json?: boolean }) =>
      withListsStore(async (store) => {
        for (const s of await listSnapshots(store)) {
          if (opts.json) console.log(JSON.stringify(s));
          else
            console.log(
              `${s.id}  ${s.source}  ${s.format}  published ${s.published ?? '?'}  ${s.entities} entities  ${s.names} names${s.base_snapshot ? `  (delta on ${s.base_snapshot})` : ''}`,
            );
        }
      }),
    );
}

function safeSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
