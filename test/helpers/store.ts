/**
 * One store per test file: PGlite in memory, or, when DATABASE_URL is set, a fresh schema on the
 * real PostgreSQL server (dropped first), so the same tests run on both engines.
 */
import { openStore, type Store } from '../../src/store/db.ts';
import { migrate } from '../../src/store/migrate.ts';
import { operator } from '../../src/app/actor.ts';

export const onPostgres = Boolean(process.env.DATABASE_URL);

export async function openTestStore(name: string, { migrated = true } = {}): Promise<Store> {
  const schema = testSchema(name);
  if (onPostgres) {
    const admin = await openStore({});
    await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  }
  const store = await openStore(onPostgres ? { schema } : { dataDir: ':memory:' });
  if (migrated) await migrate(store);
  return store;
}

/** The schema a test store uses on PostgreSQL (for child processes: LEVERAGE_PG_SCHEMA). */
export function testSchema(name: string): string {
  return `test_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`;
}

/** Who the tests act as when they import (an operator at the terminal: an admin). */
export const TEST_ACTOR = operator('test');
