/**
 * Use case: load a dataset folder (`data/<country>/*.csv`) in one transaction, by `leverage seed`
 * and on the first start. Idempotent: records are upserted by their stable ids.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECORD_KINDS } from '../domain/schema/index.ts';
import type { Store } from '../store/db.ts';
import { SYSTEM, type Actor } from './actor.ts';
import { importRegistryFiles, type FileResult, type ImportOptions } from './import-registry.ts';

/** The shipped data directory (`data/belarus` at the package root). */
export const SHIPPED_DATA_DIR = fileURLToPath(new URL('../../data/belarus/', import.meta.url));

/** The files of a data directory in load order (kinds without a file are skipped). */
export function datasetFiles(dir = SHIPPED_DATA_DIR): string[] {
  return RECORD_KINDS.map((k) => join(dir, k.file)).filter((f) => existsSync(f));
}

/** Loads a dataset directory (default: the shipped one) in one transaction, as `actor` (default: the system). */
export async function seed(store: Store, dir = SHIPPED_DATA_DIR, options: ImportOptions & { actor?: Actor } = {}): Promise<FileResult[]> {
  return importRegistryFiles(store, options.actor ?? SYSTEM, datasetFiles(dir), options);
}
