/**
 * Versioned migrations: `migrations/NNNN_name.sql`, applied in order, each in its own
 * transaction together with its row in `schema_migration`. Applying twice is a no-op; a failing
 * migration leaves nothing of itself behind. The same files run on PGlite and PostgreSQL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LeverageError } from '../domain/errors.ts';
import type { Store } from './db.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations shipped with the code, in version order. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 4)), name: file.replace(/\.sql$/, ''), sql: readFileSync(dir + file, 'utf8') }));
}

/** Applies every migration not yet recorded; returns the names applied now (empty when up to date). */
export async function migrate(store: Store, migrations: Migration[] = listMigrations()): Promise<string[]> {
  await store.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set((await store.query<{ version: number }>('SELECT version FROM schema_migration')).map((r) => Number(r.version)));
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    try {
      await store.transaction(async (tx) => {
        await tx.exec(m.sql);
        await tx.query('INSERT INTO schema_migration (version, name) VALUES ($1, $2)', [m.version, m.name]);
      });
    } catch (err) {
      throw new LeverageError('migration_failed', `migration ${m.name} failed: ${(err as Error).message}`, {
        location: { file: `src/store/migrations/${m.name}.sql` },
        cause: err,
      });
    }
    applied.push(m.name);
  }
  return applied;
}
