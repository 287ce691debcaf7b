/**
 * An OpenSanctions dataset index (`…/datasets/latest/<dataset>/index.json`): which version is
 * current and where its files are. Shape (docs at https://www.opensanctions.org/docs/bulk/):
 * `{"name": "sanctions", "version": "20240528074703-npf", "resources": [{"name": "entities.ftm.json",
 * "url": "https://…/entities.ftm.json", …}, …]}`. The version dates the snapshot
 * (research/FORMATS.md §5.3).
 */
import { LeverageError } from '../../../domain/errors.ts';

export interface DatasetIndex {
  name: string;
  version: string;
  /** The URL of the resource asked for. */
  url: string;
}

/** Reads an index and picks `resource`; errors name the index URL and the field. */
export function readDatasetIndex(text: string, indexUrl: string, resource: string): DatasetIndex {
  const at = (path: string) => ({ location: { file: indexUrl, path } });
  let raw: { name?: unknown; version?: unknown; resources?: unknown };
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch (cause) {
    throw new LeverageError('bad_format', `${indexUrl}: not a JSON dataset index: ${(cause as Error).message}`, { ...at(''), cause });
  }
  if (typeof raw.version !== 'string' || !/^\d{14}-[a-z0-9]{3}$/.test(raw.version))
    throw new LeverageError('bad_format', `${indexUrl}: the dataset index has no version such as 20240528074703-npf`, at('version'));
  const resources = Array.isArray(raw.resources) ? (raw.resources as { name?: unknown; url?: unknown }[]) : [];
  const hit = resources.find((r) => r.name === resource);
  if (!hit || typeof hit.url !== 'string')
    throw new LeverageError('bad_format', `${indexUrl}: the dataset index lists no resource ${resource}`, {
      ...at('resources'),
      expected: resources.map((r) => String(r.name)).join(', ') || 'a resources array',
    });
  return { name: typeof raw.name === 'string' ? raw.name : '', version: raw.version, url: new URL(hit.url, indexUrl).href };
}
