/**
 * A cache of GET /api/v1 responses keyed on URL and the negotiated representation (JSON or CSV,
 * not the raw Accept header: a thousand different headers still make two entries), valid while
 * the store's data version is unchanged. It holds at most `maxBytes` of bodies, least recently
 * used dropped first; a response over an eighth of the budget is not kept. The version is a cheap stamp (audit log head, list snapshots) read at most once
 * per `checkMs`, so 100 concurrent readers of the same view cost one query, not a hundred.
 * Any import (registry or lists) moves the stamp; a process writing to a shared PostgreSQL is
 * seen within `checkMs`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Queryable } from '../app/index.ts';
import { wantsCsv } from './csv.ts';

export interface ResponseCacheOptions {
  /** Bytes of responses kept (least recently used dropped first). Default `DEFAULT_CACHE_BYTES`. */
  maxBytes?: number;
}

/** 64 MiB: the response cache's default budget (LEVERAGE_CACHE_MB for a listening server). */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

interface Entry {
  version: string;
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
  bytes: number;
}

const CACHED_HEADERS = ['content-type', 'content-disposition', 'link', 'etag'];

/**
 * The store's data version, read at most once per `checkMs` (concurrent callers share one read).
 * Used by the response cache and by anything else that keeps derived state (the screening index).
 */
export function versionTracker(db: Queryable, checkMs = 1000): () => Promise<string> {
  let version: { value: string; at: number; pending?: Promise<string> } = { value: '', at: -Infinity };
  return async () => {
    if (Date.now() - version.at < checkMs) return version.value;
    version.pending ??= dataVersion(db).then(
      (value) => {
        version = { value, at: Date.now() };
        return value;
      },
      (err) => {
        version.pending = undefined;
        throw err;
      },
    );
    return version.pending;
  };
}

/** Installs the cache; `currentVersion` is the app's shared `versionTracker`. */
export function registerResponseCache(app: FastifyInstance, currentVersion: () => Promise<string>, options: ResponseCacheOptions = {}): ResponseCacheStats {
  const maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES;
  const cache = new Map<string, Entry>();
  let bytes = 0;

  // The representation the route will choose: `?format=` is in the URL; otherwise the Accept header decides, as in csv.ts.
  const keyOf = (request: FastifyRequest) => `${request.url}\u0000${wantsCsv({ headers: request.headers, query: {} }) ? 'csv' : 'json'}`;
  // Only what anyone may see is shared: a request carrying a session cookie or a token is
  // answered for its caller (private fields, revocation), never from or into the cache.
  const cacheable = (request: FastifyRequest) =>
    request.method === 'GET' &&
    request.url.startsWith('/api/v1/') &&
    !request.headers.authorization &&
    !/(^|;\s*)leverage_session=/.test(request.headers.cookie ?? '');
  const drop = (key: string) => {
    const old = cache.get(key);
    if (!old) return;
    cache.delete(key);
    bytes -= old.bytes;
  };

  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request)) return;
    const v = await currentVersion();
    const key = keyOf(request);
    const hit = cache.get(key);
    if (hit && hit.version === v) {
      cache.delete(key); // most recently used goes last
      cache.set(key, hit);
      reply
        .code(hit.status)
        .headers({ ...hit.headers, 'x-cache': 'hit' })
        .send(hit.body);
      return reply;
    }
    if (hit) drop(key);
    (request as unknown as { cacheVersion?: string }).cacheVersion = v;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const v = (request as unknown as { cacheVersion?: string }).cacheVersion;
    if (v === undefined || reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    const headers: Record<string, string> = {};
    for (const h of CACHED_HEADERS) {
      const value = reply.getHeader(h);
      if (value !== undefined) headers[h] = String(value);
    }
    const key = keyOf(request);
    const size = Buffer.byteLength(payload) + key.length * 2 + 256;
    if (size > maxBytes / 8) return payload;
    drop(key);
    while (bytes + size > maxBytes && cache.size) drop(cache.keys().next().value!);
    cache.set(key, { version: v, status: 200, headers, body: payload, bytes: size });
    bytes += size;
    return payload;
  });
  return { entries: () => cache.size, bytes: () => bytes, maxBytes };
}

/** What the cache holds (for tests and the health of a running server). */
export interface ResponseCacheStats {
  entries(): number;
  bytes(): number;
  maxBytes: number;
}

/** A stamp that changes whenever registry or list data changes (every import writes an audit row or a snapshot). */
export async function dataVersion(db: Queryable): Promise<string> {
  const [r] = await db.query<{ audit: string | number | null; snapshots: number; names: number }>(
    `SELECT (SELECT max(id) FROM audit)::text AS audit, (SELECT count(*) FROM list_snapshot)::int AS snapshots, (SELECT count(*) FROM actor_name)::int AS names`,
  );
  return `${r?.audit ?? 0}|${r?.snapshots ?? 0}|${r?.names ?? 0}`;
}
