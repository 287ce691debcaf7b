/** The HTTP API: resources, CSV, cursor pages, OpenAPI coverage and problem+json errors. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { seed } from '../../src/app/index.ts';
import { RECORD_KINDS } from '../../src/domain/schema/index.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';
import { importListFiles } from '../../src/app/index.ts';

const fixture = (name: string) => new URL(`../fixtures/lists/${name}`, import.meta.url).pathname;

let store: Store;
let app: FastifyInstance;
before(async () => {
  store = await openTestStore('server_api');
  await seed(store);
  // Two real OFAC SDN snapshots four years apart, so the list routes have something to show.
  await importListFiles(store, TEST_ACTOR, [fixture('ofac-sdn-csv__moov-io_watchman__sdn.csv')], { asOf: '2019-06-01' });
  await importListFiles(store, TEST_ACTOR, [fixture('ofac-sdn-csv__loudringphone_sancbook__sdn_2023-01_reserialised.csv')], { asOf: '2023-01-20' });
  app = await buildApp({ store, dashboard: false });
});
after(async () => {
  await app.close();
  await store.close();
});

async function count(table: string, where = 'true'): Promise<number> {
  const [r] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`);
  return Number(r!.n);
}

test('cursor pages walk every record once, in date order', async () => {
  const seen: string[] = [];
  let url = '/api/v1/observations?limit=25';
  for (;;) {
    const res = await app.inject(url);
    assert.equal(res.statusCode, 200);
    const body = res.json() as { items: { id: string; date: string }[]; next_cursor?: string };
    seen.push(...body.items.map((i) => i.id));
    if (!body.next_cursor) break;
    assert.match(res.headers.link as string, /rel="next"/);
    url = `/api/v1/observations?limit=25&cursor=${body.next_cursor}`;
  }
  assert.equal(seen.length, await count('observation'));
  assert.equal(new Set(seen).size, seen.length);
});

test('filters: date range, issuer, counterpart (list column), metric', async () => {
  const us = (await app.inject('/api/v1/measures?issuer=US&limit=1000')).json().items as { issuer: string }[];
  assert.equal(us.length, await count('measure', `issuer = 'US'`));
  const lt = (await app.inject('/api/v1/releases?counterpart=LT')).json().items as { received_by?: string[]; brokered_by?: string[] }[];
  assert.ok(lt.length > 0 && lt.every((r) => [...(r.received_by ?? []), ...(r.brokered_by ?? [])].includes('LT')));
  const in2025 = (await app.inject('/api/v1/releases?from=2025-01-01&to=2025-12-31')).json().items as { date: string }[];
  assert.equal(in2025.length, await count('release', `date_start BETWEEN '2025-01-01' AND '2025-12-31'`));
  const stock = (await app.inject('/api/v1/observations?metric=current&limit=1000')).json().items as unknown[];
  assert.equal(stock.length, await count('observation', `metric = 'current'`));
});

test('actors come with every spelling and their cases', async () => {
  const page = (await app.inject('/api/v1/actors?kind=person&limit=1000')).json() as {
    items: { id: string; names: { value: string }[]; case_ids: string[] }[];
  };
  assert.equal(page.items.length, await count('actor', `kind = 'person'`));
  const one = page.items.find((a) => a.case_ids.length)!;
  const res = (await app.inject(`/api/v1/actors/${one.id}`)).json() as { names: unknown[]; case_ids: string[] };
  assert.deepEqual(res.case_ids, one.case_ids);
  assert.ok(res.names.length >= 1);
});

test('CSV on every record route is the import format (Accept or ?format)', async () => {
  for (const kind of RECORD_KINDS) {
    const res = await app.inject({ url: `/api/v1/${kind.plural}`, headers: { accept: 'text/csv' } });
    assert.equal(res.statusCode, 200, kind.plural);
    assert.match(res.headers['content-type'] as string, /text\/csv/);
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    assert.deepEqual(
      Object.keys(rows[0] ?? {}),
      kind.fields.filter((f) => !f.private).map((f) => f.name),
      kind.plural,
    ); // private fields: editors only
    assert.equal(rows.length, await count(kind.name === 'case' ? 'detention_case' : kind.name === 'political_event' ? 'political_event' : kind.name));
  }
  const q = await app.inject('/api/v1/measures?issuer=US&format=csv');
  assert.equal((parse(q.body, { columns: true }) as unknown[]).length, await count('measure', `issuer = 'US'`));
});

test('problem+json: a bad filter, an unknown id, a malformed body', async () => {
  const bad = await app.inject('/api/v1/releases?from=yesterday');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.headers['content-type'] as string, /application\/problem\+json/);
  assert.equal(bad.json().field, 'querystring/from');
  const unknownParam = await app.inject('/api/v1/releases?colour=red');
  assert.equal(unknownParam.statusCode, 400);
  const missing = await app.inject('/api/v1/releases/rel-none');
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().status, 404);
  const cursor = await app.inject('/api/v1/releases?cursor=garbage');
  assert.equal(cursor.statusCode, 400);
  assert.equal(cursor.json().field, 'cursor');
  const body = await app.inject({ method: 'POST', url: '/api/v1/screen', headers: { 'content-type': 'application/json' }, payload: '{"name": ' });
  assert.equal(body.statusCode, 400);
  assert.match(body.headers['content-type'] as string, /application\/problem\+json/);
  const wrong = await app.inject({ method: 'POST', url: '/api/v1/screen', payload: { limit: 3 } });
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.json().field, /body/);
});

test('OpenAPI 3.1: every route is described and every described route answers', async () => {
  const doc = (await app.inject('/api/openapi.json')).json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
  assert.match(doc.openapi, /^3\.1/);
  const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  // Every /api route fastify knows (collected at registration) must be in the document.
  assert.ok(registered.length > 20);
  for (const r of registered)
    if (r.url.startsWith('/api/v1') || r.url === '/api/health')
      assert.ok(described.includes(`${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`), `${r.method} ${r.url} is not described`);
  for (const entry of described) {
    const [method, path] = entry.split(' ') as [string, string];
    // Routes that need an account are checked per role by test/server/roles.test.ts.
    const tags = (doc.paths[path]![method.toLowerCase()] as { tags?: string[] }).tags ?? [];
    if (tags.includes('accounts') || tags.includes('editing')) continue;
    if (registered.some((r) => r.needs && `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}` === entry)) continue;
    let url = path
      .replace('{id}', 'rel-2025-09-11')
      .replace('{dataset}', 'default') // the yente-compatible routes: every collection (their entities: test/yente)
      .replace(/^\/yente\/entities\/.*$/, '/yente/entities/__none__')
      // A record of another kind under a release's id is absent (404), and so is its history.
      .replace(/^\/api\/v1\/(\w+)\/rel-2025-09-11(\/history)?$/, (m, kind, history = '') => (kind === 'releases' ? m : `/api/v1/${kind}/__none__${history}`));
    if (path === '/api/v1/news/citations') url += '?kind=release&id=rel-2025-09-11';
    if (path === '/api/v1/designations') url += `?snapshot=${(await store.query<{ id: string }>('SELECT id FROM list_snapshot LIMIT 1'))[0]!.id}`;
    const res = await app.inject({ method: method as 'GET', url, ...(method === 'POST' ? { payload: samplePayload(path) } : {}) });
    assert.ok(res.statusCode === 200 || res.statusCode === 404, `${entry} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
    if (res.statusCode === 404) assert.match(url, /__none__/);
  }
});

/** Routes as fastify registers them, from a second app built with an onRoute hook. */
const registered: { method: string; url: string; needs?: unknown }[] = [];
before(async () => {
  const probe = await buildApp({
    store,
    dashboard: false,
    onRoute: (r) => {
      for (const m of [r.method].flat())
        if (m !== 'HEAD') registered.push({ method: m, url: r.url, needs: (r.config as { needs?: unknown } | undefined)?.needs });
    },
  });
  await probe.ready();
  await probe.close();
});

