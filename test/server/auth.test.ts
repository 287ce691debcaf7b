/**
 * Sign-in over HTTP: the session cookie's flags, a new id at each sign-in (session fixation),
 * logout and "sign out everywhere", CSRF refusals, the sign-in rate limits, bearer tokens (never
 * from a URL), and account administration refused below admin.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { addAccount, operator, type Store } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
let app: FastifyInstance;
const PW = 'a long enough password';
before(async () => {
  store = await openTestStore('server_auth');
  for (const [name, role] of [
    ['ada', 'admin'],
    ['eve', 'editor'],
    ['vic', 'viewer'],
    ['rita', 'viewer'],
  ] as const) {
    await addAccount(store, operator('root'), { name, role, password: PW });
  }
  app = await buildApp({ store, dashboard: false, auth: { loginLimits: { perAddress: 100, perAccount: 100 } } });
});
after(async () => {
  await app.close();
  await store.close();
});

const sessionOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'leverage_session');
const login = (name: string, password = PW, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { name, password }, headers });
const me = async (headers: Record<string, string>) => (await app.inject({ url: '/api/v1/auth/me', headers })).json() as { id: string; role: string };

test('sign-in sets an HttpOnly, SameSite=Lax session cookie; the caller is then the account', async () => {
  const res = await login('eve');
  assert.equal(res.statusCode, 200);
  const c = sessionOf(res)!;
  assert.ok(c.httpOnly);
  assert.equal(c.sameSite, 'Lax');
  assert.equal(c.path, '/');
  assert.ok(c.value.length >= 40);
  assert.deepEqual(await me({ cookie: `leverage_session=${c.value}` }), { id: 'eve', role: 'editor', account: 'eve' });
  assert.deepEqual(await me({}), { id: 'anonymous', role: 'viewer' });
});

test('a wrong password and an unknown account get the same 401', async () => {
  const a = await login('eve', 'not the password at all');
  const b = await login('nobody-here', 'not the password at all');
  assert.deepEqual([a.statusCode, b.statusCode], [401, 401]);
  assert.equal(a.json().detail, b.json().detail);
  assert.equal(sessionOf(a), undefined);
});

test('session fixation: the id changes at sign-in and the id held before it stops working', async () => {
  const first = sessionOf(await login('vic'))!.value;
  const second = await login('vic', PW, { cookie: `leverage_session=${first}` });
  const next = sessionOf(second)!.value;
  assert.notEqual(next, first);
  assert.equal((await me({ cookie: `leverage_session=${first}` })).id, 'anonymous');
  assert.equal((await me({ cookie: `leverage_session=${next}` })).id, 'vic');
  // An id made up by an attacker is never adopted: sign-in issues its own.
  const planted = 'x'.repeat(43);
  assert.notEqual(sessionOf(await login('vic', PW, { cookie: `leverage_session=${planted}` }))!.value, planted);
});

test('logout ends the session server-side; an admin signs an account out everywhere', async () => {
  const s = sessionOf(await login('eve'))!.value;
  const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: `leverage_session=${s}` } });
  assert.equal(out.statusCode, 204);
  assert.equal(sessionOf(out)!.value, '');
  assert.equal((await me({ cookie: `leverage_session=${s}` })).id, 'anonymous');

  const e1 = sessionOf(await login('eve'))!.value;
  const admin = sessionOf(await login('ada'))!.value;
  const refused = await app.inject({ method: 'POST', url: '/api/v1/users/ada/sign-out', headers: { cookie: `leverage_session=${e1}` } });
  assert.equal(refused.statusCode, 403);
  const done = await app.inject({ method: 'POST', url: '/api/v1/users/eve/sign-out', headers: { cookie: `leverage_session=${admin}` } });
  assert.equal(done.statusCode, 200);
  assert.ok(done.json().sessions >= 1);
  assert.equal((await me({ cookie: `leverage_session=${e1}` })).id, 'anonymous');
});

test('CSRF: a cross-origin or cross-site POST is refused before anything happens; same-origin passes', async () => {
  const s = sessionOf(await login('ada'))!.value;
  const body = { name: 'mallory', role: 'admin', password: PW };
  for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }]) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/users', payload: body, headers: { cookie: `leverage_session=${s}`, ...headers } });
    assert.equal(res.statusCode, 403, JSON.stringify(headers));
    assert.match(res.json().detail, /cross-site/);
  }
  assert.equal((await store.query(`SELECT 1 FROM account WHERE name = 'mallory'`)).length, 0);
  const ok = await app.inject({
    method: 'POST',
    url: '/api/v1/users',
    payload: body,
    headers: { cookie: `leverage_session=${s}`, origin: 'http://localhost:8080', host: 'localhost:8080', 'sec-fetch-site': 'same-origin' },
  });
  assert.equal(ok.statusCode, 201);
  // A cross-site sign-in (login CSRF) is refused too.
  assert.equal((await login('eve', PW, { origin: 'https://evil.example' })).statusCode, 403);
});

test('sign-in is rate-limited per account, with a clear 429; another account is not affected', async () => {
  const strict = await buildApp({ store, dashboard: false, auth: { loginLimits: { perAddress: 100, perAccount: 3 } } });
  try {
    const attempt = (name: string, password = PW) => strict.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { name, password } });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt('rita', 'wrong password, again')).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 429]);
    const limited = await attempt('rita');
    assert.equal(limited.statusCode, 429);
    assert.match(limited.json().detail, /too many sign-in attempts for this account: try again in \d+ s/);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.equal((await attempt('RITA ')).statusCode, 429, 'the same account however it is written');
    assert.equal((await attempt('ada')).statusCode, 200);
  } finally {
    await strict.close();
  }
});

test('sign-in is rate-limited per address', async () => {
  const strict = await buildApp({ store, dashboard: false, auth: { loginLimits: { perAddress: 2, perAccount: 100 } } });
  try {
    const codes: number[] = [];
    for (const name of ['ada', 'eve', 'vic'])
      codes.push((await strict.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { name, password: PW } })).statusCode);
    assert.deepEqual(codes, [200, 200, 429]);
    const other = await strict.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { name: 'ada', password: PW }, remoteAddress: '10.0.0.7' });
    assert.equal(other.statusCode, 200);
  } finally {
    await strict.close();
  }
});

test('API tokens: issued to a signed-in account, shown once, bearer only; a revoked or unknown token is 401', async () => {
  const s = sessionOf(await login('ada'))!.value;
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/tokens',
    payload: { scope: 'read', days: 7 },
    headers: { cookie: `leverage_session=${s}` },
  });
  assert.equal(created.statusCode, 201);
  const { id, secret } = created.json() as { id: string; secret: string };
  const listed = await app.inject({ url: '/api/v1/auth/tokens', headers: { cookie: `leverage_session=${s}` } });
  assert.ok(!listed.body.includes(secret) && listed.body.includes(id));
  assert.deepEqual(await me({ authorization: `Bearer ${secret}` }), { id: 'ada', role: 'viewer', account: 'ada', token: id });
  // Never from a URL.
  assert.equal((await app.inject(`/api/v1/auth/me?access_token=${secret}&token=${secret}`)).json().id, 'anonymous');
  // A read token may not manage accounts, nor issue tokens.
  assert.equal((await app.inject({ url: '/api/v1/users', headers: { authorization: `Bearer ${secret}` } })).statusCode, 403);
  assert.equal(
    (await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', payload: { scope: 'read', days: 1 }, headers: { authorization: `Bearer ${secret}` } }))
      .statusCode,
    403,
  );
  const revoked = await app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, headers: { cookie: `leverage_session=${s}` } });
  assert.equal(revoked.statusCode, 204);
  const after = await app.inject({ url: '/api/v1/releases', headers: { authorization: `Bearer ${secret}` } });
  assert.equal(after.statusCode, 401);
  assert.equal((await app.inject({ url: '/api/v1/releases', headers: { authorization: 'Bearer lvg_madeup' } })).statusCode, 401);
});

test('accounts are managed by admins only: anonymous callers get 401, editors 403', async () => {
  const e = sessionOf(await login('eve'))!.value;
  for (const [headers, status] of [
    [{}, 401],
    [{ cookie: `leverage_session=${e}` }, 403],
  ] as const) {
    assert.equal((await app.inject({ url: '/api/v1/users', headers })).statusCode, status);
    assert.equal(
      (await app.inject({ method: 'POST', url: '/api/v1/users', payload: { name: 'z9', role: 'admin', password: PW }, headers })).statusCode,
      status,
    );
    assert.equal((await app.inject({ method: 'PATCH', url: '/api/v1/users/eve', payload: { role: 'admin' }, headers })).statusCode, status);
  }
  const a = sessionOf(await login('ada'))!.value;
  const list = await app.inject({ url: '/api/v1/users', headers: { cookie: `leverage_session=${a}` } });
  assert.equal(list.statusCode, 200);
  assert.ok(!list.body.includes('argon2'));
});
