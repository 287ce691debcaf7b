/**
 * A cache of GET /api/v1 responses keyed on URL and Accept, valid while the store's data version
 * is unchanged. The version is a cheap stamp (audit log head, list snapshots) read at most once
 * per `checkMs`, so 100 concurrent readers of the same view cost one query, not a hundred.
 * Any import (registry or lists) moves the stamp; a process writing to a shared PostgreSQL is
 * seen within `checkMs`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Queryable } from '../app/index.ts';

export interface ResponseCacheOptions {
  /** Entries kept (least recently stored dropped first). Default 500. */
  maxEntries?: number;
}

interface Entry {
  version: string;
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
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
export function registerResponseCache(app: FastifyInstance, currentVersion: () => Promise<string>, options: ResponseCacheOptions = {}): void {
  const maxEntries = options.maxEntries ?? 500;
  const cache = new Map<string, Entry>();

  const keyOf = (url: string, accept: string | undefined) => `${url}\u0000${accept ?? ''}`;
  // Only what anyone may see is shared: a request carrying a session cookie or a token is
  // answered for its caller (private fields, revocation), never from or into the cache.
  const cacheable = (request: FastifyRequest) =>
    request.method === 'GET' &&
    request.url.startsWith('/api/v1/') &&
    !request.headers.authorization &&
    !/(^|;\s*)leverage_session=/.test(request.headers.cookie ?? '');

  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request)) return;
    const v = await currentVersion();
    const hit = cache.get(keyOf(request.url, request.headers.accept));
    if (hit && hit.version === v) {
      reply
        .code(hit.status)
        .headers({ ...hit.headers, 'x-cache': 'hit' })
        .send(hit.body);
      return reply;
    }
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
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(keyOf(request.url, request.headers.accept), { version: v, status: 200, headers, body: payload });
    return payload;
  });
}

/** A stamp that changes whenever registry or list data changes (every import writes an audit row or a snapshot). */
export async function dataVersion(db: Queryable): Promise<string> {
  const [r] = await db.query<{ audit: string | number | null; snapshots: number; names: number }>(
    `SELECT (SELECT max(id) FROM audit)::text AS audit, (SELECT count(*) FROM list_snapshot)::int AS snapshots, (SELECT count(*) FROM actor_name)::int AS names`,
  );
  return `${r?.audit ?? 0}|${r?.snapshots ?? 0}|${r?.names ?? 0}`;
}
