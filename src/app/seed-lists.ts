/**
 * Use case: load the shipped sanctions lists (`data/lists/lists.json`) into the store, by
 * `leverage seed` and on the first start, so screening and the Sanctions page work on a fresh
 * install. Each manifest entry is one snapshot (an OFAC CSV set lists its files together) with its
 * publication date; re-loading is a no-op (snapshots are keyed on content). The server loads them
 * after it listens (`seedListsInBackground`), so the first start answers at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIST_SOURCES, type ListSource } from '../domain/designation.ts';
import { LeverageError } from '../domain/errors.ts';
import type { Store } from '../store/db.ts';
import { SYSTEM, type Actor } from './actor.ts';
import { importListFiles, type ImportSummary, type ListImportOptions } from './import-lists.ts';

/** The shipped lists directory (`data/lists` at the package root). */
export const SHIPPED_LISTS_DIR = fileURLToPath(new URL('../../data/lists/', import.meta.url));

/** One snapshot of the manifest. */
export interface ShippedList {
  files: string[];
  source?: ListSource;
  /** Publication date for files that carry none (OFAC CSV). */
  as_of?: string;
  note?: string;
}

/** The manifest of a lists directory, its files resolved against the directory. */
export function shippedLists(dir = SHIPPED_LISTS_DIR): ShippedList[] {
  const file = join(dir, 'lists.json');
  let manifest: { snapshots?: unknown };
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as { snapshots?: unknown };
  } catch (cause) {
    throw new LeverageError('bad_input', `cannot read the lists manifest: ${(cause as Error).message}`, { location: { file }, cause });
  }
  if (!Array.isArray(manifest.snapshots)) throw new LeverageError('bad_input', 'the lists manifest has no "snapshots" array', { location: { file } });
  return manifest.snapshots.map((raw, i) => {
    const entry = raw as ShippedList;
    if (!Array.isArray(entry.files) || !entry.files.length || entry.files.some((f) => typeof f !== 'string')) {
      throw new LeverageError('bad_input', `snapshot ${i + 1} of the lists manifest lists no files`, { location: { file } });
    }
    if (entry.source && !(LIST_SOURCES as readonly string[]).includes(entry.source)) {
      throw new LeverageError('bad_input', `snapshot ${i + 1}: unknown source ${entry.source}`, { location: { file }, expected: LIST_SOURCES.join(', ') });
    }
    return { ...entry, files: entry.files.map((f) => join(dir, f)) };
  });
}

/** Imports every snapshot of the manifest (one transaction each), as `actor` (default: the system). */
export async function seedLists(
  store: Store,
  dir = SHIPPED_LISTS_DIR,
  options: Pick<ListImportOptions, 'onBytes'> & { actor?: Actor } = {},
): Promise<ImportSummary[]> {
  const out: ImportSummary[] = [];
  for (const list of shippedLists(dir)) {
    out.push(...(await importListFiles(store, options.actor ?? SYSTEM, list.files, { source: list.source, asOf: list.as_of, onBytes: options.onBytes })));
  }
  return out;
}

/** Where loading the shipped lists in the background stands (`GET /api/v1/lists/status`). */
export interface ListsLoadState {
  state: 'loading' | 'ready' | 'failed';
  startedAt?: string;
  finishedAt?: string;
  /** Snapshots loaded so far. */
  loaded: { snapshot: string; source: string; published: string | null; entities: number }[];
  /** Snapshots in the manifest. */
  total?: number;
  error?: string;
}

const loadStates = new WeakMap<Store, ListsLoadState>();

/** The background load of `store`'s shipped lists; `ready` when none was started. */
export function listsLoadState(store: Store): ListsLoadState {
  return loadStates.get(store) ?? { state: 'ready', loaded: [] };
}

/**
 * Loads the shipped lists after the server listens, one snapshot (one transaction) at a time,
 * through the same write path as `seedLists`. `stop()` asks it to finish the snapshot under way and
 * load no more (a closing server awaits `done`). Never rejects: a failure is kept in the state.
 */
export function seedListsInBackground(
  store: Store,
  options: { dir?: string; actor?: Actor; log?: (message: string) => void; now?: () => Date } = {},
): { done: Promise<ListsLoadState>; stop: () => void } {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const state: ListsLoadState = { state: 'loading', startedAt: now(), loaded: [] };
  loadStates.set(store, state);
  let stopping = false;
  const done = (async () => {
    try {
      const lists = shippedLists(options.dir);
      state.total = lists.length;
      for (const list of lists) {
        if (stopping) break;
        const results = await importListFiles(store, options.actor ?? SYSTEM, list.files, { source: list.source, asOf: list.as_of });
        for (const r of results) state.loaded.push({ snapshot: r.snapshot, source: r.source, published: r.published, entities: r.entities });
      }
      state.state = stopping && state.loaded.length < (state.total ?? 0) ? 'failed' : 'ready';
      if (state.state === 'failed') {
        state.error = 'the server closed before every shipped list was loaded: run `leverage lists seed` to load the rest';
        options.log?.(state.error);
      } else options.log?.(`loaded the shipped sanctions lists: ${state.loaded.map((l) => `${l.source} ${l.published} (${l.entities})`).join(', ')}`);
    } catch (err) {
      state.state = 'failed';
      state.error = err instanceof LeverageError ? err.describe() : (err as Error).message;
      options.log?.(`loading the shipped sanctions lists failed: ${state.error}`);
    }
    state.finishedAt = now();
    return state;
  })();
  return {
    done,
    stop: () => {
      stopping = true;
    },
  };
}
