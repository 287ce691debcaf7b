/**
 * Where `lists update` downloads the official lists: `data/lists/sources.json` (one entry per list,
 * the files of an OFAC CSV set together), read and checked here. The URLs are data so a test or an
 * operator behind a mirror can point a source elsewhere: the whole file (`--sources`,
 * `LEVERAGE_LIST_SOURCES`) or one URL (`LEVERAGE_LIST_URL_<ID>`, e.g. `LEVERAGE_LIST_URL_UN_CONSOLIDATED`).
 */
import { readFileSync } from 'node:fs';
import { LIST_SOURCES, type ListSource } from '../../../domain/designation.ts';
import { LeverageError } from '../../../domain/errors.ts';

/** One file of a fetch source. */
export interface FetchFile {
  url: string;
  /** The file name the raw copy is kept under (an OFAC CSV set is recognised by its files). */
  name: string;
}

/** One list to keep current. */
export interface FetchSource {
  /** Stable key of the fetch state (`un-consolidated`). */
  id: string;
  /** The list source the snapshot belongs to. */
  source: ListSource;
  label: string;
  /** Off: fetched only when named on the command line. Default true. */
  enabled: boolean;
  /** The files carry no publication date (OFAC CSV): the day of Last-Modified, else the retrieval day, is used. */
  undated: boolean;
  /** Files downloaded directly (absent for an index source). */
  files: FetchFile[];
  /** An OpenSanctions dataset index (index.json): its `resources` name the file and its `version` dates it. */
  index?: string;
  /** The resource of the index to fetch (default entities.ftm.json). */
  resource?: string;
  /** Whole-request time budget, in seconds (default 120; the EU endpoint builds its file on the fly). */
  timeoutS?: number;
  /** Largest body accepted, in bytes (default 1 GiB). */
  maxBytes?: number;
}

/** Reads and checks a sources file; `env` supplies `LEVERAGE_LIST_URL_<ID>` overrides. */
export function readFetchSources(file: string, env: Record<string, string | undefined> = {}): FetchSource[] {
  let raw: { sources?: unknown };
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as { sources?: unknown };
  } catch (cause) {
    throw new LeverageError('bad_input', `cannot read the list sources: ${(cause as Error).message}`, { location: { file }, cause });
  }
  if (!Array.isArray(raw.sources)) throw new LeverageError('bad_input', 'the list sources file has no "sources" array', { location: { file } });
  const seen = new Set<string>();
  return raw.sources.map((entry, i) => {
    const at = { location: { file, path: `sources[${i}]` } };
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== 'string' || !/^[a-z0-9-]+$/.test(e.id)) throw new LeverageError('invalid_value', 'id must be lower-case letters, digits and -', at);
    if (seen.has(e.id)) throw new LeverageError('invalid_value', `id ${e.id} appears twice`, at);
    seen.add(e.id);
    if (!(LIST_SOURCES as readonly unknown[]).includes(e.source))
      throw new LeverageError('invalid_value', `${e.id}: unknown source ${String(e.source)}`, { ...at, expected: LIST_SOURCES.join(', ') });
    const files = Array.isArray(e.files) ? (e.files as FetchFile[]) : [];
    if (!files.length && typeof e.index !== 'string') throw new LeverageError('invalid_value', `${e.id}: give "files" or an "index" URL`, at);
    for (const f of files) {
      if (typeof f.url !== 'string' || typeof f.name !== 'string' || !/^[\w.-]+$/.test(f.name))
        throw new LeverageError('invalid_value', `${e.id}: every file needs a url and a plain file name`, at);
    }
    const override = env[`LEVERAGE_LIST_URL_${e.id.toUpperCase().replace(/-/g, '_')}`];
    const index = typeof e.index === 'string' ? (override ?? e.index) : undefined;
    const urls = files.map((f, j) => ({ ...f, url: !index && override && files.length === 1 && j === 0 ? override : f.url }));
    for (const u of [...urls.map((f) => f.url), ...(index ? [index] : [])]) checkUrl(u, e.id, file);
    return {
      id: e.id,
      source: e.source as ListSource,
      label: typeof e.label === 'string' ? e.label : e.id,
      enabled: e.enabled !== false,
      undated: e.undated === true,
      files: urls,
      ...(index ? { index, resource: typeof e.resource === 'string' ? e.resource : 'entities.ftm.json' } : {}),
      ...(typeof e.timeout_s === 'number' ? { timeoutS: e.timeout_s } : {}),
      ...(typeof e.max_bytes === 'number' ? { maxBytes: e.max_bytes } : {}),
    };
  });
}

function checkUrl(url: string, id: string, file: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LeverageError('invalid_value', `${id}: not a URL: ${url}`, { location: { file } });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new LeverageError('invalid_value', `${id}: only http and https URLs are fetched, not ${url}`, { location: { file } });
}

/** The sources named on the command line (by id or list source), or the enabled ones when none is named. */
export function selectFetchSources(all: FetchSource[], names: string[]): FetchSource[] {
  if (!names.length) return all.filter((s) => s.enabled);
  return names.flatMap((name) => {
    const hit = all.filter((s) => s.id === name || s.source === name);
    if (!hit.length) throw new LeverageError('invalid_value', `no list source ${name}`, { expected: all.map((s) => s.id).join(', ') });
    return hit;
  });
}
