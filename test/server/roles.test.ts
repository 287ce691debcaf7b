/**
 * The role × route matrix, generated from the OpenAPI document: every described route and
 * method is called as each kind of caller, and the status must match the route's rule. A route
 * with no rule here fails the test, so a new route cannot arrive without a decision about who may
 * call it. Also: SQL-injection strings in every query parameter (no 5xx, nothing leaked), and an
 * edit over HTTP with If-Match (412 with what changed).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { addAccount, createToken, operator, revokeToken, seed, signIn, type Store } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
let app: FastifyInstance;
const root = operator('root');
const PW = 'a long enough password';
before(async () => {
  store = await openTestStore('server_roles');
  await seed(store);
  for (const [name, role] of [
    ['ada', 'admin'],
    ['eve', 'editor'],
    ['vic', 'viewer'],
    ['tom', 'editor'],
  ] as const)
    await addAccount(store, root, { name, role, password: PW });
  app = await buildApp({ store, dashboard: false, auth: { loginLimits: { perAddress: 10_000, perAccount: 10_000 } } });
});
after(async () => {
  await app.close();
  await store.close();
});

type Who = 'anonymous' | 'viewer' | 'editor' | 'admin' | 'read token' | 'write token' | 'expired token' | 'revoked token';
const EVERYONE: Who[] = ['anonymous', 'viewer', 'editor', 'admin', 'read token', 'write token', 'expired token', 'revoked token'];

/** Headers for each caller, made afresh (some routes end the caller's sessions and tokens). */
async function callers(): Promise<Record<Who, Record<string, string>>> {
  const cookie = async (name: string) => ({ cookie: `leverage_session=${(await signIn(store, { name, password: PW })).sessionId}` });
  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
  const tom = { id: 'tom', role: 'editor', via: 'http', account: 'tom' } as const;
  const revoked = await createToken(store, tom, { scope: 'write', days: 30 });
  await revokeToken(store, tom, revoked.id);
  return {
    anonymous: {},
    viewer: await cookie('vic'),
    editor: await cookie('eve'),
    admin: await cookie('ada'),
    'read token': bearer((await createToken(store, tom, { scope: 'read', days: 30 })).secret),
    'write token': bearer((await createToken(store, tom, { scope: 'write', days: 30 })).secret),
    'expired token': bearer((await createToken(store, tom, { scope: 'write', days: 1 }, new Date('2020-01-01'))).secret),
    'revoked token': bearer(revoked.secret),
  };
}

/** Who may call a route: everyone (public data), any account, an account signed in (not a token), editors, admins. */
type Rule = 'public' | 'account' | 'session' | 'editor' | 'admin';
const KINDS = '(releases|measures|contacts|events|observations|cases)';
const RULES: [RegExp, Rule][] = [
  [/^GET \/api\/health$/, 'public'],
  [new RegExp(`^GET /api/v1/${KINDS}(/\\{id\\}(/history)?)?$`), 'public'],
  [
    /^GET \/api\/v1\/(timeline|stats|actors|actors\/\{id\}|scenarios|scenarios\/backtest|dataset|snapshots|designations|lists\/diff|lists\/changes\.atom|lists\/status)$/,
    'public',
  ],
  [/^GET \/api\/v1\/analysis\/(flows|refill|ledger|event-study)$/, 'public'],
  [/^POST \/api\/v1\/(screen|scenarios\/run|news\/extract)$/, 'public'], // computations over public data; nothing is written
  [/^(GET \/yente\/(catalog|algorithms|search\/\{dataset\}|entities\/\{id\}(\/adjacent(\/\{property\})?)?)|POST \/yente\/match\/\{dataset\})$/, 'public'], // the yente-compatible API: reads
  [/^(POST \/api\/v1\/auth\/(login|logout)|GET \/api\/v1\/auth\/me)$/, 'public'],
  [/^(GET \/api\/v1\/auth\/tokens|DELETE \/api\/v1\/auth\/tokens\/\{id\}|POST \/api\/v1\/auth\/sign-out-everywhere)$/, 'account'],
  [/^POST \/api\/v1\/auth\/tokens$/, 'session'],
  [new RegExp(`^(POST /api/v1/${KINDS}|PUT /api/v1/${KINDS}/\\{id\\}|POST /api/v1/${KINDS}/\\{id\\}/restore)$`), 'editor'],
  [new RegExp(`^(DELETE /api/v1/${KINDS}/\\{id\\}|POST /api/v1/${KINDS}/\\{id\\}/undelete)$`), 'admin'],
  // The news review queue holds unreviewed material: editors only; the citations it added to records are public.
  [/^(POST \/api\/v1\/news\/(articles|decisions|undo|queue\/\{id\}\/decision)|GET \/api\/v1\/news\/(queue|articles\/\{id\}))$/, 'editor'],
  [/^GET \/api\/v1\/news\/citations$/, 'public'],
  [/^(GET|POST) \/api\/v1\/users$|^PATCH \/api\/v1\/users\/\{name\}$|^POST \/api\/v1\/users\/\{name\}\/sign-out$/, 'admin'],
];

/** The expected answer: allowed (any status but 401/403, never 5xx), or refused with this status. */
function expected(rule: Rule, who: Who): 'allowed' | 401 | 403 {
  if (who === 'expired token' || who === 'revoked token') return 401;
  if (rule === 'public') return 'allowed';
  if (who === 'anonymous') return 401;
  if (rule === 'account') return 'allowed';
  if (rule === 'session') return who.endsWith('token') ? 403 : 'allowed';
  const role = { viewer: 0, 'read token': 0, editor: 1, 'write token': 1, admin: 2 }[who];
  return role >= (rule === 'editor' ? 1 : 2) ? 'allowed' : 403;
}

