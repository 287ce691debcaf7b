/**
 * The audit log is append-only and hash-chained, on both engines: UPDATE, DELETE and TRUNCATE
 * are refused by triggers; an owner who disables them and edits a row with raw SQL is caught by
 * `verifyAudit`, which names the first broken row; a published checkpoint catches a rewritten tail.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditCheckpoint, verifyAudit } from '../../src/app/audit.ts';
import { appendAudit } from '../../src/store/audit.ts';
import { listMigrations, migrate } from '../../src/store/migrate.ts';
import type { Store } from '../../src/store/db.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
before(async () => {
  store = await openTestStore('store_audit');
  for (let i = 1; i <= 5; i++) await store.transaction((tx) => appendAudit(tx, { actor: 'ana', action: 'test', after: { n: i }, note: `row ${i}` }));
});
after(() => store.close());

const ids = async () => (await store.query<{ id: string }>('SELECT id::text AS id FROM audit ORDER BY audit.id')).map((r) => r.id);

test('each row is chained to the one before it, and an untouched log verifies', async () => {
  const rows = await store.query<{ hash: string }>('SELECT hash FROM audit ORDER BY id');
  assert.equal(rows.length, 5);
  assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash)));
  assert.equal(new Set(rows.map((r) => r.hash)).size, 5);
  const v = await verifyAudit(store);
  assert.deepEqual([v.ok, v.rows], [true, 5]);
  const cp = await auditCheckpoint(store);
  assert.equal(cp!.checkpoint, `${v.head!.id}:${v.head!.hash}`);
});

test('rows written in one statement by the registry writer join the chain in order', async () => {
  await store.transaction((tx) => tx.query(`INSERT INTO audit (actor, action, after) SELECT 'bulk', 'update', to_jsonb(g) FROM generate_series(1, 50) g`));
  const v = await verifyAudit(store);
  assert.deepEqual([v.ok, v.rows], [true, 55]);
});

for (const [what, sql] of [
  ['UPDATE', `UPDATE audit SET actor = 'mallory'`],
  ['DELETE', 'DELETE FROM audit WHERE id = (SELECT min(id) FROM audit)'],
  ['TRUNCATE', 'TRUNCATE audit'],
] as const) {
  test(`${what} on the audit log is refused by the database`, async () => {
    await assert.rejects(
      store.transaction((tx) => tx.query(sql)),
      /append-only/,
    );
    assert.equal((await ids()).length, 55);
  });
}

test('a raw edit of a row (triggers disabled by the owner) is caught, naming that row; a checkpoint catches a rewritten tail', async () => {
  const checkpoint = (await auditCheckpoint(store))!.checkpoint;
  const target = (await ids())[2]!;
  await store.exec(`ALTER TABLE audit DISABLE TRIGGER audit_no_change;
    UPDATE audit SET after = '{"n": 999}'::jsonb WHERE id = ${Number(target)};
    ALTER TABLE audit ENABLE TRIGGER audit_no_change`);
  const v = await verifyAudit(store);
  assert.equal(v.ok, false);
  assert.equal(v.broken!.id, target);
  // A forger who recomputes the edited row's hash breaks the next row instead.
  await store.exec(`ALTER TABLE audit DISABLE TRIGGER audit_no_change;
    UPDATE audit a SET hash = audit_row_hash((SELECT hash FROM audit p WHERE p.id < a.id ORDER BY p.id DESC LIMIT 1),
      a.id, a.at, a.actor, a.action, a.record_kind, a.record_id, a.before, a.after, a.note) WHERE id = ${Number(target)};
    ALTER TABLE audit ENABLE TRIGGER audit_no_change`);
  const next = (await ids())[3]!;
  assert.equal((await verifyAudit(store)).broken!.id, next);
  // One who recomputes every later hash leaves a verifying chain, but not the published checkpoint.
  await store.exec(`ALTER TABLE audit DISABLE TRIGGER audit_no_change;
    DO $$ DECLARE r record; prev text; BEGIN
      FOR r IN SELECT * FROM audit ORDER BY id LOOP
        prev := audit_row_hash(prev, r.id, r.at, r.actor, r.action, r.record_kind, r.record_id, r.before, r.after, r.note);
        UPDATE audit SET hash = prev WHERE id = r.id;
      END LOOP; END $$;
    ALTER TABLE audit ENABLE TRIGGER audit_no_change`);
  assert.equal((await verifyAudit(store)).ok, true);
  const against = await verifyAudit(store, checkpoint);
  assert.equal(against.ok, false);
  assert.equal(against.checkpointMismatch!.id, checkpoint.split(':')[0]);
});

test('a deleted row breaks the chain at the row after it', async () => {
  const all = await ids();
  await store.exec(`ALTER TABLE audit DISABLE TRIGGER audit_no_change;
    DELETE FROM audit WHERE id = ${Number(all[10])};
    ALTER TABLE audit ENABLE TRIGGER audit_no_change`);
  assert.equal((await verifyAudit(store)).broken!.id, all[11]);
});

test('a store migrated before the chain existed: its audit rows join the chain in id order', async () => {
  const old = await openTestStore('store_audit_upgrade', { migrated: false });
  try {
    await migrate(
      old,
      listMigrations().filter((m) => m.version < 4),
    );
    for (let i = 0; i < 3; i++) await old.query(`INSERT INTO audit (actor, action, after) VALUES ('seed', 'import', $1::jsonb)`, [JSON.stringify({ i })]);
    await migrate(old);
    await old.transaction((tx) => appendAudit(tx, { actor: 'ana', action: 'after-upgrade' }));
    const v = await verifyAudit(old);
    assert.deepEqual([v.ok, v.rows], [true, 4]);
  } finally {
    await old.close();
  }
});
