/**
 * Use case: load the shipped sanctions lists (`data/lists/lists.json`) into the store, by
 * `leverage seed` and on the first start, so screening and the Sanctions page work on a fresh
 * install. Each manifest entry is one snapshot (an OFAC CSV set lists its files together) with its
 * publication date; re-loading is a no-op (snapshots are keyed on content).
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
