/**
 * Use case: the FollowTheMoney export. Designations (the latest snapshot of each list, or one
 * snapshot) and, on request, registry people and organisations, streamed page by page as JSON
 * lines. Every entity is checked against the FtM model first; an invalid one stops the export
 * with an error naming it.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { LeverageError } from '../domain/errors.ts';
import { actorToFtm, designationToFtm, ftmProblems, type FtmExportEntity } from '../export/ftm/index.ts';
import type { Queryable } from '../store/db.ts';
import { designationIdPages, readRegistryActors } from '../store/ftm-source.ts';
import { listsRepository } from '../store/lists.ts';

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
    if (problems.length)
      throw new LeverageError('internal', `FtM entity ${e.id} (${e.schema}) is not valid: ${problems.join('; ')}`, {
        expected: 'entities valid against the FtM model',
      });
    summary.entities++;
    if (!out.write(`${JSON.stringify(e)}\n`)) await once(out, 'drain');
  };
  if (options.snapshot) summary.snapshots.push((await repo.getSnapshot(options.snapshot)).id);
  else {
    // Newest first within each source (see listSnapshots): keep the first of each.
    const seen = new Set<string>();
    for (const s of await repo.listSnapshots()) if (!seen.has(s.source)) seen.add(s.source), summary.snapshots.push(s.id);
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
