/** The review queue over HTTP: an editor submits an article (real extraction), decides, undoes; viewers are refused; the OpenAPI document lists the routes. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { addAccount, operator, seed, signIn, type Store } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
let app: FastifyInstance;
const PW = 'a long enough password';
const headers: Record<'editor' | 'viewer', Record<string, string>> = { editor: {}, viewer: {} };
const URL1 = 'https://wire.example.org/2026/05/11/freed';
const ARTICLE =
  'Prisoners freed\n\nThe authorities freed 14 political prisoners on Saturday, according to their lawyers.\n\n' +
  'The Treasury eased sanctions on the national airline on Sunday, allowing it to buy spare parts again.\n';

before(async () => {
  store = await openTestStore('news_review_routes');
  await seed(store);
  await addAccount(store, operator('root'), { name: 'eve', role: 'editor', password: PW });
  await addAccount(store, operator('root'), { name: 'vic', role: 'viewer', password: PW });
  app = await buildApp({ store, dashboard: false });
  headers.editor = { cookie: `leverage_session=${(await signIn(store, { name: 'eve', password: PW })).sessionId}` };
  headers.viewer = { cookie: `leverage_session=${(await signIn(store, { name: 'vic', password: PW })).sessionId}` };
});
after(async () => {
  await app.close();
  await store.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field and checked by the assertions
type Json = Record<string, any>;
const call = async (who: 'editor' | 'viewer' | 'anonymous', method: 'GET' | 'POST', url: string, payload?: unknown) => {
  const res = await app.inject({
    method,
    url,
    headers: who === 'anonymous' ? {} : headers[who],
    ...(payload !== undefined ? { payload: payload as Json } : {}),
  });
  return { status: res.statusCode, body: res.json() as Json, type: String(res.headers['content-type']) };
};

test('the routes are in the OpenAPI document', async () => {
  const doc = (await call('anonymous', 'GET', '/api/openapi.json')).body as { paths: Record<string, unknown> };
  for (const p of [
    '/api/v1/news/articles',
    '/api/v1/news/articles/{id}',
    '/api/v1/news/queue',
    '/api/v1/news/queue/{id}/decision',
    '/api/v1/news/decisions',
    '/api/v1/news/undo',
    '/api/v1/news/citations',
  ])
    assert.ok(doc.paths[p], p);
});

test('an editor submits an article: extracted and queued; the same article again is a duplicate', async () => {
  const first = await call('editor', 'POST', '/api/v1/news/articles', { text: ARTICLE, published: '2026-05-11', url: URL1 });
  assert.equal(first.status, 201, JSON.stringify(first.body));
  const kinds = (first.body.candidates as Json[]).map((c) => c.kind).sort();
  assert.deepEqual(kinds, ['release', 'sanction_change']);
  const release = (first.body.candidates as Json[]).find((c) => c.kind === 'release')!;
  assert.equal(release.event.date, '2026-05-09');
  assert.equal(release.event.date_basis, 'relative');
  const again = await call('editor', 'POST', '/api/v1/news/articles', { text: ARTICLE, published: '2026-05-11', url: URL1 });
  assert.equal(again.status, 200);
  assert.equal(again.body.duplicate, true);
});

test('the same new article submitted five times at once: stored once, every answer 200 or 201, none a 500', async () => {
  const url = 'https://wire.example.org/2026/05/12/at-once';
  const text = ARTICLE.replace('14 political prisoners', '9 political prisoners');
  const answers = await Promise.all(Array.from({ length: 5 }, () => call('editor', 'POST', '/api/v1/news/articles', { text, published: '2026-05-12', url })));
  assert.deepEqual(
    answers.map((a) => a.status).filter((s) => s !== 200 && s !== 201),
    [],
    JSON.stringify(answers.map((a) => a.body)),
  );
  assert.equal(answers.filter((a) => a.body.duplicate === false).length, 1);
  assert.equal(new Set(answers.map((a) => a.body.article.id)).size, 1);
});

test('viewers and anonymous callers are refused, and nothing is queued', async () => {
  assert.equal((await call('viewer', 'POST', '/api/v1/news/articles', { text: 'Seven were detained on Friday.' })).status, 403);
  assert.equal((await call('anonymous', 'GET', '/api/v1/news/queue')).status, 401);
  assert.equal((await call('viewer', 'GET', '/api/v1/news/queue')).status, 403);
  assert.equal((await call('viewer', 'POST', '/api/v1/news/undo')).status, 403);
});

test('decisions over HTTP: reject needs a reason (400 naming it), accept creates the record on the timeline, undo reverses', async () => {
  const queue = (await call('editor', 'GET', '/api/v1/news/queue')).body;
  const release = (queue.items as Json[]).find((c) => c.kind === 'release')!;
  const easing = (queue.items as Json[]).find((c) => c.kind === 'sanction_change')!;
  const noReason = await call('editor', 'POST', `/api/v1/news/queue/${easing.id}/decision`, { decision: 'reject' });
  assert.equal(noReason.status, 400);
  assert.equal(noReason.body.field, 'reason');
  assert.match(noReason.type, /problem\+json/);
  const rejected = await call('editor', 'POST', `/api/v1/news/queue/${easing.id}/decision`, { decision: 'reject', reason: 'relief only announced' });
  assert.equal(rejected.status, 200);
  assert.equal(rejected.body.status, 'rejected');
  const accepted = await call('editor', 'POST', `/api/v1/news/queue/${release.id}/decision`, { decision: 'accept', note: 'two outlets agree' });
  assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
  const recordId = accepted.body.record.id as string;
  const timeline = (await call('anonymous', 'GET', '/api/v1/timeline?from=2026-05-01')).body as Json;
  const entry = (timeline.items as Json[]).find((e) => e.id === recordId);
  assert.equal(entry?.source_url, URL1);
  const again = await call('editor', 'POST', `/api/v1/news/queue/${release.id}/decision`, { decision: 'accept' });
  assert.equal(again.status, 409);
  const undo = await call('editor', 'POST', '/api/v1/news/undo');
  assert.equal(undo.body.undone, 'accept');
  assert.equal((await call('anonymous', 'GET', `/api/v1/releases/${recordId}`)).status, 404);
});

test('bulk reject over HTTP, and citations are public without who added them', async () => {
  const queue = (await call('editor', 'GET', '/api/v1/news/queue')).body;
  const ids = (queue.items as Json[]).map((c) => c.id as string);
  assert.ok(ids.length >= 1);
  const out = await call('editor', 'POST', '/api/v1/news/decisions', { candidates: ids, decision: 'reject', reason: 'duplicate coverage' });
  assert.equal(out.status, 200);
  assert.ok((out.body.results as Json[]).every((r) => r.ok));
  assert.equal((await call('editor', 'GET', '/api/v1/news/queue')).body.total, 0);
  const text = 'Fifty-two prisoners were handed over at the border on 11 September 2025.';
  const sub = await call('editor', 'POST', '/api/v1/news/articles', { text, published: '2025-09-12', url: 'https://wire.example.org/border' });
  const candidate = (sub.body.candidates as Json[])[0]!;
  const merged = await call('editor', 'POST', `/api/v1/news/queue/${candidate.id}/decision`, { decision: 'merge', kind: 'release', record: 'rel-2025-09-11' });
  assert.equal(merged.body.status, 'merged', JSON.stringify(merged.body));
  const cites = (await call('anonymous', 'GET', '/api/v1/news/citations?kind=release&id=rel-2025-09-11')).body.items as Json[];
  assert.deepEqual(
    cites.map((c) => c.url),
    ['https://wire.example.org/border'],
  );
  assert.equal(cites[0]!.added_by, undefined);
  const forEditor = (await call('editor', 'GET', '/api/v1/news/citations?kind=release&id=rel-2025-09-11')).body.items as Json[];
  assert.equal(forEditor[0]!.added_by, 'eve');
});