// Routes that end the caller's sessions run last, each call with fresh callers.
const ENDS_SESSIONS = /auth\/(logout|sign-out-everywhere)$/;

test('role × route matrix: every route and method of the OpenAPI document, as every kind of caller', async () => {
  await app.ready();
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  routes.sort((a, b) => Number(ENDS_SESSIONS.test(a)) - Number(ENDS_SESSIONS.test(b)));
  assert.ok(routes.length > 40);
  const missing = routes.filter((r) => !RULES.some(([re]) => re.test(r)));
  assert.deepEqual(missing, [], 'routes without a rule in test/server/roles.test.ts: decide who may call them');
  let shared = await callers();
  const failures: string[] = [];
  for (const route of routes) {
    const rule = RULES.find(([re]) => re.test(route))![1];
    const [method, path] = route.split(' ') as [string, string];
    const url = path.replace(/\{\w+\}/g, '__none__');
    for (const who of EVERYONE) {
      const headers = ENDS_SESSIONS.test(route) ? (await callers())[who] : shared[who];
      const res = await app.inject({ method: method as 'GET', url, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
      const want = expected(rule, who);
      const ok = want === 'allowed' ? res.statusCode !== 401 && res.statusCode !== 403 && res.statusCode < 500 : res.statusCode === want;
      if (!ok) failures.push(`${route} as ${who}: ${res.statusCode}, expected ${want} (${res.body.slice(0, 120)})`);
    }
    if (ENDS_SESSIONS.test(route)) shared = await callers();
  }
  assert.deepEqual(failures, []);
});

const INJECTIONS = [
  `' OR '1'='1`,
  `1; DROP TABLE audit; --`,
  `x' UNION SELECT password_hash, name FROM account --`,
  `%' AND pg_sleep(1) IS NULL --`,
  `\\'); DELETE FROM account; --`,
];

test('SQL-injection strings in every query parameter of every GET route: no 5xx, no password hash, tables intact', async () => {
  await app.ready();
  const doc = app.swagger() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };
  let calls = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    const get = ops.get;
    if (!get) continue;
    const params = (get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    for (const name of params) {
      for (const bad of INJECTIONS) {
        const url = `${path.replace(/\{\w+\}/g, encodeURIComponent(bad))}?${name}=${encodeURIComponent(bad)}`;
        const res = await app.inject(url);
        calls++;
        assert.ok(res.statusCode < 500, `${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        assert.ok(!res.body.includes('$argon2'), `${url} leaked a password hash`);
      }
    }
  }
  assert.ok(calls > 50, `${calls} calls`);
  assert.equal(Number((await store.query<{ n: number }>('SELECT count(*)::int AS n FROM account'))[0]!.n), 4);
  assert.ok(Number((await store.query<{ n: number }>('SELECT count(*)::int AS n FROM audit'))[0]!.n) > 0);
});

test('editing over HTTP: ETag from GET, If-Match on PUT; the second save of the same version gets 412 with what changed', async () => {
  const headers = { cookie: `leverage_session=${(await signIn(store, { name: 'eve', password: PW })).sessionId}` };
  const read = await app.inject({ url: '/api/v1/releases/rel-2025-09-11', headers });
  assert.equal(read.statusCode, 200);
  const etag = read.headers.etag as string;
  const record = read.json() as Record<string, unknown>;
  const put = (count: number, note: string) =>
    app.inject({
      method: 'PUT',
      url: '/api/v1/releases/rel-2025-09-11',
      headers: { ...headers, 'if-match': etag },
      payload: { record: { ...record, count }, note },
    });
  const first = await put(Number(record.count) + 1, 'one more confirmed');
  assert.equal(first.statusCode, 200);
  assert.notEqual(first.headers.etag, etag);
  const second = await put(Number(record.count) + 5, 'a different correction');
  assert.equal(second.statusCode, 412);
  assert.deepEqual(second.json().changed, { count: { before: record.count, after: Number(record.count) + 1 } });
  const noMatch = await app.inject({ method: 'PUT', url: '/api/v1/releases/rel-2025-09-11', headers, payload: { record, note: 'x' } });
  assert.equal(noMatch.statusCode, 400);
  assert.equal(noMatch.json().field, 'If-Match');
  const bad = await app.inject({
    method: 'PUT',
    url: '/api/v1/releases/rel-2025-09-11',
    headers: { ...headers, 'if-match': first.headers.etag as string },
    payload: { record: { ...record, mode: 'teleport' }, note: 'x' },
  });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().field, 'mode');
  // The public sees that it changed and when; the editor sees the diff.
  const pub = (await app.inject('/api/v1/releases/rel-2025-09-11/history')).json().items as Record<string, unknown>[];
  const ed = (await app.inject({ url: '/api/v1/releases/rel-2025-09-11/history', headers })).json().items as Record<string, unknown>[];
  assert.deepEqual(Object.keys(pub.at(-1)!).sort(), ['action', 'at', 'version']);
  assert.deepEqual(ed.at(-1)!.changed, { count: { before: record.count, after: Number(record.count) + 1 } });
  assert.equal(ed.at(-1)!.note, 'one more confirmed');
  assert.equal((await app.inject('/api/v1/releases/rel-2025-09-11')).json().count, Number(record.count) + 1, 'anonymous sees the new value');
});
