/** POST /api/v1/news/extract through the real app (inject), on a seeded test store: matches included. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { seed, type Store } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
let app: FastifyInstance;
before(async () => {
  store = await openTestStore('news_extract_route');
  await seed(store);
  app = await buildApp({ store, dashboard: false });
});
after(async () => {
  await app.close();
  await store.close();
});

test('returns the events with their match against the shipped records', async () => {
  const text = 'The authorities freed 52 political prisoners on Thursday, who were taken across the border to Lithuania.';
  const res = await app.inject({ method: 'POST', url: '/api/v1/news/extract', payload: { text, published: '2025-09-12' } });
  assert.equal(res.statusCode, 200, res.body);
  const { events } = res.json() as { events: Array<Record<string, unknown>> };
  assert.equal(events.length, 1);
  assert.equal(events[0]!.kind, 'release');
  assert.equal(events[0]!.date, '2025-09-11');
  assert.ok(['matches', 'may_match'].includes((events[0]!.match as { status: string }).status), JSON.stringify(events[0]!.match));
});

test('HTML by content_type; bad dates and empty or oversized text are 400 problem+json', async () => {
  const html = '<html><body><article><p>Police detained 14 opposition activists on Tuesday, rights groups said.</p></article></body></html>';
  const ok = await app.inject({ method: 'POST', url: '/api/v1/news/extract', payload: { text: html, content_type: 'text/html', published: '2025-09-14' } });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal((ok.json() as { events: { kind: string }[] }).events[0]!.kind, 'arrest');
  for (const payload of [{ text: 'x', published: '2025-02-30' }, { text: '' }, { text: 'a'.repeat(1_000_001) }, {}]) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/news/extract', payload });
    assert.equal(res.statusCode, 400, JSON.stringify(payload).slice(0, 60));
    assert.match(res.headers['content-type'] as string, /problem\+json/);
  }
});
