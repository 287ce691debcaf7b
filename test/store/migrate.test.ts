import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { listMigrations, migrate } from '../../src/store/migrate.ts';
import type { Store } from '../../src/store/db.ts';
import { LeverageError } from '../../src/domain/errors.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
before(async () => (store = await openTestStore('migrate', { migrated: false })));
after(() => store.close());

test('applies every migration once; a second run is a no-op', async () => {
  const all = listMigrations().map((m) => m.name);
  assert.deepEqual(await migrate(store), all);
  assert.deepEqual(await migrate(store), []);
  const rows = await store.query<{ name: string }>('SELECT name FROM schema_migration ORDER BY version');
  assert.deepEqual(
    rows.map((r) => r.name),
    all,
  );
});

test('a failing migration leaves nothing of itself behind', async () => {
  const broken = [{ version: 9001, name: '9001_broken', sql: 'CREATE TABLE half_done (a int); SELECT no_such_function();' }];
  await assert.rejects(
    migrate(store, broken),
    (err: unknown) => err instanceof LeverageError && err.code === 'migration_failed' && /9001_broken/.test(err.message),
  );
  const [t] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`);
  assert.equal(Number(t!.n), 0, 'the table created before the failure is rolled back');
  const [m] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migration WHERE version = 9001');
  assert.equal(Number(m!.n), 0);
});
