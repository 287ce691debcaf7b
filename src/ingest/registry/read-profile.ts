/**
 * Reads a dataset profile (`dataset.json`, declared in src/domain/dataset-profile.ts): the file
 * named among the files of an import, or lying beside them.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LeverageError } from '../../domain/errors.ts';
import { parseDatasetProfile, type DatasetProfile } from '../../domain/dataset-profile.ts';

/** The file name of a dataset profile. */
export const DATASET_PROFILE_FILE = 'dataset.json';

/** True when `file` is a dataset profile (by its name), not a registry file. */
export function isDatasetProfileFile(file: string): boolean {
  return basename(file) === DATASET_PROFILE_FILE;
}

/** The profile of an import: one of `files`, else the first `dataset.json` beside one of them; `undefined` when there is none. */
export function findDatasetProfile(files: readonly string[]): string | undefined {
  const named = files.find(isDatasetProfileFile);
  if (named) return named;
  for (const dir of new Set(files.map((f) => dirname(f)))) {
    const beside = join(dir, DATASET_PROFILE_FILE);
    if (existsSync(beside)) return beside;
  }
  return undefined;
}

/** Reads and validates a profile; errors name the file (and the field, see `parseDatasetProfile`). */
export async function readDatasetProfile(file: string): Promise<DatasetProfile> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new LeverageError('bad_format', `not valid JSON: ${(err as Error).message}`, {
      location: { file },
      expected: 'a dataset profile (docs/import-formats.md)',
    });
  }
  return parseDatasetProfile(doc, file);
}
