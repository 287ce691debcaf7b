/** Hostile input is refused with a 400 naming the parameter; every error is problem+json; security headers; load shedding. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { seed } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
let app: FastifyInstance;
before(async () => {
  store = await openTestStore('server_hardening');
  await seed(store);
  app = await buildApp({ store, dashboard: false });
});
after(async () => {
  await app.close();
  await store.close();
});

function assertProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, field?: string): { detail: string } {
  assert.equal(res.statusCode, status);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json() as { status: number; detail: string; field?: string };
  assert.equal(body.status, status);
  if (field) assert.equal(body.field, field);
  return body;
}

test('a NUL byte or a lone surrogate in any string is a 400 naming the parameter', async () => {
  assertProblem(await app.inject('/api/v1/releases?mode=a%00b'), 400, 'querystring/mode');
  assertProblem(await app.inject('/api/v1/actors/a%00b'), 400, 'params/id');
  assertProblem(await app.inject('/api/v1/actors?cursor=%00'), 400, 'querystring/cursor');
  const post = (payload: string) => app.inject({ method: 'POST', url: '/api/v1/screen', payload, headers: { 'content-type': 'application/json' } });
  assertProblem(await post('{"name":"a\\u0000b"}'), 400, 'body/name');
  const surrogate = assertProblem(await post('{"name":"x\\ud800"}'), 400, 'body/name');
  assert.match(surrogate.detail, /surrogate/);
  assertProblem(await post('{"names":["ok","\\udc00"]}'), 400, 'body/names/1');
});

test('numbers must be finite and in range: Infinity, 1e999, -Infinity are 400s', async () => {
  for (const v of ['Infinity', '1e999', '-Infinity', 'NaN', '0x10']) {
    const body = assertProblem(await app.inject(`/api/v1/releases?limit=${v}`), 400, 'querystring/limit');
    assert.match(body.detail, /limit/);
  }
  assertProblem(await app.inject('/api/v1/analysis/event-study?seed=Infinity'), 400, 'querystring/seed');
  assertProblem(await app.inject('/api/v1/analysis/event-study?seed=99999999999'), 400, 'querystring/seed');
  const res = await app.inject({ method: 'POST', url: '/api/v1/scenarios/run', payload: '{"runs":1e999}', headers: { 'content-type': 'application/json' } });
  assertProblem(res, 400, 'body/runs');
  const text = await app.inject({ method: 'POST', url: '/api/v1/screen', payload: { names: ['x'], limit: 'Infinity' } });
  assertProblem(text, 400, 'body/limit');
});

test('dates are read by the EDTF grammar: year 0000, 2025-02-30 and 2025-13 are 400s', async () => {
  for (const d of ['0000', '2025-02-30', '2025-13', '20250', '2025-1-1']) {
    const body = assertProblem(await app.inject(`/api/v1/analysis/flows?from=${d}`), 400, 'querystring/from');
    assert.match(body.detail, /EDTF/);
    assertProblem(await app.inject(`/api/v1/releases?to=${d}`), 400, 'querystring/to');
  }
  assert.equal((await app.inject('/api/v1/analysis/flows?from=2024-02-29&to=2025')).statusCode, 200);
});

test('405 with Allow for a known path under another method; 404, 413 and 415 are problem+json too', async () => {
  const del = await app.inject({ method: 'DELETE', url: '/api/v1/releases' });
  assertProblem(del, 405);
  assert.equal(del.headers.allow, 'GET, HEAD, POST'); // POST creates a record (editors)
  const get = await app.inject('/api/v1/screen');
  assertProblem(get, 405);
  assert.equal(get.headers.allow, 'POST');
  assertProblem(await app.inject({ method: 'PUT', url: '/api/v1/actors/x' }), 405);
  assertProblem(await app.inject('/api/v1/nothing-here'), 404);
  assertProblem(await app.inject({ method: 'POST', url: '/api/v1/screen', payload: '<name/>', headers: { 'content-type': 'application/xml' } }), 415);
  const big = JSON.stringify({ names: ['x'.repeat(2 * 1024 * 1024)] });
  assertProblem(await app.inject({ method: 'POST', url: '/api/v1/screen', payload: big, headers: { 'content-type': 'application/json' } }), 413);
  assertProblem(await app.inject({ method: 'POST', url: '/api/v1/screen', payload: '{"name":', headers: { 'content-type': 'application/json' } }), 400);
});

test('security headers: a CSP without inline scripts that forbids framing, nosniff, Referrer-Policy', async () => {
  for (const url of ['/api/health', '/api/v1/stats', '/timeline', '/api/v1/nothing']) {
    const res = await app.inject(url);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/, url);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
  }
});

test('a saturated process sheds load with 503, Retry-After and problem+json; health still answers', async () => {
  const busy = await buildApp({ store, dashboard: false, hardening: { pressure: { maxEventLoopDelay: 20, sampleIntervalMs: 10, retryAfterS: 7 } } });
  try {
    await busy.ready();
    const until = Date.now() + 400;
    while (Date.now() < until); // block the event loop, as a CPU-bound handler would
    await new Promise((r) => setTimeout(r, 15));
    const res = await busy.inject('/api/v1/stats');
    const body = assertProblem(res, 503);
    assert.equal(res.headers['retry-after'], '7');
    assert.match(body.detail, /saturated/);
    assert.equal((await busy.inject('/api/health')).statusCode, 200);
  } finally {
    await busy.close();
  }
});

test('a path that is not valid percent-encoded UTF-8 is a problem+json 400', async () => {
  for (const url of ['/api/v1/actors/%ED%A0%80', '/api/v1/actors/%FF', '/api/v1/releases/%C0']) assertProblem(await app.inject(url), 400);
});
