/**
 * `GET /yente/search/{dataset}` over the zala fixture: yente's expectations (tests/test_search.py)
 * written as ours: Zakharov first for his name, query syntax errors 400 unless `simple`, an
 * unknown dataset 404, schema filters and exclusions, datasets in and out, countries OR/AND,
 * topics, target, changed_since, property filters, facets, sort, limit and offset bounds (422).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { assertEntityShape, ZAKHAROV, zalaServer } from './helpers.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
before(async () => {
  ({ app, close } = await zalaServer('yente_search', { t1: true }));
});
after(() => close?.());

async function search(query: string) {
  const res = await app.inject({ url: `/yente/search/${query}` });
  return { status: res.statusCode, json: res.json() };
}
const total = async (q: string) => (await search(q)).json.total.value as number;

test('Zakharov is the first result for his name, with first/last seen, without umbrella datasets', async () => {
  const { status, json } = await search('zala?q=alexander zakharov');
  assert.equal(status, 200);
  const z = json.results[0];
  assertEntityShape(z);
  assert.equal(z.id, ZAKHAROV);
  assert.ok(z.first_seen && z.last_seen);
  assert.ok(!z.datasets.includes('sanctions') && !z.datasets.includes('default'));
});

test('no query lists entities; an unreadable query is a 400 unless simple; an unknown dataset a 404', async () => {
  assert.ok((await search('zala')).json.results.length > 9);
  assert.equal((await search('zala?q=invalid/query')).status, 400);
  assert.equal((await search('zala?q=invalid/query&simple=true')).status, 200);
  assert.equal((await search('banana')).status, 404);
});

test('schema filters: unknown 400, Vessel empties, Person keeps, exclude_schema lowers the total', async () => {
  assert.equal((await search('zala?q=angela merkel&schema=Banana')).status, 400);
  assert.equal((await search('zala?q=angela merkel&schema=Vessel')).json.results.length, 0);
  assert.ok((await search('zala?q=alexander zakharov&schema=Person')).json.results.length > 0);
  const all = await total('zala?q=moscow');
  assert.ok(all > 5, String(all));
  assert.ok((await total('zala?q=moscow&exclude_schema=Address')) < all);
});

test('datasets: exclude zala empties, include another empties, include zala finds, exclude wins', async () => {
  assert.ok((await total('zala?q=alexander zakharov')) > 0);
  assert.equal(await total('zala?q=alexander zakharov&exclude_dataset=zala'), 0);
  assert.equal(await total('zala?q=alexander zakharov&include_dataset=mx_senators'), 0);
  assert.ok((await total('zala?q=alexander zakharov&include_dataset=zala')) > 0);
  assert.equal(await total('zala?q=alexander zakharov&include_dataset=zala&exclude_dataset=zala'), 0);
});

test('changed_since in the future, a property filter that holds for nobody: nothing', async () => {
  assert.equal(await total('zala?q=alexander zakharov&changed_since=2099-01-01T00:00'), 0);
  assert.equal((await search('zala?q=alexander zakharov&filter=properties.birthDate:1972-01-26')).json.results.length, 0);
});

test('countries: ru finds, ke does not; ke OR ru finds, ke AND ru does not', async () => {
  assert.ok((await search('zala?q=alexander zakharov&countries=ru')).json.results.length > 0);
  assert.equal((await search('zala?q=alexander zakharov&countries=ke')).json.results.length, 0);
  assert.ok((await search('zala?q=alexander zakharov&countries=ke&countries=ru')).json.results.length > 0);
  assert.equal((await search('zala?q=alexander zakharov&filter_op=AND&countries=ke&countries=ru')).json.results.length, 0);
});

test('facets: countries, topics, datasets by default; schema on request; counts follow the filters', async () => {
  const facets = (await search('zala')).json.facets;
  assert.deepEqual(Object.keys(facets).sort(), ['countries', 'datasets', 'topics']);
  assert.ok(facets.datasets.values.some((v: { name: string }) => v.name === 'zala'));
  assert.ok(!facets.datasets.values.some((v: { name: string }) => v.name === 'parteispenden' || v.name === 't1'));
  assert.ok(facets.topics.values.some((v: { name: string }) => v.name === 'sanction'));
  const two = (await search('zala?facets=schema&facets=topics')).json.facets;
  assert.deepEqual(Object.keys(two).sort(), ['schema', 'topics']);
  assert.ok(two.schema.values.some((v: { name: string }) => v.name === 'Address'));
  const ru = (await search('zala?q=alexander zakharov&countries=ru')).json.facets.countries.values.map((v: { name: string }) => v.name);
  assert.ok(ru.includes('ru') && !ru.includes('ke'));
  assert.ok((await total('zala?topics=sanction')) > 0);
  assert.ok((await total('zala?schema=Address')) > 0);
});

test('target true and false both answer for LegalEntity; sort first_seen:desc orders', async () => {
  assert.ok((await search('zala?schema=LegalEntity&target=true')).json.results.length > 0);
  assert.ok((await search('zala?schema=LegalEntity&target=false')).json.results.length > 0);
  const seen = (await search('zala?sort=first_seen:desc')).json.results.map((r: { first_seen: string }) => r.first_seen);
  assert.deepEqual(seen, [...seen].sort().reverse());
});

test('limit 0 gives no results; offset past the end is empty and echoed; limit over 500 or offset over 9499: 422', async () => {
  assert.equal((await search('zala?limit=0&q=alexander zakharov')).json.results.length, 0);
  const far = (await search('zala?offset=100&q=alexander zakharov')).json;
  assert.equal(far.results.length, 0);
  assert.equal(far.offset, 100);
  assert.equal((await search('zala?offset=9999&q=putin')).status, 422);
  assert.equal((await search('default?offset=9999&q=putin')).status, 422);
  assert.equal((await search('zala?limit=10000&q=zakharov')).status, 422);
  const ok = await search('zala?limit=500&q=zakharov');
  assert.equal(ok.status, 200);
  assert.equal(ok.json.offset, 0);
  assert.equal(ok.json.limit, 500);
});

test('scope: a second collection (t1) does not hold Zakharov; zala and default do', async () => {
  const ids = async (q: string) => (await search(q)).json.results.map((r: { id: string }) => r.id);
  assert.ok((await ids('zala?q=alexander zakharov')).includes(ZAKHAROV));
  assert.ok((await ids('default?q=alexander zakharov')).includes(ZAKHAROV));
  const t1 = await search('t1?q=alexander zakharov');
  assert.equal(t1.status, 200);
  assert.equal(t1.json.results.length, 0);
  assert.ok((await total('t1')) > 0, 't1 is not empty');
  // A collection's datasets facet names it and its entities' sources, not another collection.
  const facet = (await search('t1')).json.facets.datasets.values.map((v: { name: string }) => v.name);
  assert.ok(facet.includes('t1') && facet.includes('eu_fsf') && !facet.includes('zala'), facet.join());
  assert.ok(!(await ids('zala')).some((id: string) => !id), 'ids');
  const zalaIds = new Set(await ids('zala?limit=500'));
  assert.ok(!(await ids('t1?limit=500')).some((id: string) => zalaIds.has(id)), 'no zala entity under t1');
});
