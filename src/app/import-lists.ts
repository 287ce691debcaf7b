/**
 * Use case: import sanctions-list files as snapshots in ONE transaction: every file or nothing.
 * An OFAC CSV set (primary + add/alt/comments) is one snapshot; a file identical to one already
 * stored is a no-op. The ingest pipeline reads and maps the files into events; here they are
 * applied in file order (designations batched, patches after the rows they patch, deletes in
 * place) and the store writes them.
 */
import { createHash } from 'node:crypto';
import { compareSnapshots } from '../analysis/list-diff/index.ts';
import type { Designation, ListSource } from '../domain/designation.ts';
import { LeverageError, type Warning } from '../domain/errors.ts';
import { applyPatch, detach, planImport, versionDay, type ImportJob, type ListEvent, type PlanOptions } from '../ingest/lists/index.ts';
import { isUniqueViolation, type Queryable, type Store } from '../store/db.ts';
import { listsRepository, type ListsRepository, type SnapshotRow } from '../store/lists.ts';
import { authorise, type Actor } from './actor.ts';
import { write } from './write.ts';
import { storeFtmEntities } from './yente-import.ts';

/** Designations and patches written per statement. */
const BATCH = 500;
/** Events read between two turns of the event loop. */
const YIELD_EVERY = 100;

/**
 * One turn of the event loop. Parsing and PGlite answer in microtasks: without turns, a server
 * loading lists in the background (its first start) would answer no request, or shed them as
 * overloaded, until a whole snapshot is written.
 */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** One imported snapshot, as `lists import --json` prints it (one line per snapshot). */
export interface ImportSummary {
  snapshot: string;
  source: string;
  format: string;
  published: string | null;
  entities: number;
  names: number;
  by_kind: Record<string, number>;
  by_programme: Record<string, number>;
  skipped: boolean;
  files: string[];
  warnings: Warning[];
}

export interface ListImportOptions extends PlanOptions {
  /** Publication date (YYYY-MM-DD) for files that carry none; wins over the file's own. */
  asOf?: string;
  /** Declares the files an excerpt (true) or a full list (false); undefined lets the size decide. */
  sample?: boolean;
}

/** The refusal for a file with no publication date of its own and no `--as-of`. */
function undatedError(job: ImportJob): LeverageError {
  const what = job.delta
    ? 'an OpenSanctions delta is dated by its version (…/20240528074703-npf/entities.delta.json); this path has none'
    : `a file in format ${job.format} carries no publication date`;
  return new LeverageError('invalid_value', `${what}: pass --as-of YYYY-MM-DD (the day the list was published)`, {
    location: { file: job.files[0]?.file },
    expected: '--as-of YYYY-MM-DD',
  });
}

const IMPORT = { permission: 'import', action: 'lists.import', what: 'import sanctions lists' } as const;

/** Imports `files` for `actor`; see the file comment. */
export async function importListFiles(store: Store, actor: Actor, files: string[], options: ListImportOptions = {}): Promise<ImportSummary[]> {
  // Refuse before reading: planning hashes every file, which is the slow part of an import.
  authorise(actor, IMPORT.permission, IMPORT.what);
  if (options.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf))
    throw new LeverageError('invalid_value', `--as-of ${options.asOf}`, { expected: 'a date such as 2023-01-21' });
  const jobs = inVersionOrder(await planImport(files, options));
  if (!options.asOf) for (const job of jobs) if (job.undated || (job.delta && !job.version)) throw undatedError(job);
  return write(store, actor, IMPORT, async (tx) => {
    const out: ImportSummary[] = [];
    // The snapshot each source ended at in this import: the base of the next delta of that source.
    const chain = new Map<string, SnapshotRow>();
    for (const job of jobs) {
      const { snapshot, skipped } = await importSnapshot(tx, job, options, chain.get(job.source));
      chain.set(job.source, snapshot);
      out.push({
        snapshot: snapshot.id,
        source: snapshot.source,
        format: snapshot.format,
        published: snapshot.published,
        entities: snapshot.entities,
        names: snapshot.names,
        by_kind: snapshot.by_kind,
        by_programme: snapshot.by_programme,
        skipped,
        files: job.files.map((f) => f.file),
        warnings: job.warnings,
      });
    }
    const audit = out.map(({ snapshot, source, format, published, entities, skipped, files }) => ({
      snapshot,
      source,
      format,
      published,
      entities,
      skipped,
      files,
    }));
    return { result: out, audit };
  });
}

type Patch = Extract<ListEvent, { type: 'patch' }>;

