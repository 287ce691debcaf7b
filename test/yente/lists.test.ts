/**
 * Official lists imported from their publishers' files answer through the yente API too: the EU
 * FSF sample becomes the `eu_fsf` collection (OpenSanctions' name for that list), a name of it is
 * matched, searched and fetched as an FtM entity with its Sanction nested, next to zala.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { importListFiles, type Store } from '../../src/app/index.ts';
import { fixture } from '../ingest/lists/helpers.ts';
import { TEST_ACTOR } from '../helpers/store.ts';
import { assertEntityShape, ZAKHAROV, zalaServer } from './helpers.ts';

let app: FastifyInstance;
let store: Store;
let close: () => Promise<void>;
let euEntities = 0;
before(async () => {
  ({ app, store, close } = await zalaServer('yente_lists'));
  [{ entities: euEntities }] = await importListFiles(store, TEST_ACTOR, [fixture('eu-fsf-xml__GSmiguel_sanctions_lists_etl__sample_eu_fsf.xml')]);
});
after(() => close?.());

const QUERY = { schema: 'Person', properties: { name: ['Khalid Sheikh Mohammed'] } };

test('the catalog lists eu_fsf beside zala, with its entity count', async () => {
  const c = (await app.inject({ url: '/yente/catalog' })).json();
  const eu = c.datasets.find((d: { name: string }) => d.name === 'eu_fsf');
  assert.ok(euEntities > 0);
  assert.equal(eu.entity_count, euEntities);
  assert.ok(c.datasets.some((d: { name: string }) => d.name === 'zala'));
});

test('a name of the EU list is matched in eu_fsf and in default, not in zala', async () => {
  const res = await app.inject({ method: 'POST', url: '/yente/match/eu_fsf', payload: { queries: { q: QUERY } } });
  assert.equal(res.statusCode, 200, res.body);
  const first = res.json().responses.q.results[0];
  assertEntityShape(first);
  assert.match(first.id, /^eu-fsf-/);
  assert.ok(first.match && first.datasets.includes('eu_fsf'));
  assert.ok(first.properties.name.some((n: string) => /MOHAMMED/i.test(n)));
  const all = (
    await app.inject({
      method: 'POST',
      url: '/yente/match/default',
      payload: { queries: { q: QUERY, z: { schema: 'Person', properties: { name: ['Alexander Zakharov'] } } } },
    })
  ).json();
  assert.equal(all.responses.q.results[0].id, first.id);
  assert.equal(all.responses.z.results[0].id, ZAKHAROV);
  const zala = (await app.inject({ method: 'POST', url: '/yente/match/zala', payload: { queries: { q: QUERY } } })).json();
  assert.ok(!zala.responses.q.results.some((r: { id: string }) => r.id === first.id));
});

test('search finds it; the entity comes with its Sanction nested', async () => {
  const found = (await app.inject({ url: '/yente/search/eu_fsf?q=khalid mohammed' })).json();
  assert.ok(found.results.length > 0);
  const id = found.results[0].id;
  const e = (await app.inject({ url: `/yente/entities/${id}` })).json();
  assertEntityShape(e);
  assert.equal(e.properties.sanctions[0].schema, 'Sanction');
  assert.deepEqual(e.properties.sanctions[0].properties.entity, [id]);
  assert.equal((await app.inject({ url: '/yente/entities/eu-fsf-nothing' })).statusCode, 404);
});

test('adjacent of a designation: its Sanction as a page', async () => {
  const id = (await app.inject({ url: '/yente/search/eu_fsf?q=khalid mohammed' })).json().results[0].id;
  const res = await app.inject({ url: `/yente/entities/${id}/adjacent` });
  assert.equal(res.statusCode, 200);
  const { entity, adjacent } = res.json();
  assert.equal(entity.id, id);
  assert.equal(entity.properties.sanctions, undefined);
  assert.equal(adjacent.sanctions.results[0].schema, 'Sanction');
  assert.equal(adjacent.sanctions.total.value, adjacent.sanctions.results.length);
});
