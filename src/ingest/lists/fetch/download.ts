/**
 * One conditional download: GET with If-None-Match / If-Modified-Since from the last fetch,
 * redirects followed (OFAC's list service answers with a redirect to storage), the body streamed
 * to a temporary file while it is hashed and counted, then moved into place. A body shorter than
 * its Content-Length, longer than the size bound, or slower than the time budget is refused and
 * its partial file removed; every error names the URL and what went wrong.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LeverageError } from '../../../domain/errors.ts';

/** What the last successful fetch of a URL returned, sent back as validators. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface DownloadOptions extends Validators {
  /** Whole-request time budget in ms (headers and body). Default 120,000. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 1 GiB. */
  maxBytes?: number;
  /** Told of each chunk: bytes so far and the announced total (0 when unknown). */
  onProgress?: (received: number, total: number) => void;
  /** Redirects followed. Default 5. */
  maxRedirects?: number;
}

export type DownloadResult =
  | { status: 'not-modified'; url: string }
  | { status: 'downloaded'; url: string; file: string; sha256: string; bytes: number; etag: string | null; lastModified: string | null };

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_BYTES = 1024 ** 3;

function fail(url: string, message: string, cause?: unknown): LeverageError {
  return new LeverageError('fetch_failed', `${url}: ${message}`, { location: { file: url }, ...(cause ? { cause } : {}) });
}

/** Downloads `url` into `target` unless the server says it has not changed; see the file comment. */
export async function download(url: string, target: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetchFollowing(url, target, options, controller.signal, options.maxRedirects ?? 5);
  } catch (err) {
    if (controller.signal.aborted) throw fail(url, `no complete answer within ${timeoutMs / 1000} s (timed out)`, err);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

function request(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  const get = url.startsWith('https:') ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const req = get(url, { headers, signal }, resolve);
    req.on('error', (err) => reject(signal.aborted ? err : fail(url, `request failed: ${err.message}`, err)));
  });
}

async function fetchFollowing(url: string, target: string, options: DownloadOptions, signal: AbortSignal, redirects: number): Promise<DownloadResult> {
  const headers: Record<string, string> = { 'accept-encoding': 'identity', 'user-agent': 'leverage-lists-update' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const res = await request(url, headers, signal);
  const status = res.statusCode ?? 0;
  if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
    res.resume();
    if (redirects <= 0) throw fail(url, 'too many redirects');
    return fetchFollowing(new URL(res.headers.location, url).href, target, options, signal, redirects - 1);
  }
  if (status === 304) {
    res.resume();
    return { status: 'not-modified', url };
  }
  if (status !== 200) {
    res.resume();
    throw fail(url, `the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}; nothing was imported`);
  }
  const announced = res.headers['content-length'] === undefined ? undefined : Number(res.headers['content-length']);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (announced !== undefined && announced > maxBytes) {
    res.destroy();
    throw fail(url, `the file is ${announced} bytes, over the bound of ${maxBytes}`);
  }
  const hash = createHash('sha256');
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      received += chunk.length;
      if (received > maxBytes) return done(fail(url, `the body passed the bound of ${maxBytes} bytes`));
      hash.update(chunk);
      options.onProgress?.(received, announced ?? 0);
      done(null, chunk);
    },
  });
  const partial = `${target}.partial`;
  mkdirSync(dirname(target), { recursive: true });
  try {
    await pipeline(res, counter, createWriteStream(partial));
    if (announced !== undefined && received !== announced) throw truncated(url, received, announced);
  } catch (err) {
    rmSync(partial, { force: true });
    if (err instanceof LeverageError || signal.aborted) throw err;
    if (announced !== undefined && received < announced) throw truncated(url, received, announced);
    throw fail(url, `the body could not be read: ${(err as Error).message}; nothing was imported`, err);
  }
  renameSync(partial, target);
  const header = (name: string) => {
    const v = res.headers[name];
    return typeof v === 'string' ? v : null;
  };
  return { status: 'downloaded', url, file: target, sha256: hash.digest('hex'), bytes: received, etag: header('etag'), lastModified: header('last-modified') };
}

function truncated(url: string, received: number, announced: number): LeverageError {
  return fail(url, `truncated: received ${received} of the ${announced} bytes announced by Content-Length; refused, nothing was imported`);
}
