/**
 * Fetching one source's files for `lists update`: a conditional GET per file with the validators
 * of its last fetch, and, for an OpenSanctions index source, the index first (its version names
 * the file and dates the snapshot). New content is kept under `<raw dir>/<source id>/<set>/` with a
 * SHA256SUMS file beside it; the set directory is the version (OpenSanctions) or the first 16 hex
 * digits of the files' combined checksum, so a kept file is never overwritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeverageError } from '../domain/errors.ts';
import { download, readDatasetIndex, type FetchSource } from '../ingest/lists/index.ts';
import type { FetchStateRow } from '../store/list-fetch.ts';

/** A file of the source as it stands after this fetch. */
export interface FetchedFile {
  url: string;
  name: string;
  /** Where the current content is kept (the new download, or the copy kept last time). */
  file: string;
  sha256: string;
  bytes: number;
  etag: string | null;
  lastModified: string | null;
  /** True when this fetch brought content that differs from the kept copy. */
  changed: boolean;
}

export type FetchedSet =
  | { status: 'unchanged'; files: FetchedFile[]; reason: string }
  | { status: 'changed'; files: FetchedFile[]; version?: string; dir: string };

export interface FetchSetOptions {
  rawDir: string;
  timeoutMs?: number;
  onProgress?: (url: string, received: number, total: number) => void;
}

/** Fetches the files of `source`; `state` is the last fetch of each URL. Throws `fetch_failed` naming the URL. */
export async function fetchSourceFiles(source: FetchSource, state: FetchStateRow[], options: FetchSetOptions): Promise<FetchedSet> {
  const byUrl = new Map(state.map((s) => [s.url, s]));
  const incoming = join(options.rawDir, source.id, 'incoming');
  rmSync(incoming, { recursive: true, force: true });
  const timeoutMs = options.timeoutMs ?? (source.timeoutS ? source.timeoutS * 1000 : undefined);
  let files = source.files;
  let version: string | undefined;
  if (source.index) {
    // The index is small and changes with every version: fetched whole each time.
    const got = await download(source.index, join(incoming, 'index.json'), { timeoutMs, maxBytes: 16 * 1024 * 1024 });
    if (got.status !== 'downloaded') throw new Error('unreachable: no validators were sent');
    const index = readDatasetIndex(readFileSync(got.file, 'utf8'), source.index, source.resource ?? 'entities.ftm.json');
    version = index.version;
    files = [{ url: index.url, name: source.resource ?? 'entities.ftm.json' }];
    const last = byUrl.get(index.url);
    if (last?.raw_file && existsSync(last.raw_file) && last.raw_file.includes(`/${version}/`)) {
      rmSync(incoming, { recursive: true, force: true });
      return { status: 'unchanged', files: [kept(last, files[0]!.name)], reason: `index version ${version} already fetched` };
    }
  }
  const out: FetchedFile[] = [];
  const reasons = new Set<string>();
  for (const f of files) {
    const last = byUrl.get(f.url);
    const usable = last?.raw_file && existsSync(last.raw_file) ? last : undefined;
    const got = await download(f.url, join(incoming, f.name), {
      timeoutMs,
      maxBytes: source.maxBytes,
      etag: usable?.etag,
      lastModified: usable?.last_modified,
      onProgress: (received, total) => options.onProgress?.(f.url, received, total),
    });
    if (got.status === 'not-modified') {
      if (!usable)
        throw new LeverageError('fetch_failed', `${f.url}: answered 304 Not Modified to a request without validators`, { location: { file: f.url } });
      out.push(kept(usable, f.name));
      reasons.add('not modified (304)');
      continue;
    }
    const same = usable?.sha256 === got.sha256;
    if (same) reasons.add('same checksum');
    out.push({
      url: f.url,
      name: f.name,
      file: same ? usable!.raw_file! : got.file,
      sha256: got.sha256,
      bytes: got.bytes,
      etag: got.etag,
      lastModified: got.lastModified,
      changed: !same,
    });
  }
  if (!out.some((f) => f.changed)) {
    rmSync(incoming, { recursive: true, force: true });
    return { status: 'unchanged', files: out, reason: [...reasons].join(', ') };
  }
  // Keep the set together (an OFAC CSV set is recognised by its files): unchanged files are copied in.
  const setId =
    version ??
    createHash('sha256')
      .update(out.map((f) => `${f.name}:${f.sha256}`).join('\n'))
      .digest('hex')
      .slice(0, 16);
  const dir = join(options.rawDir, source.id, setId);
  mkdirSync(dir, { recursive: true });
  for (const f of out) {
    const target = join(dir, f.name);
    if (f.file !== target) {
      if (f.file.includes('/incoming/')) renameSync(f.file, target);
      else writeFileSync(target, readFileSync(f.file));
    }
    f.file = target;
  }
  writeFileSync(join(dir, 'SHA256SUMS'), out.map((f) => `${f.sha256}  ${f.name}\n`).join(''));
  rmSync(incoming, { recursive: true, force: true });
  return { status: 'changed', files: out, dir, ...(version ? { version } : {}) };
}

function kept(last: FetchStateRow, name: string): FetchedFile {
  return {
    url: last.url,
    name,
    file: last.raw_file!,
    sha256: last.sha256 ?? '',
    bytes: last.bytes ?? 0,
    etag: last.etag,
    lastModified: last.last_modified,
    changed: false,
  };
}