function samplePayload(path: string): Record<string, unknown> {
  if (path === '/api/v1/screen') return { name: 'Alexander Lukashenko' };
  if (path === '/api/v1/scenarios/run') return { scenario: 'status-quo', runs: 200, months: 6, seed: 1 };
  if (path === '/api/v1/news/extract') return { text: 'Forty prisoners were pardoned on Saturday.', published: '2026-01-05' };
  if (path === '/yente/match/{dataset}') return { queries: { q: { schema: 'Person', properties: { name: ['Alexander Lukashenko'] } } } };
  return {};
}

test('list routes: snapshots, designations and the real 2019 → 2023 OFAC diff of BELARUS', async () => {
  const snaps = (await app.inject('/api/v1/snapshots')).json().items as { id: string; entities: number }[];
  assert.equal(snaps.length, 2);
  const diff = (await app.inject('/api/v1/lists/diff?programme=BELARUS')).json() as {
    designated: unknown[];
    delisted: unknown[];
    amended: { source_id: string }[];
    a: { published: string };
    b: { published: string };
  };
  assert.deepEqual([diff.a.published, diff.b.published], ['2019-06-01', '2023-01-20']);
  assert.ok(diff.designated.length + diff.delisted.length + diff.amended.length > 0);
  const csv = await app.inject('/api/v1/lists/diff?programme=BELARUS&format=csv');
  assert.equal((parse(csv.body, { columns: true }) as unknown[]).length, diff.designated.length + diff.delisted.length + diff.amended.length);
});

