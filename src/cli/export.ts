/**
 * `leverage export ftm`: designations (the latest snapshot of each list, or one `--snapshot`) and,
 * with `--registry`, registry people and organisations as FollowTheMoney entities, one JSON object
 * per line, streamed page by page. Every entity is checked against the FtM model first; an invalid
 * one stops the export with an error naming it. A thin shell over `src/ingest/lists/ftm-export.ts`.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { LeverageError } from '../domain/errors.ts';
import { actorToFtm, designationToFtm, ftmProblems, type FtmExportEntity } from '../export/ftm/index.ts';
import type { Queryable } from '../store/db.ts';
import { designationIdPages, readRegistryActors } from '../store/ftm-source.ts';
import { listsRepository } from '../store/lists.ts';
import { openReadyStore } from '../store/open.ts';

/** What `export ftm` writes. */
export interface FtmExportOptions {
  /** One snapshot id; default: the latest snapshot of each list source. */
  snapshot?: string;
  /** Also export registry people and organisations. */
  registry?: boolean;
}

/** Counts of what was written. */
export interface FtmExportSummary {
  snapshots: string[];
  designations: number;
  actors: number;
  entities: number;
}

/** Streams the FtM entities as JSON lines into `out` (not ended). */
export async function writeFtm(db: Queryable, options: FtmExportOptions, out: Writable): Promise<FtmExportSummary> {
  const repo = listsRepository(db);
  const summary: FtmExportSummary = { snapshots: [], designations: 0, actors: 0, entities: 0 };
  const emit = async (e: FtmExportEntity) => {
    const problems = ftmProblems(e);
    if (problems.length) throw new LeverageError('internal', `FtM entity ${e.id} (${e.schema}) is not valid: ${problems.join('; ')}`, { expected: 'entities valid against the FtM model' });
    summary.entities++;
    if (!out.write(`${JSON.stringify(e)}\n`)) await once(out, 'drain');
  };
  if (options.snapshot) summary.snapshots.push((await repo.getSnapshot(options.snapshot)).id);
  else {
    // Newest first within each source (see listSnapshots): keep the first of each.
    const seen = new Set<string>();
    for (const s of await repo.listSnapshots()) if (!seen.has(s.source)) (seen.add(s.source), summary.snapshots.push(s.id));
  }
  for (const snapshot of summary.snapshots) {
    for await (const ids of designationIdPages(db, snapshot)) {
      const order = new Map(ids.map((id, i) => [id, i]));
      const page = (await repo.loadDesignations(snapshot, { ids })).sort((a, b) => order.get(a.sourceId)! - order.get(b.sourceId)!);
      for (const d of page) {
        for (const e of designationToFtm(d)) await emit(e);
        summary.designations++;
      }
    }
  }
  if (options.registry) {
    for await (const actor of readRegistryActors(db)) {
      await emit(actorToFtm(actor));
      summary.actors++;
    }
  }
  return summary;
}

/** Registers `export ftm`. */
export function registerExportCommands(program: Command): void {
  const exp = program.command('export').description('export data in other formats');
  exp.command('ftm')
    .description('designations (latest snapshot of each list, or --snapshot) and, with --registry, registry people and organisations as FollowTheMoney JSON lines')
    .option('--snapshot <id>', 'export this snapshot only (an id from `leverage lists snapshots`)')
    .option('--registry', 'also export registry people and organisations')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { snapshot?: string; registry?: boolean; out?: string }) => {
      const store = await openReadyStore({ seedIfEmpty: false }).catch((err: unknown) => {
        console.error(`error: ${err instanceof LeverageError ? err.describe() : String(err)}`);
        process.exitCode = 1;
      });
      if (!store) return;
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      try {
        const summary = await writeFtm(store, { snapshot: opts.snapshot, registry: opts.registry }, out);
        console.error(`exported ${summary.entities} FtM entities: ${summary.designations} designations (snapshots ${summary.snapshots.join(', ') || 'none'}), ${summary.actors} registry actors`);
      } catch (err) {
        console.error(err instanceof LeverageError ? `error: ${err.describe()}` : `error: ${(err as Error)?.stack ?? String(err)}`);
        process.exitCode = 1;
      } finally {
        if (opts.out) {
          out.end();
          await once(out, 'close');
        }
        await store.close();
      }
    });
}
