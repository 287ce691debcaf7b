/**
 * Use case: keep the official lists current (`leverage lists update`, and the server's schedule).
 * For each source of `data/lists/sources.json`: fetch its files conditionally
 * (`lists-update-fetch.ts`), import a changed set through `importListFiles` (so through `write()`,
 * audited), diff the new snapshot against the one this source made last time (on a source's first
 * update: the latest complete, older snapshot of the same list already stored, such as the shipped
 * one, `baseSnapshot`), record the changes
 * (`list_change`, read by the Atom feed) and the fetch state in one audited write, then send the
 * changes to the configured webhooks. A source that fails is reported with its URL and leaves
 * nothing imported; the others go on. Only one update runs at a time across servers (`runOnce`).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareSnapshots, incompleteness, listOf } from '../analysis/list-diff/index.ts';
import { LeverageError } from '../domain/errors.ts';
import { readFetchSources, selectFetchSources, versionDay, type FetchSource } from '../ingest/lists/index.ts';
import { DEFAULT_DATA_DIR, type Store } from '../store/db.ts';
import { listFetchRepository } from '../store/list-fetch.ts';
import { listsRepository } from '../store/lists.ts';
import { runOnce } from '../store/run-once.ts';
import type { Actor } from './actor.ts';
import { diffSnapshots } from './diff-lists.ts';
import { importListFiles, type ImportSummary } from './import-lists.ts';
import { changeRows, summariseChanges, type ChangeSummary } from './lists-update-changes.ts';
import { fetchSourceFiles, type FetchedSet } from './lists-update-fetch.ts';
import { publishWebhookEvent, type DeliveryOptions, type WebhookTarget } from './lists-update-webhooks.ts';
import { write } from './write.ts';

/** The shipped sources file. */
export const LIST_SOURCES_FILE = fileURLToPath(new URL('../../data/lists/sources.json', import.meta.url));

/** The scheduler acting on the lists: an admin, by the system. */
export const LIST_UPDATER: Actor = Object.freeze({ id: 'lists-update', role: 'admin', via: 'system' });

/** Where raw downloads are kept: `<data dir>/lists-raw` (`LEVERAGE_DATA_DIR`, else ./var/leverage). */
export function listsRawDir(env: Record<string, string | undefined> = process.env): string {
  const dataDir = env.LEVERAGE_DATA_DIR && env.LEVERAGE_DATA_DIR !== ':memory:' ? env.LEVERAGE_DATA_DIR : DEFAULT_DATA_DIR;
  return resolve(dataDir, 'lists-raw');
}

export interface UpdateOptions {
  /** Source ids or list sources; none: every enabled source. */
  names?: string[];
  /** The sources file (default `LEVERAGE_LIST_SOURCES`, else data/lists/sources.json). */
  sourcesFile?: string;
  /** Overrides read from here (`LEVERAGE_LIST_URL_<ID>`, `LEVERAGE_LIST_SOURCES`). Default process.env. */
  env?: Record<string, string | undefined>;
  /** Where raw files are kept (default `listsRawDir()`). */
  rawDir?: string;
  /** Per-request time budget in ms (default: the source's, else 120 s). */
  timeoutMs?: number;
  webhooks?: WebhookTarget[];
  webhookDelivery?: DeliveryOptions;
  onProgress?: (source: string, url: string, received: number, total: number) => void;
  /** The clock, for the recorded times. */
  now?: () => Date;
}

/** What happened to one source. */
export interface SourceUpdate {
  id: string;
  source: string;
  label: string;
  status: 'unchanged' | 'imported' | 'failed';
  /** Why unchanged ("not modified (304)", "same checksum"), or the error for a failure. */
  detail?: string;
  snapshot?: string;
  published?: string | null;
  entities?: number;
  /** Changes against the previous snapshot of this source (on its first update: the latest older complete snapshot of the list, e.g. the shipped one); absent when there is none. */
  changes?: ChangeSummary;
  files?: { url: string; sha256: string; bytes: number; file: string }[];
}

export type UpdateOutcome = { ran: true; sources: SourceUpdate[] } | { ran: false; sources: [] };

const UPDATE = { permission: 'import', action: 'lists.update', what: 'update sanctions lists' } as const;

/** Runs the update once across processes; `ran: false` when another process is updating. */
export async function updateLists(store: Store, actor: Actor, options: UpdateOptions = {}): Promise<UpdateOutcome> {
  const env = options.env ?? process.env;
  const all = readFetchSources(options.sourcesFile ?? env.LEVERAGE_LIST_SOURCES ?? LIST_SOURCES_FILE, env);
  const chosen = selectFetchSources(all, options.names ?? []);
  const outcome = await runOnce(store, 'lists.update', async () => {
    const out: SourceUpdate[] = [];
    for (const source of chosen) out.push(await updateSource(store, actor, source, options));
    return out;
  });
  return outcome.ran ? { ran: true, sources: outcome.value } : { ran: false, sources: [] };
}