test('screen: a Cyrillic query finds the Latin registry record and a designation', async () => {
  const res = await app.inject({ method: 'POST', url: '/api/v1/screen', payload: { name: 'Алесь Бяляцкі' } });
  assert.equal(res.statusCode, 200);
  const top = (res.json().results as { name: string; case_id?: string; match: boolean }[])[0]!;
  assert.equal(top.name, 'Ales Bialiatski');
  assert.ok(top.match && top.case_id);
  const luk = (await app.inject({ method: 'POST', url: '/api/v1/screen', payload: { name: 'Лукашэнка Аляксандр Рыгоравіч', schema: 'Person' } })).json()
    .results as { origin: string; match: boolean; list_source?: string }[];
  assert.ok(
    luk.some((r) => r.origin === 'designation' && r.match),
    JSON.stringify(luk.slice(0, 3)),
  );
  const batch = (await app.inject({ method: 'POST', url: '/api/v1/screen', payload: { names: ['Maria Kalesnikava', 'Мария Колесникова'] } })).json().batch as {
    results: { name: string }[];
  }[];
  assert.equal(batch.length, 2);
  assert.ok(batch.every((b) => b.results[0]?.name === 'Maria Kalesnikava'));
});

test('screen with properties: accepted, and each result reports its name score and property checks', async () => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/screen',
    payload: { name: 'Алесь Бяляцкі', birth_date: '1962-09-25', nationality: 'BY', ids: ['MP1234567'] },
  });
  assert.equal(res.statusCode, 200, res.body);
  const top = (res.json().results as { name: string; score: number; name_score: number; properties: unknown[] }[])[0]!;
  assert.equal(top.name, 'Ales Bialiatski');
  assert.equal(typeof top.name_score, 'number');
  assert.ok(Array.isArray(top.properties));
  const bad = await app.inject({ method: 'POST', url: '/api/v1/screen', payload: { name: 'x', ids: [''] } });
  assert.equal(bad.statusCode, 400);
});

test('dataset: the profile imported with the shipped data, as the dashboard reads it', async () => {
  const res = await app.inject('/api/v1/dataset');
  assert.equal(res.statusCode, 200);
  const { profile } = res.json();
  assert.deepEqual([profile.country.code, profile.counter.name], ['BY', 'Viasna']);
  assert.ok(profile.dashboard.from < profile.dashboard.to);
});
