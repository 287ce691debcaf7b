/**
 * Accounts, sessions and tokens as use cases: only an admin manages accounts; passwords are
 * argon2id and never audited; an unknown account costs what a wrong password costs; sessions end
 * at logout, when idle, at their age, on disable; tokens are scoped, expire and are revocable.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addAccount,
  ANONYMOUS,
  createToken,
  disableAccount,
  listAccounts,
  operator,
  recentAudit,
  resetPassword,
  revokeToken,
  sessionActor,
  setAccountRole,
  signIn,
  signOut,
  signOutEverywhere,
  tokenActor,
  type Actor,
  type Store,
} from '../../src/app/index.ts';
import { LeverageError } from '../../src/domain/errors.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
const root = operator('root');
const PW = 'correct horse battery';
before(async () => {
  store = await openTestStore('app_accounts');
  await addAccount(store, root, { name: 'ada', role: 'admin', password: PW });
  await addAccount(store, root, { name: 'eve', role: 'editor', password: PW });
  await addAccount(store, root, { name: 'vic', role: 'viewer', password: PW });
});
after(() => store.close());

const code = (c: string) => (e: unknown) => e instanceof LeverageError && e.code === c;

test('the password is stored as argon2id, never in clear, and never in the audit log', async () => {
  const [row] = await store.query<{ password_hash: string }>(`SELECT password_hash FROM account WHERE name = 'eve'`);
  assert.match(row!.password_hash, /^\$argon2id\$/);
  const audit = JSON.stringify(await recentAudit(store, 100));
  assert.ok(!audit.includes(PW) && !audit.includes(row!.password_hash));
  assert.ok(audit.includes('accounts.add'));
});

test('only an admin manages accounts; short passwords, bad names and taken names are refused', async () => {
  const editor: Actor = { id: 'eve', role: 'editor', via: 'http', account: 'eve' };
  await assert.rejects(addAccount(store, editor, { name: 'x1', role: 'viewer', password: PW }), code('forbidden'));
  await assert.rejects(addAccount(store, ANONYMOUS, { name: 'x1', role: 'admin', password: PW }), code('forbidden'));
  await assert.rejects(listAccounts(store, editor), code('forbidden'));
  await assert.rejects(addAccount(store, root, { name: 'x2', role: 'viewer', password: 'short' }), code('invalid_value'));
  await assert.rejects(addAccount(store, root, { name: 'Bad Name!', role: 'viewer', password: PW }), code('invalid_value'));
  await assert.rejects(addAccount(store, root, { name: 'x3', role: 'owner', password: PW }), code('invalid_value'));
  await assert.rejects(addAccount(store, root, { name: 'eve', role: 'viewer', password: PW }), code('conflict'));
  assert.deepEqual(
    (await listAccounts(store, root)).map((a) => [a.name, a.role]),
    [
      ['ada', 'admin'],
      ['eve', 'editor'],
      ['vic', 'viewer'],
    ],
  );
});

test('the last active admin can be neither demoted nor disabled', async () => {
  await assert.rejects(setAccountRole(store, root, 'ada', 'editor'), code('conflict'));
  await assert.rejects(disableAccount(store, root, 'ada'), code('conflict'));
});

test('sign-in: a wrong password and an unknown account get the same answer in about the same time', async () => {
  const time = async (name: string) => {
    const t = performance.now();
    await assert.rejects(
      signIn(store, { name, password: 'wrong password here' }),
      (e: unknown) => code('unauthorised')(e) && (e as Error).message === 'wrong account name or password',
    );
    return performance.now() - t;
  };
  await time('nobody'); // the first unknown name prepares the dummy hash
  // The fastest of several tries, to see the work done rather than the machine's other load.
  // One at a time and alternating, so both see the same load (hashes run in parallel would queue on a busy machine).
  let [known, unknown] = [Infinity, Infinity];
  for (let i = 0; i < 6; i++) {
    known = Math.min(known, await time('eve'));
    unknown = Math.min(unknown, await time('nobody'));
  }
  assert.ok(unknown > known / 3 && unknown < known * 3, `unknown ${unknown.toFixed(1)} ms vs known ${known.toFixed(1)} ms`);
});

test('sessions: a new id at each sign-in, the previous one ended; logout; idle and absolute expiry', async () => {
  const t0 = new Date('2026-01-01T09:00:00Z');
  const policy = { idleMs: 3600_000, maxAgeMs: 4 * 3600_000 };
  const first = await signIn(store, { name: 'EVE', password: PW }, { now: t0, policy });
  assert.deepEqual((await sessionActor(store, first.sessionId, { now: t0, policy }))!.role, 'editor');
  const second = await signIn(store, { name: 'eve', password: PW, previousSessionId: first.sessionId }, { now: t0, policy });
  assert.notEqual(second.sessionId, first.sessionId);
  assert.equal(await sessionActor(store, first.sessionId, { now: t0, policy }), undefined);
  const at = (h: number) => new Date(t0.getTime() + h * 3600_000);
  // Used every 50 minutes it stays alive until its absolute age, then ends.
  for (const h of [0.8, 1.6, 2.4, 3.2, 3.9]) assert.ok(await sessionActor(store, second.sessionId, { now: at(h), policy }), `alive at ${h} h`);
  assert.equal(await sessionActor(store, second.sessionId, { now: at(4.1), policy }), undefined);
  // Left idle for more than an hour, it ends.
  const third = await signIn(store, { name: 'eve', password: PW }, { now: t0, policy });
  assert.equal(await sessionActor(store, third.sessionId, { now: at(1.1), policy }), undefined);
  const fourth = await signIn(store, { name: 'eve', password: PW });
  await signOut(store, fourth.sessionId);
  assert.equal(await sessionActor(store, fourth.sessionId), undefined);
  // The table holds hashes only.
  const rows = await store.query<{ id_hash: string }>('SELECT id_hash FROM session');
  assert.ok(rows.every((r) => r.id_hash !== fourth.sessionId && /^[0-9a-f]{64}$/.test(r.id_hash)));
});

test('tokens: scope capped by role, shown once, hashed, expiring, revocable; sign out everywhere ends tokens and sessions', async () => {
  const eve: Actor = { id: 'eve', role: 'editor', via: 'http', account: 'eve' };
  await assert.rejects(createToken(store, eve, { scope: 'admin', days: 30 }), code('forbidden'));
  await assert.rejects(createToken(store, eve, { scope: 'write', days: 0 }), code('invalid_value'));
  await assert.rejects(createToken(store, ANONYMOUS, { scope: 'read', days: 30 }), code('forbidden'));
  const read = await createToken(store, eve, { scope: 'read', days: 30, label: 'script' });
  const writeTok = await createToken(store, eve, { scope: 'write', days: 1 }, new Date('2026-01-01T00:00:00Z'));
  assert.match(read.secret, /^lvg_/);
  assert.equal((await store.query(`SELECT 1 FROM api_token WHERE secret_hash = $1 OR id = $1`, [read.secret])).length, 0);
  assert.deepEqual(await tokenActor(store, read.secret), { id: 'eve', role: 'viewer', via: 'http', account: 'eve', token: read.id });
  assert.equal((await tokenActor(store, writeTok.secret, new Date('2026-01-01T12:00:00Z')))!.role, 'editor');
  assert.equal(await tokenActor(store, writeTok.secret, new Date('2026-01-02T00:00:01Z')), undefined, 'expired');
  await assert.rejects(revokeToken(store, { id: 'vic', role: 'viewer', via: 'http', account: 'vic' }, read.id), code('forbidden'));
  await revokeToken(store, eve, read.id);
  assert.equal(await tokenActor(store, read.secret), undefined, 'revoked');
  const other = await createToken(store, eve, { scope: 'write', days: 30 });
  const session = await signIn(store, { name: 'eve', password: PW });
  const ended = await signOutEverywhere(store, root, 'eve');
  assert.equal(ended.tokens, 2); // the write token (expired) and the other; the read token was revoked already
  assert.ok(ended.sessions >= 1);
  assert.equal(await tokenActor(store, other.secret), undefined);
  assert.equal(await sessionActor(store, session.sessionId), undefined);
});

test('disabling an account or resetting its password ends its sessions; a disabled account cannot sign in', async () => {
  const s = await signIn(store, { name: 'vic', password: PW });
  await resetPassword(store, root, 'vic', 'another long password');
  assert.equal(await sessionActor(store, s.sessionId), undefined);
  await assert.rejects(signIn(store, { name: 'vic', password: PW }), code('unauthorised'));
  const s2 = await signIn(store, { name: 'vic', password: 'another long password' });
  await disableAccount(store, root, 'vic');
  assert.equal(await sessionActor(store, s2.sessionId), undefined);
  await assert.rejects(signIn(store, { name: 'vic', password: 'another long password' }), code('unauthorised'));
});
