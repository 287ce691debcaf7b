/**
 * `leverage lists …`: import official sanctions lists as snapshots, list snapshots, diff two of
 * them. A thin shell over `src/app/` (import-lists, diff-lists, lists).
 */
import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { safeCsvText } from '../domain/csv-cell.ts';
import { LeverageError, formatLocation, type Warning } from '../domain/errors.ts';
import { LIST_SOURCES, type ListSource } from '../domain/designation.ts';
import {
  diffSnapshots,
  importListFiles,
  listSnapshots,
  parseFormat,
  removeSnapshot,
  saveDiffMeasures,
  seedLists,
  shippedLists,
  setSnapshotDate,
  setSnapshotSample,
  SHIPPED_LISTS_DIR,
  type DiffPairInfo,
  type ImportSummary,
  type ListDiff,
  type Store,
} from '../app/index.ts';
import { registerListsUpdateCommand } from './lists-update.ts';
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

function printDiff(diff: ListDiff & { pair: DiffPairInfo }, mode: 'text' | 'json' | 'csv', extra: Record<string, unknown>): void {
  if (mode === 'json') {
    console.log(JSON.stringify({ ...diff, ...extra }, null, 2));
    return;
  }
  if (mode === 'csv') {
    // Every row names the pair it comes from.
    const [a, b] = [diff.a.id, diff.b.id];
    const rows: string[][] = [['change', 'source_id', 'name', 'kind', 'programmes', 'fields', 'snapshot_a', 'snapshot_b']];
    for (const e of diff.designated) rows.push(['designated', e.sourceId, e.name, e.kind, e.programmes.join(';'), '', a, b]);
    for (const e of diff.delisted) rows.push(['delisted', e.sourceId, e.name, e.kind, e.programmes.join(';'), '', a, b]);
    for (const e of diff.amended) rows.push(['amended', e.sourceId, e.name, e.kind, e.programmes.join(';'), e.fields.join(';'), a, b]);
    // List files come from third parties: no cell may start a spreadsheet formula.
    process.stdout.write(stringify(rows.map((row) => row.map(safeCsvText))));
    for (const w of diff.pair.warnings) console.error(`warning: ${w}`);
    return;
  }
  console.log(diff.pair.reason);
  for (const s of diff.pair.skipped) console.log(`  passed over ${s.id}: ${s.reason}`);
  for (const w of diff.pair.warnings) console.log(`warning: ${w}`);
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
    .option('--as-of <date>', 'publication date (YYYY-MM-DD); required for files that carry none, e.g. OFAC CSV')
    .option('--sample', 'the files are excerpts of their list: never diffed, screened or exported as the list')
    .option('--complete', 'the files are full lists, however small')
    .option('--json', 'one JSON line per snapshot')
    .action((files: string[], opts: { format?: string; source?: string; asOf?: string; sample?: boolean; complete?: boolean; json?: boolean }) =>
      withListsStore(async (store) => {
        if (opts.source && !(LIST_SOURCES as readonly string[]).includes(opts.source))
          throw new LeverageError('invalid_value', `unknown source ${opts.source}`, { expected: LIST_SOURCES.join(', ') });
        let bar: cliProgress.SingleBar | undefined;
        let done = 0;
        const results = await importListFiles(store, cliActor(), files, {
          format: opts.format ? parseFormat(opts.format) : undefined,
          source: opts.source as ListSource | undefined,
          asOf: opts.asOf,
          sample: opts.sample ? true : opts.complete ? false : undefined,
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

  registerListsUpdateCommand(lists, withListsStore);

  lists
    .command('seed')
    .description('load the shipped sanctions lists (data/lists/lists.json: OFAC SDN 2019 and 2023, UN 2025); loaded on first start; again changes nothing')
    .option('--dir <dir>', 'another lists directory with a lists.json', SHIPPED_LISTS_DIR)
    .option('--json', 'one JSON line per snapshot')
    .action((opts: { dir: string; json?: boolean }) =>
      withListsStore(async (store) => {
        // A bar on a terminal only: piped output stays the result lines.
        const total = shippedLists(opts.dir).reduce((sum, l) => sum + l.files.reduce((s, f) => s + safeSize(f), 0), 0);
        const bar = process.stderr.isTTY
          ? new cliProgress.SingleBar(
              { stream: process.stderr, format: 'lists seed [{bar}] {percentage}% {value}/{total} bytes' },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
        bar?.start(total, 0);
        let done = 0;
        const results = await seedLists(store, opts.dir, { actor: cliActor(), onBytes: (n) => bar?.update((done += n)) }).finally(() => bar?.stop());
        printImport(results, !!opts.json);
      }),
    );

  lists
    .command('diff')
    .description('diff two snapshots (default: the two latest complete snapshots of the same list), keyed on source ids')
    .argument('[snapshots...]', 'SNAPSHOT_A SNAPSHOT_B (earlier first)')
    .option('--programme <programme>', 'only entries carrying this programme (or a sub-programme: RUSSIA takes RUSSIA-EO14024) on either side')
    .option('--exact', 'only the programme itself, not its sub-programmes')
    .option('--source <source>', 'the list source of the default pair (default: the list imported last)')
    .option('--json', 'the whole diff as JSON')
    .option('--csv', 'one CSV row per change')
    .option('--measures', "derive candidate measures for the dataset profile's programmes, link curated ones, save them to list_measure")
    .option('--tolerance-days <n>', 'days after the later snapshot a curated measure may be dated and still link', '7')
    .action(
      (
        snapshots: string[],
        opts: { programme?: string; exact?: boolean; source?: string; json?: boolean; csv?: boolean; measures?: boolean; toleranceDays: string },
      ) =>
        withListsStore(async (store) => {
          if (snapshots.length !== 0 && snapshots.length !== 2)
            throw new LeverageError('invalid_value', 'give two snapshot ids or none', { expected: 'SNAPSHOT_A SNAPSHOT_B' });
          const diff = await diffSnapshots(store, { a: snapshots[0], b: snapshots[1], programme: opts.programme, exact: opts.exact, source: opts.source });
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

  const snapshots = lists
    .command('snapshots')
    .description('list imported snapshots; set-date, set-sample and remove correct them (audited)')
    .option('--json', 'one JSON line per snapshot')
    .action((opts: { json?: boolean }) =>
      withListsStore(async (store) => {
        for (const s of await listSnapshots(store)) {
          if (opts.json) console.log(JSON.stringify(s));
          else {
            const extra = `${s.version ? `  version ${s.version}` : ''}${s.sample === true ? '  sample' : ''}${s.base_snapshot ? `  (delta on ${s.base_snapshot})` : ''}`;
            console.log(`${s.id}  ${s.source}  ${s.format}  published ${s.published ?? '?'}  ${s.entities} entities  ${s.names} names${extra}`);
          }
        }
      }),
    );
  snapshots
    .command('set-date')
    .description('set the publication date of a snapshot')
    .argument('<snapshot>', 'snapshot id')
    .argument('<date>', 'YYYY-MM-DD')
    .action((id: string, date: string) =>
      withListsStore(async (store) => {
        const s = await setSnapshotDate(store, cliActor(), id, date);
        console.log(`${s.id} published ${s.published}`);
      }),
    );
  snapshots
    .command('set-sample')
    .description('declare a snapshot an excerpt (yes), a full list (no), or leave it to its size (auto)')
    .argument('<snapshot>', 'snapshot id')
    .argument('<yes|no|auto>', 'sample?')
    .action((id: string, value: string) =>
      withListsStore(async (store) => {
        const sample = ({ yes: true, no: false, auto: null } as Record<string, boolean | null>)[value];
        if (sample === undefined) throw new LeverageError('invalid_value', `set-sample ${value}`, { expected: 'yes, no or auto' });
        const s = await setSnapshotSample(store, cliActor(), id, sample);
        console.log(`${s.id} sample ${s.sample ?? 'auto'}`);
      }),
    );
  snapshots
    .command('remove')
    .description('remove a snapshot with its designations and the measures derived from it')
    .argument('<snapshot>', 'snapshot id')
    .action((id: string) =>
      withListsStore(async (store) => {
        const s = await removeSnapshot(store, cliActor(), id);
        console.log(`removed ${s.id} (${s.source}, published ${s.published ?? '?'}, ${s.entities} entities)`);
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
