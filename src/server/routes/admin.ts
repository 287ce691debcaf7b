/**
 * The admin channel of a server that holds an embedded store: other `leverage` processes on this
 * machine send their SQL here instead of opening the store themselves (see src/store/lock.ts and
 * src/store/remote.ts). Loopback only, bearer token only (the token is in the owner-only lock
 * file), hidden from the OpenAPI document. A transaction opened here stays open between requests
 * and is rolled back when its client goes quiet for `idleMs`.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeValue, encodeValue, type Queryable } from '../../app/index.ts';

export interface AdminOptions {
  /** The current token, or undefined while the channel is closed. */
  token: () => string | undefined;
  /** A remote transaction idle this long is rolled back. Default 30 s. */
  idleMs?: number;
}

interface OpenTx {
  tx: Queryable;
  finish(commit: boolean): Promise<void>;
  timer: NodeJS.Timeout;
}

class Rollback extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export default async function adminRoutes(app: FastifyInstance, options: AdminOptions): Promise<void> {
  const idleMs = options.idleMs ?? 30_000;
  const open = new Map<string, OpenTx>();

  const allowed = (request: FastifyRequest): boolean => {
    const token = options.token();
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token || !given || !LOOPBACK.has(request.ip)) return false;
    const [a, b] = [Buffer.from(token), Buffer.from(given)];
    return a.length === b.length && timingSafeEqual(a, b);
  };
  app.addHook('onRequest', async (request, reply) => {
    if (!allowed(request)) {
      reply
        .code(403)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'the admin channel takes local processes holding its token' });
      return reply;
    }
  });
  app.setErrorHandler((err, _request, reply) => {
    const e = err as { message?: string; code?: string };
    reply
      .code(400)
      .type('application/problem+json')
      .send({ type: 'about:blank', title: 'Bad Request', status: 400, detail: e.message ?? 'failed', sqlState: e.code });
  });

  const touch = (id: string, t: OpenTx) => {
    clearTimeout(t.timer);
    t.timer = setTimeout(() => {
      open.delete(id);
      t.finish(false).catch(() => undefined);
    }, idleMs);
    t.timer.unref();
  };

  const schema = { hide: true };
  // A registry batch (5,000 rows) travels as one parameter: far above the public routes' 1 MiB.
  app.post('/api/admin/query', { schema, bodyLimit: 256 * 1024 * 1024 }, async (request) => {
    const { sql, params, tx, exec } = decodeValue(request.body) as { sql: string; params?: unknown[]; tx?: string; exec?: boolean };
    let db: Queryable = app.store;
    if (tx) {
      const t = open.get(tx);
      if (!t) throw new Error(`no open transaction ${tx} (rolled back after ${idleMs / 1000} s idle?)`);
      touch(tx, t);
      db = t.tx;
    }
    if (exec) {
      await db.exec(sql);
      return { rows: [] };
    }
    return encodeValue({ rows: await db.query(sql, params ?? []) });
  });

  app.post('/api/admin/tx', { schema }, async () => {
    const id = randomUUID();
    let end!: (commit: boolean) => void;
    const decided = new Promise<boolean>((resolve) => (end = resolve));
    const tx = await new Promise<{ tx: Queryable; done: Promise<unknown> }>((resolve, reject) => {
      const done = app.store.transaction(async (q) => {
        resolve({ tx: q, done });
        if (!(await decided)) throw new Rollback();
      });
      done.catch(reject);
    });
    const settled = tx.done.then(
      () => undefined,
      (err) => {
        if (!(err instanceof Rollback)) throw err;
      },
    );
    const t: OpenTx = {
      tx: tx.tx,
      timer: setTimeout(() => undefined, 0),
      finish: (commit) => {
        clearTimeout(t.timer);
        end(commit);
        return settled;
      },
    };
    open.set(id, t);
    touch(id, t);
    return { tx: id };
  });

  app.post<{ Params: { id: string; end: 'commit' | 'rollback' } }>('/api/admin/tx/:id/:end', { schema }, async (request) => {
    const t = open.get(request.params.id);
    if (!t) throw new Error(`no open transaction ${request.params.id}`);
    open.delete(request.params.id);
    await t.finish(request.params.end === 'commit');
    return { ok: true };
  });

  app.addHook('onClose', async () => {
    for (const [id, t] of open) {
      open.delete(id);
      await t.finish(false).catch(() => undefined);
    }
  });
}
