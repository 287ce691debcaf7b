/**
 * The thin store interface: one SQL dialect (PostgreSQL's), two engines.
 * - embedded: PGlite (PostgreSQL compiled to WASM), file-backed under a data directory or `:memory:`;
 * - server: PostgreSQL through the `postgres` client when a URL is given.
 * Callers write `$1`-style parameters and never learn which engine runs.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { acquireDirLock, type DirLock } from './lock.ts';

export type Row = Record<string, unknown>;

/** Anything that runs SQL: the store itself or an open transaction. */
/** Parameters are `$1`-style; JSON values are passed as JSON text with a `::jsonb` cast. Cast counts `::int`. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Store extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Where the data lives, for logs: a directory, `memory` or a redacted URL. */
  readonly location: string;
  /** Runs `work` in one transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** True for an embedded store reached through the admin channel of the server holding it. */
  readonly routed?: boolean;
  /** An embedded store on disk: the lock this process holds on its directory. */
  readonly lock?: DirLock;
}

export interface StoreOptions {
  /** PostgreSQL URL; when absent the embedded engine is used. Default: `DATABASE_URL`. */
  url?: string;
  /** Embedded data directory or `:memory:`. Default: `LEVERAGE_DATA_DIR`, else `./var/leverage`. */
  dataDir?: string;
  /** PostgreSQL schema to work in (created if missing); lets test files share one server. Default: `LEVERAGE_PG_SCHEMA`. */
  schema?: string;
}

/** True for PostgreSQL's unique-key violation (SQLSTATE 23505), raised by both engines. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

export const DEFAULT_DATA_DIR = './var/leverage';

/** Opens the store chosen by the options or, failing them, by the environment. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) return openPostgres(url, options.schema ?? (process.env.LEVERAGE_PG_SCHEMA || undefined));
  return openPglite(options.dataDir ?? process.env.LEVERAGE_DATA_DIR ?? DEFAULT_DATA_DIR);
}

async function openPglite(dataDir: string): Promise<Store> {
  const memory = dataDir === ':memory:' || dataDir === 'memory://';
  const path = memory ? undefined : resolve(dataDir);
  if (path) mkdirSync(path, { recursive: true });
  // One process per directory (src/store/lock.ts): throws `locked` when another holds it.
  const lock = path ? acquireDirLock(path) : undefined;
  let db: PGlite;
  try {
    db = await PGlite.create(path ? { dataDir: path } : {});
  } catch (err) {
    lock?.release();
    throw err;
  }
  const run = (q: { query: PGlite['query']; exec: PGlite['exec'] }): Queryable => ({
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  // PGlite runs one statement at a time; a transaction holds the connection, so serialise them
  // explicitly rather than let two interleave.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    engine: 'pglite',
    location: path ?? 'memory',
    ...run(db),
    transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const next = queue.then(() => db.transaction((tx) => work(run(tx))));
      queue = next.catch(() => undefined);
      return next;
    },
    lock,
    close: async () => {
      try {
        await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(url: string, schema?: string): Promise<Store> {
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const sql = postgres(url, {
    max: 10,
    onnotice: () => undefined,
    connection: schema ? { search_path: `${schema},public` } : {},
    // JSON parameters are passed as JSON text (what PGlite takes too); without this the client
    // would JSON-encode that text again and store a JSON string instead of the array.
    types: {
      json: { to: 114, from: [114, 3802], serialize: (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)), parse: (x: string) => JSON.parse(x) },
    },
  });
  if (schema) await sql.unsafe(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const run = (q: postgres.Sql | postgres.TransactionSql): Queryable => ({
    async query<T extends Row>(text: string, params: unknown[] = []) {
      return (await q.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
    },
    async exec(text: string) {
      await q.unsafe(text).simple();
    },
  });
  return {
    engine: 'postgres',
    location: redact(url) + (schema ? ` (schema ${schema})` : ''),
    ...run(sql),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) => sql.begin((tx) => work(run(tx))) as Promise<T>,
    close: () => sql.end({ timeout: 5 }),
  };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
