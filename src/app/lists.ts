/**
 * Reads of the stored sanctions lists, and the one write that follows a diff: saving the
 * measures it implies. Import is `import-lists.ts`; the diff itself is `diff-lists.ts`.
 */
import type { Designation } from '../domain/designation.ts';
import { deriveMeasures, linkCuratedMeasures, programmesOfProfile, type CandidateMeasure, type ListDiff } from '../analysis/list-diff/index.ts';
import { LeverageError } from '../domain/errors.ts';
import { loadDatasetProfile } from '../store/dataset-profile.ts';
import type { Queryable, Store } from '../store/db.ts';
import { listsRepository, type SnapshotRow } from '../store/lists.ts';
import type { Actor } from './actor.ts';
import { write } from './write.ts';

export type { SnapshotRow };

/** All snapshots, newest first within each source. */
export function listSnapshots(db: Queryable): Promise<SnapshotRow[]> {
  return listsRepository(db).listSnapshots();
}

/** One snapshot; `not_found` naming the id when there is none. */
export function getSnapshot(db: Queryable, id: string): Promise<SnapshotRow> {
  return listsRepository(db).getSnapshot(id);
}

/**
 * A snapshot's designations: all, those carrying `programme`, or those with the given source ids;
 * with `limit`, a page of them in source-id order after the source id `after`.
 */
export function snapshotDesignations(
  db: Queryable,
  id: string,
  filter: { programme?: string; ids?: string[]; after?: string; limit?: number } = {},
): Promise<Designation[]> {
  return listsRepository(db).loadDesignations(id, filter);
}

export interface MeasureOptions {
  /** Days after the later snapshot a curated measure may be dated and still link. */
  toleranceDays: number;
}

const SAVE_MEASURES = { permission: 'import', action: 'lists.measures', what: 'save measures derived from a list diff' } as const;

/**
 * Derives candidate measures from a diff for the programmes the dataset profile names, links the
 * curated measures they confirm, and saves them to `list_measure` (replacing earlier ones with
 * the same id), in one audited transaction. Without a profile there is no country to derive for.
 */
export function saveDiffMeasures(store: Store, actor: Actor, diff: ListDiff, options: MeasureOptions): Promise<CandidateMeasure[]> {
  return write(store, actor, SAVE_MEASURES, async (tx) => {
    const repo = listsRepository(tx);
    const profile = await loadDatasetProfile(tx);
    if (!profile)
      throw new LeverageError('not_found', 'no dataset profile: measures are derived for the programmes a dataset.json names', {
        expected: 'a dataset imported with its dataset.json (leverage seed)',
      });
    const measures = linkCuratedMeasures(deriveMeasures(diff, programmesOfProfile(profile)), await repo.curatedMeasures(), {
      from: diff.a.published,
      toleranceDays: options.toleranceDays,
    });
    await repo.saveMeasures(measures);
    return { result: measures, audit: { a: diff.a.id, b: diff.b.id, programme: diff.programme ?? null, measures: measures.map((m) => m.id) } };
  });
}