/** Deltas given together are applied oldest version first (the order of the delta index), whatever the command-line order. */
function inVersionOrder(jobs: ImportJob[]): ImportJob[] {
  const out = [...jobs];
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j < out.length && out[j].delta && out[j].version) j++;
    if (j > i) out.splice(i, j - i, ...out.slice(i, j).sort((x, y) => (x.version! < y.version! ? -1 : 1)));
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The snapshot a delta applies to: the one its source ended at earlier in this import, else the source's latest. */
async function deltaBase(repo: ListsRepository, job: ImportJob, previous: SnapshotRow | undefined): Promise<SnapshotRow> {
  const base =
    previous ??
    (await repo.listSnapshots())
      .filter((s) => s.source === job.source)
      .sort(compareSnapshots)
      .at(-1);
  if (!base)
    throw new LeverageError('not_found', 'a delta file needs a base snapshot; import entities.ftm.json first', { location: { file: job.files[0]?.file } });
  if (job.version && base.version && job.version <= base.version) {
    throw new LeverageError('invalid_value', `delta version ${job.version} is not newer than its base ${base.id} (version ${base.version})`, {
      location: { file: job.files[0]?.file },
      expected: 'deltas applied oldest first, each once',
    });
  }
  return base;
}

async function importSnapshot(
  tx: Queryable,
  job: ImportJob,
  options: ListImportOptions,
  previous: SnapshotRow | undefined,
): Promise<{ snapshot: SnapshotRow; skipped: boolean }> {
  const repo = listsRepository(tx);
  const asOf = options.asOf ?? (job.delta && job.version ? versionDay(job.version) : undefined);
  // A delta's snapshot is its base plus the delta: the same delta on another base is another snapshot.
  const base = job.delta ? await deltaBase(repo, job, previous) : undefined;
  const contentHash = base ? createHash('sha256').update(`${base.content_hash}+${job.contentHash}`).digest('hex') : job.contentHash;
  const existing = await repo.snapshotByHash(contentHash);
  if (existing) return { snapshot: existing, skipped: true };
  const id = `${job.source}-${contentHash.slice(0, 10)}`;
  try {
    await repo.createSnapshot({
      id,
      source: job.source,
      format: job.format,
      published: asOf ?? null,
      contentHash,
      missing: job.missing,
      files: job.files,
      baseSnapshot: base?.id ?? null,
      version: job.version ?? null,
      sample: options.sample ?? null,
    });
  } catch (err) {
    // On PostgreSQL two processes may import the same file at once: both find no snapshot with its
    // hash, and the second insert waits for the first transaction, then breaks the unique key.
    if (isUniqueViolation(err)) {
      throw new LeverageError('conflict', 'this file is being imported, or was just imported, by another process; nothing was written by this import', {
        location: { file: job.files[0]?.file },
        expected: 'one import of a file at a time (run the import again: an imported file is reported as unchanged)',
        cause: err,
      });
    }
    throw err;
  }
  const warn = (w: Warning) => job.warnings.push(w);
  let published: string | undefined;
  let source: ListSource = job.source;
  let pending: Designation[] = [];
  let patches: Patch[] = [];
  let deferred: Patch[] = [];
  const seen = new Set<string>();
  const flush = async () => {
    await repo.insertDesignations(id, pending);
    pending = [];
    await turn();
  };
  let sinceYield = 0;
  for await (const e of job.events()) {
    if (++sinceYield === YIELD_EVERY) {
      sinceYield = 0;
      await turn();
    }
    if (e.type === 'meta') {
      published = e.published ?? published;
      source = e.source ?? source;
    } else if (e.type === 'designation') {
      if (!base && seen.has(e.designation.sourceId)) {
        warn({
          code: 'duplicate_id',
          message: `source id ${e.designation.sourceId} appears twice; the later record wins`,
          location: { ...e.location, record: detach(e.designation.sourceId) },
        });
      }
      seen.add(detach(e.designation.sourceId));
      pending.push(e.designation);
      if (pending.length >= BATCH) await flush();
    } else if (e.type === 'patch') {
      patches.push(e);
      if (patches.length >= BATCH) {
        await flush();
        deferred.push(...(await applyPatches(repo, id, patches)));
        patches = [];
      }
    } else {
      await flush();
      await repo.deleteDesignation(id, e.sourceId);
    }
  }
  await flush();
  deferred = [...(await applyPatches(repo, id, deferred)), ...(await applyPatches(repo, id, patches))];
  if (deferred.length) {
    warn({
      code: 'orphan_rows',
      message: `${deferred.length} patch(es) (e.g. Sanction entities) name an entity absent from the file`,
      location: { file: job.files[0]?.file, record: deferred[0].sourceId },
    });
  }
  if (!asOf && !published) throw undatedError(job);
  await storeFtmEntities(tx, id, job, base?.id);
  return { snapshot: await repo.finishSnapshot(id, published, source), skipped: false };
}

/** Applies patches to stored rows; returns those whose designation is not (yet) stored. */
async function applyPatches(repo: ListsRepository, snapshotId: string, patches: Patch[]): Promise<Patch[]> {
  if (!patches.length) return [];
  const ids = [...new Set(patches.map((p) => p.sourceId))];
  const current = new Map((await repo.loadDesignations(snapshotId, { ids })).map((d) => [d.sourceId, d]));
  const unmatched: Patch[] = [];
  const changed = new Map<string, Designation>();
  for (const p of patches) {
    const d = changed.get(p.sourceId) ?? current.get(p.sourceId);
    if (!d) unmatched.push(p);
    else changed.set(p.sourceId, applyPatch(d, p.patch));
  }
  await repo.updateDesignations(snapshotId, [...changed.values()]);
  return unmatched;
}