async function updateSource(store: Store, actor: Actor, source: FetchSource, options: UpdateOptions): Promise<SourceUpdate> {
  const head = { id: source.id, source: source.source, label: source.label };
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const state = await listFetchRepository(store).fetchState(source.id);
  let fetched: FetchedSet;
  try {
    fetched = await fetchSourceFiles(source, state, {
      rawDir: options.rawDir ?? listsRawDir(options.env ?? process.env),
      timeoutMs: options.timeoutMs,
      onProgress: (url, received, total) => options.onProgress?.(source.id, url, received, total),
    });
  } catch (err) {
    return { ...head, status: 'failed', detail: `${source.id}: ${err instanceof LeverageError ? err.message : (err as Error).message}` };
  }
  const files = fetched.files.map(({ url, sha256, bytes, file }) => ({ url, sha256, bytes, file }));
  const checkedAt = now();
  const previous = state.find((s) => s.snapshot_id)?.snapshot_id ?? null;
  const saveState = (snapshotId: string | null) => async (tx: Parameters<Parameters<typeof write>[3]>[0]) => {
    const repo = listFetchRepository(tx);
    for (const f of fetched.files) {
      const last = state.find((s) => s.url === f.url);
      await repo.saveFetchState({
        fetch_source: source.id,
        url: f.url,
        etag: f.etag,
        last_modified: f.lastModified,
        sha256: f.sha256,
        bytes: f.bytes,
        raw_file: f.file,
        snapshot_id: snapshotId,
        checked_at: checkedAt,
        changed_at: f.changed ? checkedAt : (last?.changed_at ?? null),
      });
    }
  };
  if (fetched.status === 'unchanged') {
    await write(store, actor, UPDATE, async (tx) => {
      await saveState(previous)(tx);
      return { result: undefined, audit: { source: source.id, status: 'unchanged', detail: fetched.reason } };
    });
    return { ...head, status: 'unchanged', detail: fetched.reason, snapshot: previous ?? undefined, files };
  }
  let imported: ImportSummary | undefined;
  try {
    const primary = fetched.files[0]!;
    const asOf = fetched.version
      ? versionDay(fetched.version)
      : source.undated
        ? new Date(primary.lastModified ? Date.parse(primary.lastModified) || Date.parse(checkedAt) : Date.parse(checkedAt)).toISOString().slice(0, 10)
        : undefined;
    [imported] = await importListFiles(
      store,
      actor,
      fetched.files.map((f) => f.file),
      { source: source.source, asOf },
    );
  } catch (err) {
    return {
      ...head,
      status: 'failed',
      detail: `${source.id}: import of ${fetched.dir} failed: ${err instanceof LeverageError ? err.describe() : (err as Error).message}`,
      files,
    };
  }
  if (!imported) return { ...head, status: 'failed', detail: `${source.id}: the files made no snapshot`, files };
  const base = previous ?? (imported.skipped ? null : await baseSnapshot(store, imported.snapshot));
  const diff =
    !imported.skipped && base && base !== imported.snapshot ? await diffSnapshots(store, { a: base, b: imported.snapshot }).catch(() => undefined) : undefined;
  const rows = diff ? changeRows(diff, checkedAt) : [];
  const changes = diff ? summariseChanges(rows) : undefined;
  if (changes) [changes.snapshotA, changes.snapshotB] = [diff!.a.id, diff!.b.id];
  await write(store, actor, UPDATE, async (tx) => {
    await saveState(imported.snapshot)(tx);
    await listFetchRepository(tx).insertChanges(rows);
    const { designated = 0, delisted = 0, amended = 0 } = changes ?? {};
    return {
      result: undefined,
      audit: {
        source: source.id,
        status: imported.skipped ? 'unchanged' : 'imported',
        snapshot: imported.snapshot,
        previous: base,
        designated,
        delisted,
        amended,
        files,
      },
    };
  });
  if (changes && rows.length && options.webhooks?.length) {
    const event = {
      id: `${source.id}:${imported.snapshot}`,
      type: 'lists.changed',
      source: source.source,
      fetch_source: source.id,
      snapshot_a: changes.snapshotA,
      snapshot_b: changes.snapshotB,
      published: imported.published,
      summary: { designated: changes.designated, delisted: changes.delisted, amended: changes.amended, by_programme: changes.byProgramme },
      changes: rows.slice(0, 1000).map(({ change, source_id, name, kind, programmes, fields }) => ({ change, source_id, name, kind, programmes, fields })),
      truncated: rows.length > 1000,
    };
    await publishWebhookEvent(store, actor, options.webhooks, event, options.webhookDelivery);
  }
  if (imported.skipped)
    return { ...head, status: 'unchanged', detail: `the content is already stored as snapshot ${imported.snapshot}`, snapshot: imported.snapshot, files };
  return {
    ...head,
    status: 'imported',
    snapshot: imported.snapshot,
    published: imported.published,
    entities: imported.entities,
    ...(changes ? { changes } : {}),
    files,
  };
}

/**
 * What a source's first fetched snapshot is compared with: the latest complete snapshot of the same
 * list (source and list key) that is older than it, imported by other means (the shipped lists,
 * `lists import`). Samples, undated snapshots and newer ones are passed over; null when none is left.
 */
export async function baseSnapshot(store: Store, snapshotId: string): Promise<string | null> {
  const all = await listsRepository(store).listSnapshots();
  const fresh = all.find((s) => s.id === snapshotId);
  if (!fresh) return null;
  const older = all
    .filter((s) => s.id !== fresh.id && listOf(s) === listOf(fresh) && !incompleteness(s, all) && compareSnapshots(s, fresh) < 0)
    .sort(compareSnapshots);
  return older.at(-1)?.id ?? null;
}
