/**
 * Reads of the stored sanctions lists, and the one write that follows a diff: saving the
 * measures it implies. Import is `import-lists.ts`; the diff itself is `diff-lists.ts`.
 */
import type { Designation } from '../domain/designation.ts';
import {
  deriveMeasures,
  incompleteness,
  linkCuratedMeasures,
  programmeMatches,
  programmePrefix,
  programmesOfProfile,
  type CandidateMeasure,
  type ListDiff,
} from '../analysis/list-diff/index.ts';
import { IsoDateSchema } from '../domain/designation.ts';
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
 * A snapshot's designations: all, those carrying `programme` (and, unless `exact`, its
 * sub-programmes: `RUSSIA` takes `RUSSIA-EO14024`), or those with the given source ids; with
 * `limit`, a page of them in source-id order after the source id `after`.
 */
export async function snapshotDesignations(
  db: Queryable,
  id: string,
  filter: { programme?: string; exact?: boolean; ids?: string[]; after?: string; limit?: number } = {},
): Promise<Designation[]> {
  return loadInProgramme(db, id, filter);
}

/** Designations of a snapshot under a programme filter (see `programmeMatches`), optionally a page. */
export async function loadInProgramme(
  db: Queryable,
  id: string,
  filter: { programme?: string; exact?: boolean; ids?: string[]; after?: string; limit?: number },
): Promise<Designation[]> {
  const repo = listsRepository(db);
  const page = { after: filter.after, limit: filter.limit };
  if (filter.ids || !filter.programme) return repo.loadDesignations(id, { ids: filter.ids, ...page });
  const { programme, exact } = filter;
  if (exact) return repo.loadDesignations(id, { programme, ...page });
  // A prefix query may also return tags that only start like the programme (RUSSIAX); those are
  // dropped here, and a page keeps reading until it holds `limit` matches or the snapshot ends.
  const matches = (d: Designation) => d.programmes.some((p) => programmeMatches(p, programme));
  const query = { programme: programmePrefix(programme), programmePrefix: true };
  if (page.limit === undefined) return (await repo.loadDesignations(id, { ...query, after: page.after })).filter(matches);
  const out: Designation[] = [];
  for (let after = page.after; ; ) {
    const batch = await repo.loadDesignations(id, { ...query, after, limit: page.limit });
    out.push(...batch.filter(matches));
    if (batch.length < page.limit || out.length >= page.limit) return out.slice(0, page.limit);
    after = batch[batch.length - 1]!.sourceId;
  }
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
    const all = await repo.listSnapshots();
    for (const side of [diff.a, diff.b]) {
      const row = all.find((s) => s.id === side.id);
      const why = row && incompleteness(row, all);
      if (why) throw new LeverageError('invalid_value', `no measures from snapshot ${side.id}: ${why}`, { expected: 'a diff of two complete snapshots' });
    }
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

const SET_DATE = { permission: 'import', action: 'lists.snapshot.set-date', what: 'set the publication date of a list snapshot' } as const;

/** Sets a snapshot's publication date (`YYYY-MM-DD`), audited with the date before and after. */
export async function setSnapshotDate(store: Store, actor: Actor, id: string, date: string): Promise<SnapshotRow> {
  if (!IsoDateSchema.safeParse(date).success) throw new LeverageError('invalid_value', `date ${date}`, { expected: 'a date such as 2023-01-21' });
  return write(store, actor, SET_DATE, async (tx) => {
    const repo = listsRepository(tx);
    const before = await repo.getSnapshot(id);
    await repo.setPublished(id, date);
    return { result: await repo.getSnapshot(id), audit: { snapshot: id, before: before.published, after: date } };
  });
}

const SET_SAMPLE = { permission: 'import', action: 'lists.snapshot.set-sample', what: 'declare a list snapshot a sample or a full list' } as const;

/** Declares a snapshot an excerpt (true) or a full list (false), or leaves it to its size (null). */
export function setSnapshotSample(store: Store, actor: Actor, id: string, sample: boolean | null): Promise<SnapshotRow> {
  return write(store, actor, SET_SAMPLE, async (tx) => {
    const repo = listsRepository(tx);
    const before = await repo.getSnapshot(id);
    await repo.setSample(id, sample);
    return { result: await repo.getSnapshot(id), audit: { snapshot: id, before: before.sample ?? null, after: sample } };
  });
}

const REMOVE = { permission: 'import', action: 'lists.snapshot.remove', what: 'remove a list snapshot' } as const;

/** Removes a snapshot, its designations and the candidate measures derived from it; the audit row keeps what it was. */
export function removeSnapshot(store: Store, actor: Actor, id: string): Promise<SnapshotRow> {
  return write(store, actor, REMOVE, async (tx) => {
    const repo = listsRepository(tx);
    const row = await repo.getSnapshot(id);
    await repo.deleteSnapshot(id);
    const { by_kind, by_programme, ...kept } = row;
    return { result: row, audit: { removed: kept } };
  });
}
