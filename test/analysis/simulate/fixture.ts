/**
 * Test helpers of the simulator: the shipped Belarus registry read straight from data/belarus
 * (through the domain's own cell readers, so values have the domain's types), and a synthetic
 * registry generated from known parameters, for recovery tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { readCell, RECORD_KINDS, type Registry } from '../../../src/domain/index.ts';

const DIR = fileURLToPath(new URL('../../../data/belarus/', import.meta.url));
const KEYS: Record<string, keyof Registry> = { releases: 'releases', measures: 'measures', contacts: 'contacts', events: 'events', observations: 'observations' };

let cached: Registry | undefined;

/** The shipped registry (read once per process). Throws when a cell does not read. */
export function shippedRegistry(): Registry {
  if (cached) return cached;
  const registry: Registry = { releases: [], measures: [], contacts: [], events: [], observations: [] };
  for (const kind of RECORD_KINDS) {
    const key = KEYS[kind.plural] ?? KEYS[`${kind.name}s`];
    if (!key) continue;
    const rows = parse(readFileSync(DIR + kind.file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Array<Record<string, string>>;
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
  cached = registry;
  return registry;
}
