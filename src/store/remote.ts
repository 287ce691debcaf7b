/**
 * A store that lives in another process: the server holding an embedded store's lock. Every
 * query travels over its admin channel (loopback HTTP, bearer token from the owner-only lock
 * file); a transaction is opened on the server, runs its statements there, and commits or rolls
 * back as one. The caller cannot tell it from a local store, so every command works unchanged
 * while the dashboard runs, and the dashboard sees each write at once.
 */
import { LeverageError } from '../domain/errors.ts';
import type { Queryable, Row, Store } from './db.ts';
import type { LockHolder } from './lock.ts';
import { decodeValue, encodeValue } from './wire.ts';

/** Opens a store through the admin channel of the server that `holder` describes. */
export function openRemoteStore(dir: string, holder: LockHolder & { admin: NonNullable<LockHolder['admin']> }): Store {
  const base = `http://127.0.0.1:${holder.admin.port}/api/admin`;
  const call = async <T>(path: string, body: unknown): Promise<T> => {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${holder.admin.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(encodeValue(body)),
      });
    } catch (err) {
      throw new LeverageError('locked', `the server (process ${holder.pid}) holding ${dir} does not answer on port ${holder.admin.port}`, {
        expected: 'the server to be running, or stopped so its lock is released',
        cause: err,
      });
    }
    const payload = (await res.json().catch(() => ({}))) as { rows?: unknown; tx?: string; detail?: string; code?: string; sqlState?: string };
    if (!res.ok) {
      const err = new Error(payload.detail ?? `admin channel answered ${res.status}`) as Error & { code?: string };
      if (payload.sqlState) err.code = payload.sqlState;
      throw err;
    }
    return decodeValue(payload) as T;
  };
  const on = (tx?: string): Queryable => ({
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await call<{ rows: T[] }>('/query', { sql, params, tx })).rows;
    },
    async exec(sql: string) {
      await call('/query', { sql, exec: true, tx });
    },
  });
  return {
    engine: 'pglite',
    routed: true,
    location: `${dir} (through the server, process ${holder.pid}, port ${holder.admin.port})`,
    ...on(),
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const { tx } = await call<{ tx: string }>('/tx', {});
      let result: T;
      try {
        result = await work(on(tx));
      } catch (err) {
        await call(`/tx/${tx}/rollback`, {}).catch(() => undefined);
        throw err;
      }
      await call(`/tx/${tx}/commit`, {});
      return result;
    },
    close: async () => undefined,
  };
}
