/**
 * `GET /yente/entities/{id}` and `GET /yente/catalog` over the zala fixture: yente's expectations
 * (tests/test_entity.py) written as ours: an unknown id is a 404; Zakharov comes with his
 * datasets, referents and birth date, and his sanctions nested as Sanction entities; an entity is
 * found by a referent; nested=false keeps ids; the catalog names the zala collection.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { assertEntityShape, ZAKHAROV, zalaServer } from './helpers.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
before(async () => {
  ({ app, close } = await zalaServer('yente_entity'));
});
after(() => close?.());

test('an unknown entity is a 404', async () => {
  assert.equal((await app.inject({ url: '/yente/entities/banana' })).statusCode, 404);
});

test('Zakharov with his sanctions, ownerships and passport nested', async () => {
  const res = await app.inject({ url: `/yente/entities/${ZAKHAROV}` });
  assert.equal(res.statusCode, 200);
  const e = res.json();
  assertEntityShape(e);
  assert.equal(e.id, ZAKHAROV);
  assert.equal(e.schema, 'Person');
  assert.ok(e.datasets.includes('zala'));
  assert.ok(e.referents.length > 5);
  assert.equal(typeof e.properties.birthDate[0], 'string');
  const sanction = e.properties.sanctions[0];
  assert.equal(typeof sanction, 'object');
  assert.equal(sanction.schema, 'Sanction');
  assertEntityShape(sanction);
  // The relation's other end is nested; its reference to the root stays an id.
  assert.deepEqual(sanction.properties.entity, [ZAKHAROV]);
  assert.ok(
    e.properties.identification?.some((p: { schema: string }) => p.schema === 'Passport') || e.properties.passports?.length,
    Object.keys(e.properties).join(),
  );
});

test('found by a referent; nested=false keeps the reverse relations out', async () => {
  const byReferent = await app.inject({ url: '/yente/entities/ofac-45937' });
  assert.equal(byReferent.statusCode, 200);
  assert.equal(byReferent.json().id, ZAKHAROV);
  const flat = (await app.inject({ url: `/yente/entities/${ZAKHAROV}?nested=false` })).json();
  assert.equal(flat.properties.sanctions, undefined);
});

test('the catalog names the zala collection and the source datasets of its entities', async () => {
  const res = await app.inject({ url: '/yente/catalog' });
  assert.equal(res.statusCode, 200);
  const c = res.json();
  const zala = c.datasets.find((d: { name: string }) => d.name === 'zala');
  assert.equal(zala.entity_count, 91);
  assert.ok(zala.children.includes('us_ofac_sdn'));
  assert.ok(c.datasets.some((d: { name: string }) => d.name === 'default'));
  assert.ok(c.current.includes('zala'));
});
