/**
 * Builds a `Registry` from the shipped CSVs (data/belarus) for the analysis tests, reading each
 * cell through the domain's own field declarations so values have the domain's types.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { parseDatasetProfile, readCell, RECORD_KINDS, type Registry } from '../../src/domain/index.ts';

/** The project's shipped dataset folder. */
export const SHIPPED_DIR = fileURLToPath(new URL('../../data/belarus/', import.meta.url));

const KEYS: Record<string, keyof Registry> = {
  release: 'releases',
  measure: 'measures',
  contact: 'contacts',
  political_event: 'events',
  event: 'events',
  observation: 'observations',
};

/** Reads the five record files of `dir` and its `dataset.json` (when there is one) into a Registry; throws on a cell the schema rejects. */
export function loadCsvRegistry(dir = SHIPPED_DIR): Registry {
  const registry = { releases: [], measures: [], contacts: [], events: [], observations: [] } as unknown as Registry;
  for (const kind of RECORD_KINDS) {
    const key = KEYS[kind.name];
    if (!key) continue; // kinds the analyses do not read (e.g. cases)
    const rows = parse(readFileSync(dir + kind.file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Array<Record<string, string>>;
    for (const row of rows) {
      const record: Record<string, unknown> = {};
      for (const field of kind.fields) {
        const cell = readCell(field, row[field.name] ?? '');
        if (!cell.ok) throw new Error(`${kind.file} ${row.id}: ${field.name}: expected ${cell.expected}`);
        if (cell.value !== undefined) record[field.name] = cell.value;
      }
      (registry[key] as unknown[]).push(record);
    }
  }
  if (existsSync(dir + 'dataset.json')) registry.profile = parseDatasetProfile(JSON.parse(readFileSync(dir + 'dataset.json', 'utf8')), dir + 'dataset.json');
  return registry;
}
