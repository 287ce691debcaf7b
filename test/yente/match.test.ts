/**
 * `POST /yente/match/{dataset}` over the zala fixture: yente's own expectations (tests/test_match.py)
 * written as ours: Zakharov is the first result of each query of a batch, the query echoes the
 * country as an FtM code, status codes for a missing schema (422), an unknown schema or algorithm
 * (400), dataset filters, topics, excluded ids and referents, numeric values, id pass-through.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { assertEntityShape, ZAKHAROV, zalaServer } from './helpers.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
before(async () => {
  ({ app, close } = await zalaServer('yente_match'));
});
after(() => close?.());

const QUERY = { schema: 'Person', properties: { name: ['Alexander Vyacheslavovich ZAKHAROV'], birthDate: ['1965'], country: 'Russia' } };
const MANY_NAMES = {
  schema: 'Person',
  properties: {
    name: [
      'Alexander Vyacheslavovich ZAKHAROV',
      'Aleksandr Vyacheslavovich Zakharov',
      'Александр Вячеславович Захаров',
      'Александр ЗАХАРОВ',
      'Захаров Александр Вячеславович',
      'Zakharov Aleksandr Vyacheslavovich',
      'Aleksandr Vjačeslavovič Zacharov',
    ],
  },
};

async function match(body: unknown, query = '', dataset = 'zala') {
  const res = await app.inject({ method: 'POST', url: `/yente/match/${dataset}${query}`, payload: body as object });
  return { status: res.statusCode, json: res.json() };
}

test('a batch of three: Zakharov first in each, query echoed with the country as an FtM code', async () => {
  const { status, json } = await match({ queries: { vv: QUERY, xx: QUERY, zz: QUERY } });
  assert.equal(status, 200, JSON.stringify(json));
  for (const key of ['vv', 'xx', 'zz']) {
    const r = json.responses[key];
    assert.equal(r.query.schema, 'Person');
    assert.equal(r.query.properties.country[0], 'ru');
    assert.ok(r.total.value > 0);
    const first = r.results[0];
    assert.equal(first.id, ZAKHAROV);
    assertEntityShape(first);
    assert.ok(first.score > 0.7 && first.match === true, JSON.stringify(first.features));
    assert.equal(typeof first.features.name_match, 'number');
    assert.ok(first.datasets.includes('zala'));
  }
});

test('algorithms: a yente name is taken as ours, an unknown one is a 400; /algorithms lists ours', async () => {
  assert.equal((await match({ queries: { vv: QUERY } }, '?algorithm=neural-net')).status, 400);
  const { status, json } = await match({ queries: { vv: QUERY } }, '?algorithm=name-based');
  assert.equal(status, 200);
  assert.equal(json.responses.vv.results[0].id, ZAKHAROV);
  assert.ok(json.responses.vv.results[0].score > 0.7);
  const algos = (await app.inject({ url: '/yente/algorithms' })).json();
  assert.equal(algos.default, 'leverage-names');
  assert.ok(algos.algorithms.some((a: { name: string }) => a.name === 'leverage-names'));
});

test('no schema: 422; an unknown schema in one query of a batch: 400 for the batch; unknown dataset: 404', async () => {
  assert.equal((await match({ queries: { fail: { properties: { name: 'Banana' } } } })).status, 422);
  const batch = {
    queries: {
      fail: { schema: 'xxx', properties: { name: 'Banana' } },
      ok1: { schema: 'Person', properties: { name: ['Vladimir Putin'] } },
      ok2: { schema: 'Person', properties: { name: ['John Doe'] } },
    },
  };
  assert.equal((await match(batch)).status, 400);
  assert.equal((await match({ queries: { vv: QUERY } }, '', 'banana')).status, 404);
});

test('many names in several scripts find Zakharov', async () => {
  const { status, json } = await match({ queries: { q: MANY_NAMES } }, '?algorithm=best');
  assert.equal(status, 200);
  assert.equal(json.responses.q.results[0].id, ZAKHAROV);
});

test('dataset filters: exclude zala empties; include only other datasets empties; include zala finds; exclude wins', async () => {
  assert.equal((await match({ queries: { vv: QUERY } }, '?exclude_dataset=zala')).json.responses.vv.results.length, 0);
  assert.equal(
    (await match({ queries: { vv: QUERY } }, '?include_dataset=ae_local_terrorists&include_dataset=mx_governors')).json.responses.vv.results.length,
    0,
  );
  assert.ok((await match({ queries: { vv: QUERY } }, '?include_dataset=zala&include_dataset=ae_local_terrorists')).json.responses.vv.results.length > 0);
  const both = await match({ queries: { vv: QUERY } }, '?include_dataset=zala&include_dataset=mx_governors&exclude_dataset=zala');
  assert.equal(both.json.responses.vv.results.length, 0);
});

test('a topic no candidate has leaves no results', async () => {
  assert.equal((await match({ queries: { vv: QUERY } }, '?topics=crime.cyber')).json.responses.vv.results.length, 0);
  assert.ok((await match({ queries: { vv: QUERY } }, '?topics=sanction')).json.responses.vv.results.length > 0);
});

test('the query id passes through; numeric values come back as strings', async () => {
  const r = await match({ queries: { no1: { ...MANY_NAMES, id: 'zakharov' } } });
  assert.equal(r.json.responses.no1.query.id, 'zakharov');
  const n = await match({ queries: { q: { schema: 'Person', properties: { name: ['Alexander Zakharov'], birthDate: [1965] } } } });
  assert.equal(n.status, 200);
  assert.ok(n.json.responses.q.query.properties.birthDate.includes('1965'));
});

test('excluded entity ids: by id and by a referent', async () => {
  assert.equal((await match({ queries: { q: QUERY } })).json.responses.q.results[0].id, ZAKHAROV);
  const byId = await match({ queries: { q: QUERY } }, `?exclude_entity_ids=${ZAKHAROV}`);
  assert.equal(byId.json.responses.q.results.length, 0);
  const byReferent = await match({ queries: { q: QUERY } }, '?exclude_entity_ids=ofac-45937');
  assert.equal(byReferent.json.responses.q.results.length, 0);
});

test('a birth date that disagrees lowers the score, and the features say why', async () => {
  const agree = (await match({ queries: { q: QUERY } })).json.responses.q.results[0];
  assert.ok(
    Object.keys(agree.features).some((k) => /birth/i.test(k)),
    `the stored entry's birth date is compared: ${JSON.stringify(agree.features)}`,
  );
  const other = { ...QUERY, properties: { ...QUERY.properties, birthDate: ['1931-02-03'] } };
  const disagree = (await match({ queries: { q: other } })).json.responses.q.results.find((r: { id: string }) => r.id === ZAKHAROV);
  assert.ok(!disagree || disagree.score < agree.score, `${disagree?.score} < ${agree.score}`);
  if (disagree)
    assert.ok(
      Object.keys(disagree.features).some((k) => /birth/i.test(k) && /mismatch/.test(k)),
      JSON.stringify(disagree.features),
    );
});

test('a misspelt name (two letters changed in each word) still finds its entity at a low threshold', async () => {
  const r = await match({ queries: { q: { schema: 'Person', properties: { name: ['Aiexandvr Zakharom'] } } } }, '?threshold=0.2');
  assert.equal(r.status, 200);
  assert.equal(r.json.responses.q.results[0]?.id, ZAKHAROV, JSON.stringify(r.json.responses.q.results.slice(0, 3)));
});

test('cutoff defaults to the threshold: a weak candidate is returned only when asked; total counts matches', async () => {
  const weak = { schema: 'Person', properties: { name: ['alexandervyacheslavovichzakharov'] } };
  const byDefault = await match({ queries: { q: weak }, config: { fuzzy: false } });
  assert.equal(byDefault.json.responses.q.results.length, 0);
  const asked = await match({ queries: { q: weak }, config: { fuzzy: false } }, '?cutoff=0.3');
  const found = asked.json.responses.q.results.find((r: { id: string }) => r.id === ZAKHAROV);
  assert.ok(found && found.score < 0.7 && found.match === false, JSON.stringify(asked.json.responses.q.results));
  assert.equal(asked.json.responses.q.total.value, 0);
  // A cutoff over the threshold is lowered to it.
  assert.equal((await match({ queries: { q: QUERY } }, '?cutoff=0.99&threshold=0.5')).json.responses.q.results[0].id, ZAKHAROV);
});

test('a batch of more than 100 queries is a 400', async () => {
  const queries = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, QUERY]));
  assert.equal((await match({ queries })).status, 400);
});

test('changed_since: a time after every change leaves nothing, one before keeps Zakharov; a malformed one is a 422', async () => {
  assert.equal((await match({ queries: { q: QUERY } }, '?changed_since=2099-01-01T00:00')).json.responses.q.results.length, 0);
  assert.equal((await match({ queries: { q: QUERY } }, '?changed_since=2000-01-01')).json.responses.q.results[0].id, ZAKHAROV);
  assert.equal((await match({ queries: { q: QUERY } }, '?changed_since=yesterday')).status, 422);
});
