/**
 * Use case: the FollowTheMoney export. Designations (the latest snapshot of each list, or one
 * snapshot) and, on request, registry people and organisations, streamed page by page as JSON
 * lines. Every entity is checked against the FtM model first; an invalid one stops the export
 * with an error naming it.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { currentSnapshots } from '../analysis/list-diff/index.ts';
import { LeverageError } from '../domain/errors.ts';
import { actorToFtm, designationToFtm, ftmProblems, storedToFtm, type FtmExportEntity } from '../export/ftm/index.ts';
import { ftmEntitiesRepository } from '../store/ftm-entities.ts';
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
  const emit = async (e: FtmExportEntity, sourceGaps = false) => {
    const problems = ftmProblems(e, { sourceGaps });
    if (problems.length)
      throw new LeverageError('internal', `FtM entity ${e.id} (${e.schema}) is not valid: ${problems.join('; ')}`, {
        expected: 'entities valid against the FtM model',
      });
    summary.entities++;
    if (!out.write(`${JSON.stringify(e)}\n`)) await once(out, 'drain');
  };
  if (options.snapshot) summary.snapshots.push((await repo.getSnapshot(options.snapshot)).id);
  else {
    // The latest complete snapshot of each list (a sample never stands in for its list).
    for (const s of currentSnapshots(await repo.listSnapshots())) summary.snapshots.push(s.id);
  }
  const whole = await ftmEntitiesRepository(db).counts(summary.snapshots);
  for (const snapshot of summary.snapshots) {
    // An OpenSanctions snapshot kept its entities whole: they go out as they came in (every schema,
    // relation and sanction), not rebuilt from designations.
    if (whole.get(snapshot)) {
      for await (const page of ftmEntitiesRepository(db).pages(snapshot)) {
        for (const e of page) {
          await emit(storedToFtm(e), true);
          if (e.target) summary.designations++;
        }
      }
      continue;
    }
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
