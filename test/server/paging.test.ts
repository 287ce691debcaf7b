/** Every list route is paged: the timeline (API and HTML page) and the designations of a snapshot walk in cursor pages with a maximum limit. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { importListFiles, loadTimeline, seed } from '../../src/app/index.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';

const fixture = (name: string) => new URL(`../fixtures/lists/${name}`, import.meta.url).pathname;

let store: Store;
let app: FastifyInstance;
before(async () => {
  store = await openTestStore('server_paging');
  await seed(store);
  await importListFiles(store, TEST_ACTOR, [fixture('ofac-sdn-csv__moov-io_watchman__sdn.csv')], { asOf: '2019-06-01' });
  app = await buildApp({ store, dashboard: false });
});
after(async () => {
  await app.close();
  await store.close();
});

async function walk(first: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let url = first;
  let pages = 0;
  for (;;) {
    const res = await app.inject(url);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { items: { id?: string; kind?: string; sourceId?: string }[]; next_cursor?: string };
    ids.push(...body.items.map((i) => i.sourceId ?? `${i.kind}:${i.id}`));
    pages++;
    if (!body.next_cursor) return { ids, pages };
    assert.match(String(res.headers.link), /rel="next"/);
    url = String(res.headers.link).replace(/^<([^>]+)>.*$/, '$1');
  }
}

test('the timeline comes in pages that together are the whole timeline, in order, each entry once', async () => {
  const whole = await loadTimeline(store);
  assert.ok(whole.length > 60);
  const { ids, pages } = await walk('/api/v1/timeline?limit=40');
  assert.equal(pages, Math.ceil(whole.length / 40));
  assert.deepEqual(
    ids,
    whole.map((e) => `${e.kind}:${e.id}`),
  );
  const first = (await app.inject('/api/v1/timeline')).json() as { items: unknown[] };
  assert.ok(first.items.length <= 500, 'the default page is bounded');
  assert.equal((await app.inject('/api/v1/timeline?limit=10001')).statusCode, 400);
  assert.equal((await app.inject('/api/v1/timeline?cursor=bm9wZQ')).statusCode, 400);
});

test('timeline pages keep the filters: kinds and a date range', async () => {
  const whole = await loadTimeline(store, { from: '2021-01-01', kinds: ['release', 'contact'] });
  const { ids } = await walk('/api/v1/timeline?limit=7&from=2021-01-01&kind=release&kind=contact');
  assert.deepEqual(
    ids,
    whole.map((e) => `${e.kind}:${e.id}`),
  );
  const { ids: contacts } = await walk('/api/v1/timeline?limit=5&kind=contact');
  assert.ok(contacts.length > 0 && contacts.every((id) => id.startsWith('contact:')));
});

test('the /timeline HTML page shows a bounded page with a link to the next', async () => {
  const whole = await loadTimeline(store);
  const rowsOf = (html: string) => [...html.matchAll(/<tr class="(\w+)" data-id="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
  const res = await app.inject('/timeline');
  assert.equal(rowsOf(res.body).length, Math.min(500, whole.length));
  const seen: string[] = [];
  let url = '/timeline?limit=40';
  for (let i = 0; i < 10 && url; i++) {
    const page = await app.inject(url);
    assert.equal(page.statusCode, 200);
    const rows = rowsOf(page.body);
    assert.ok(rows.length <= 40);
    seen.push(...rows);
    url = (/<a rel="next" href="([^"]+)"/.exec(page.body)?.[1] ?? '').replace(/&amp;/g, '&');
  }
  assert.deepEqual(
    seen,
    whole.map((e) => `${e.kind}:${e.id}`),
  );
});

test('designations come in pages in source-id order, with a maximum limit', async () => {
  const [snap] = await store.query<{ id: string }>('SELECT id FROM list_snapshot LIMIT 1');
  const [count] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM designation WHERE snapshot_id = $1', [snap!.id]);
  const { ids, pages } = await walk(`/api/v1/designations?snapshot=${snap!.id}&limit=1000`);
  assert.equal(ids.length, Number(count!.n));
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(pages, Math.ceil(Number(count!.n) / 1000));
  const first = (await app.inject(`/api/v1/designations?snapshot=${snap!.id}`)).json() as { items: unknown[]; next_cursor?: string };
  assert.equal(first.items.length, 500);
  assert.ok(first.next_cursor);
  assert.equal((await app.inject(`/api/v1/designations?snapshot=${snap!.id}&limit=20000`)).statusCode, 400);
});
