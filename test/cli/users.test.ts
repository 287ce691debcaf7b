/**
 * `leverage users …` and `leverage audit …` as an operator runs them: the first admin is added
 * with a password from stdin (never argv), tokens are printed once, and `audit verify` names the
 * row a raw SQL edit changed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.ts';
import { onPostgres, openTestStore, testSchema } from '../helpers/store.ts';

const BIN = new URL('../../bin/leverage.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'leverage-users-'));
const env = { ...process.env, LEVERAGE_DATA_DIR: dataDir, LEVERAGE_PG_SCHEMA: testSchema('cli_users') };

function leverage(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { env, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

test('users add --admin reads the password from stdin; list, set-role, token; audit verify and checkpoint', async () => {
  if (onPostgres) await (await openTestStore('cli_users', { migrated: false })).close();
  const short = await leverage(['users', 'add', 'ada', '--admin'], 'short\n');
  assert.equal(short.code, 1);
  assert.match(short.stderr, /a password must have 12/);
  assert.equal((await leverage(['users', 'add', 'ada', '--admin'], 'a long enough password\n')).code, 0);
  assert.equal((await leverage(['users', 'add', 'eve', '--role', 'editor'], 'another long password\n')).code, 0);
  assert.equal((await leverage(['users', 'set-role', 'eve', 'viewer'])).code, 0);
  const list = JSON.parse((await leverage(['users', 'list', '--json'])).stdout) as { name: string; role: string }[];
  assert.deepEqual(
    list.map((a) => [a.name, a.role]),
    [
      ['ada', 'admin'],
      ['eve', 'viewer'],
    ],
  );
  const refused = await leverage(['users', 'disable', 'ada']);
  assert.match(refused.stderr, /last active admin/);
  const token = await leverage(['users', 'token', 'eve', '--scope', 'read', '--days', '30']);
  assert.match(token.stdout.trim(), /^lvg_[\w-]{43}$/);

  const verified = await leverage(['audit', 'verify']);
  assert.equal(verified.code, 0, verified.stderr);
  assert.match(verified.stdout, /^ok: \d+ rows, head \d+:[0-9a-f]{64}/);
  const checkpoint = (await leverage(['audit', 'checkpoint'])).stdout.trim();
  assert.match(checkpoint, /^\d+:[0-9a-f]{64}$/);
  assert.equal((await leverage(['audit', 'verify', '--checkpoint', checkpoint])).code, 0);

  // An owner edits a row behind the triggers' back: verify names it and exits 1.
  const store = await openStore(onPostgres ? { schema: testSchema('cli_users') } : { dataDir });
  const [row] = await store.query<{ id: string }>(`SELECT id::text AS id FROM audit WHERE action = 'accounts.set-role' LIMIT 1`);
  await store.exec(`ALTER TABLE audit DISABLE TRIGGER audit_no_change; UPDATE audit SET actor = 'someone-else' WHERE id = ${Number(row!.id)};
    ALTER TABLE audit ENABLE TRIGGER audit_no_change`);
  await store.close();
  const broken = await leverage(['audit', 'verify']);
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, new RegExp(`BROKEN at audit row ${row!.id}:`));
});
