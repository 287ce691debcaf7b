/**
 * `leverage export ftm`: designations (the latest snapshot of each list, or one `--snapshot`) and,
 * with `--registry`, registry people and organisations as FollowTheMoney entities, one JSON object
 * per line, streamed page by page. Every entity is checked against the FtM model first; an invalid
 * one stops the export with an error naming it. A thin shell over `src/app/export-ftm.ts`.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { writeFtm } from '../app/index.ts';
import { reportError, withStore } from './run.ts';

/** Registers `export ftm`. */
export function registerExportCommands(program: Command): void {
  const exp = program.command('export').description('export data in other formats');
  exp
    .command('ftm')
    .description(
      'designations (latest snapshot of each list, or --snapshot) and, with --registry, registry people and organisations as FollowTheMoney JSON lines',
    )
    .option('--snapshot <id>', 'export this snapshot only (an id from `leverage lists snapshots`)')
    .option('--registry', 'also export registry people and organisations')
    .option('--out <file>', 'write to this file instead of stdout')
    .action((opts: { snapshot?: string; registry?: boolean; out?: string }) =>
      withStore(async (store) => {
        const out = opts.out ? createWriteStream(opts.out) : process.stdout;
        try {
          const summary = await writeFtm(store, { snapshot: opts.snapshot, registry: opts.registry }, out);
          console.error(
            `exported ${summary.entities} FtM entities: ${summary.designations} designations (snapshots ${summary.snapshots.join(', ') || 'none'}), ${summary.actors} registry actors`,
          );
        } finally {
          if (opts.out) {
            out.end();
            await once(out, 'close');
          }
        }
      }).catch(reportError),
    );
}
