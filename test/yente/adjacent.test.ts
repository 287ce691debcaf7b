/**
 * `GET /yente/entities/{id}/adjacent[/{property}]` over the zala fixture. yente checks these routes
 * on a fixture we do not have (parteispenden: a donor, two addresses, two payments); the same facts
 * are checked here on zala's Zakharov: 13 sanctions (over one page of 10), one address, 10
 * ownerships whose assets are nested, and on one of those ownerships (an interstitial entity).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { assertEntityShape, ZAKHAROV, zalaServer } from './helpers.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
before(async () => {
  ({ app, close } = await zalaServer('yente_adjacent'));
});
after(() => close?.());

const ADDRESS = 'addr-a300b5bf407e387d2cf1f1a2f74b8178edde276e';
const OWNERSHIP = 'ru-770bdf5f22537fa2a94176f53fa87fe28ecf94fa';
const ASSET = 'NK-abdzbEBkqyT29GyREbiURZ';
const FIRST_SANCTIONS = ['be-fod-7d76d68e2725ef8a4a9fd359168c8160a9e51ed0', 'ch-seco-659820379fb8e3b7c2a9fef7e0c1f75397f01d74'];

async function get(url: string) {
  const res = await app.inject({ url: `/yente/entities/${url}` });
  return { status: res.statusCode, json: res.json() };
}
type E = { id: string; schema: string; caption: string; properties: Record<string, unknown[]> };
const byId = (list: E[], id: string): E => {
  const found = list.filter((e) => e.id === id);
  assert.equal(found.length, 1, `${id} once in ${list.map((e) => e.id).join()}`);
  return found[0]!;
};

test('adjacent: the entity unnested, and a page of 10 per property with its total', async () => {
  const { status, json } = await get(`${ZAKHAROV}/adjacent`);
  assert.equal(status, 200);
  assert.equal(json.entity.caption, 'Alexander Vyacheslavovich ZAKHAROV');
  assert.deepEqual(json.entity.properties.addressEntity, [ADDRESS]);
  assertEntityShape(json.entity);
  const adj = json.adjacent;
  const address = byId(adj.addressEntity.results, ADDRESS);
  assert.equal(address.schema, 'Address');
  assert.match(address.properties.full![0] as string, /Pushkinskaya/);
  assert.deepEqual([adj.addressEntity.total.value, adj.addressEntity.limit, adj.addressEntity.offset], [1, 10, 0]);
  assert.equal(adj.sanctions.results.length, 10);
  assert.equal(adj.sanctions.total.value, 13);
  for (const s of adj.sanctions.results) assertEntityShape(s);
  assert.equal(adj.ownershipOwner.total.value, 10);
  assert.equal(adj.familyRelative.total.value, 4);
  assert.equal(adj.directorshipDirector.total.value, 2);
  assert.equal(adj.identification.results[0].schema, 'Passport');
  // An interstitial entity names the root by id and has its other end nested, unpaged.
  const own = byId(adj.ownershipOwner.results, OWNERSHIP);
  assert.equal(own.schema, 'Ownership');
  assert.deepEqual(own.properties.owner, [ZAKHAROV]);
  assert.equal((own.properties.asset as E[])[0]!.id, ASSET);
  assert.equal((own.properties.asset as E[])[0]!.schema, 'Company');
});

test('adjacent on an interstitial entity: both ends, not traversed further', async () => {
  const { status, json } = await get(`${OWNERSHIP}/adjacent`);
  assert.equal(status, 200);
  assert.equal(json.entity.schema, 'Ownership');
  assert.equal(json.adjacent.owner.results.length, 1);
  const owner = json.adjacent.owner.results[0];
  assert.equal(owner.id, ZAKHAROV);
  // The owner's own references stay ids: one step only.
  assert.deepEqual(owner.properties.addressEntity, [ADDRESS]);
  assert.equal(owner.properties.sanctions, undefined);
  assert.equal(json.adjacent.asset.results[0].id, ASSET);
});

test('adjacent pages: limit 1 gives the first in id order, offset 1 the second; totals stay', async () => {
  const first = (await get(`${ZAKHAROV}/adjacent?limit=1`)).json.adjacent;
  assert.deepEqual(
    first.sanctions.results.map((s: E) => s.id),
    [FIRST_SANCTIONS[0]],
  );
  assert.deepEqual([first.sanctions.total.value, first.sanctions.limit], [13, 1]);
  assert.equal(first.ownershipOwner.results.length, 1);
  // The far end of an interstitial entity is not paged.
  assert.equal(first.ownershipOwner.results[0].properties.asset.length, 1);
  const second = (await get(`${ZAKHAROV}/adjacent?limit=1&offset=1`)).json.adjacent;
  assert.deepEqual(
    second.sanctions.results.map((s: E) => s.id),
    [FIRST_SANCTIONS[1]],
  );
  assert.equal(second.sanctions.offset, 1);
  assert.equal(second.addressEntity.results.length, 0);
  assert.equal(second.addressEntity.total.value, 1);
  const own = (await get(`${OWNERSHIP}/adjacent?limit=1`)).json.adjacent;
  assert.equal(own.owner.results.length, 1);
});

test('adjacent by property: a page of one group; a property holding no entities, or unknown, is a 404', async () => {
  assert.equal((await get(`${ZAKHAROV}/adjacent/address`)).status, 404);
  assert.equal((await get(`${ZAKHAROV}/adjacent/banana`)).status, 404);
  assert.equal((await get('banana/adjacent')).status, 404);
  assert.equal((await get('banana/adjacent/sanctions')).status, 404);
  const { status, json } = await get(`${ZAKHAROV}/adjacent/addressEntity`);
  assert.equal(status, 200);
  assert.deepEqual([json.limit, json.offset, json.total.value, json.results.length], [10, 0, 1, 1]);
  assert.equal(byId(json.results, ADDRESS).schema, 'Address');
  const sanctions = (await get(`${ZAKHAROV}/adjacent/sanctions?limit=1&offset=1`)).json;
  assert.deepEqual(
    sanctions.results.map((s: E) => s.id),
    [FIRST_SANCTIONS[1]],
  );
  assert.deepEqual([sanctions.limit, sanctions.offset, sanctions.total.value], [1, 1, 13]);
  const own = (await get(`${ZAKHAROV}/adjacent/ownershipOwner`)).json;
  assert.equal(own.total.value, 10);
  assert.deepEqual(byId(own.results, OWNERSHIP).properties.owner, [ZAKHAROV]);
  // A group the schema has but this entity lacks: an empty page, not a 404.
  const empty = await get(`${ZAKHAROV}/adjacent/paymentPayer`);
  assert.equal(empty.status, 200);
  assert.equal(empty.json.total.value, 0);
  assert.equal((await get(`${ZAKHAROV}/adjacent?limit=501`)).status, 422);
});

test('nested entity of an interstitial: its ends nested (the nested variant of yente test_entity_nested)', async () => {
  const { status, json } = await get(OWNERSHIP);
  assert.equal(status, 200);
  assert.equal(json.properties.owner.length, 1);
  assert.equal(json.properties.owner[0].id, ZAKHAROV);
  assert.equal(json.properties.asset[0].id, ASSET);
  const flat = (await get(`${OWNERSHIP}?nested=false`)).json;
  assert.deepEqual(flat.properties.owner, [ZAKHAROV]);
});
