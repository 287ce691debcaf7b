/**
 * Behind a TLS proxy (`trustProxy`): the session cookie is `Secure` when the proxy says the
 * browser came over HTTPS, and the Origin check compares against the host the browser used.
 * Without the option the same forwarded headers are ignored: a direct caller cannot forge them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { trustProxyFromEnv } from '../../src/server/start.ts';
import { addAccount, operator, type Store } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
let proxied: FastifyInstance;
let direct: FastifyInstance;
const PW = 'a long enough password';
const limits = { loginLimits: { perAddress: 100, perAccount: 100 } };
before(async () => {
  store = await openTestStore('server_trust_proxy');
  await addAccount(store, operator('root'), { name: 'eve', role: 'editor', password: PW });
  proxied = await buildApp({ store, dashboard: false, auth: limits, trustProxy: true });
  direct = await buildApp({ store, dashboard: false, auth: limits });
});
after(async () => {
  await proxied.close();
  await direct.close();
  await store.close();
});

const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'registry.example.org', origin: 'https://registry.example.org' };
const login = (app: FastifyInstance, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { name: 'eve', password: PW }, headers });

test('with trustProxy, a sign-in forwarded as HTTPS sets a Secure cookie and passes the Origin check', async () => {
  const res = await login(proxied, forwarded);
  assert.equal(res.statusCode, 200, res.body);
  const cookie = res.cookies.find((c) => c.name === 'leverage_session')!;
  assert.equal(cookie.secure, true);
});

test('with trustProxy, a plain-HTTP request still gets no Secure flag', async () => {
  const res = await login(proxied, {});
  assert.equal(res.statusCode, 200, res.body);
  assert.notEqual(res.cookies.find((c) => c.name === 'leverage_session')!.secure, true);
});

test('without trustProxy the forwarded headers are ignored: no Secure flag, and the forged Origin is cross-site', async () => {
  const plain = await login(direct, { 'x-forwarded-proto': 'https' });
  assert.equal(plain.statusCode, 200, plain.body);
  assert.notEqual(plain.cookies.find((c) => c.name === 'leverage_session')!.secure, true);
  const forged = await login(direct, forwarded);
  assert.equal(forged.statusCode, 403, forged.body);
});

test('LEVERAGE_TRUST_PROXY reads as off, every hop or a list of addresses', () => {
  assert.equal(trustProxyFromEnv(undefined), false);
  assert.equal(trustProxyFromEnv('false'), false);
  assert.equal(trustProxyFromEnv('true'), true);
  assert.deepEqual(trustProxyFromEnv('127.0.0.1, 10.0.0.0/8'), ['127.0.0.1', '10.0.0.0/8']);
});
