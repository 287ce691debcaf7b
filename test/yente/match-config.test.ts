/**
 * `POST /yente/match/{dataset}` with the body's `config` and `weights`, and names written without
 * spaces, over the zala fixture: yente's test_match_logic_v2_with_algorithm_config,
 * test_match_name_without_spaces and the `fuzzy=false` runs of test_match_many_names written as
 * ours, for our algorithm's options (`fuzzy`, `properties`, `min_name_score`) and features.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { runTogether } from '../../src/app/yente-compact.ts';
import { ZAKHAROV, zalaServer } from './helpers.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
before(async () => {
  ({ app, close } = await zalaServer('yente_match_config'));
});
after(() => close?.());

const QUERY = { schema: 'Person', properties: { name: ['Alexander Vyacheslavovich ZAKHAROV'], birthDate: ['1965'], country: 'Russia' } };
type Result = { id: string; score: number; match: boolean; features: Record<string, number> };

async function match(body: object, query = '') {
  const res = await app.inject({ method: 'POST', url: `/yente/match/zala${query}`, payload: body });
  return { status: res.statusCode, json: res.json() };
}
const results = async (body: object, query = ''): Promise<Result[]> => {
  const r = await match(body, query);
  assert.equal(r.status, 200, JSON.stringify(r.json));
  return r.json.responses.q.results;
};

test('a name written without spaces finds Zakharov by its letters; config fuzzy=false turns that off', async () => {
  const joined = { schema: 'Person', properties: { name: ['alexandervyacheslavovichzakharov', 'foo bar'] } };
  const found = await results({ queries: { q: joined } });
  assert.equal(found[0]?.id, ZAKHAROV, JSON.stringify(found));
  assert.ok(found[0]!.features.name_compact_match! >= 0.95, JSON.stringify(found[0]!.features));
  assert.equal(found[0]!.match, true);
  assert.equal((await results({ queries: { q: joined }, config: { fuzzy: false } })).length, 0);
  // Surname first, as lists often write it, and one letter wrong.
  const reordered = await results({ queries: { q: { schema: 'Person', properties: { name: ['zakharovalexandrvyacheslavovich'] } } } });
  assert.equal(reordered[0]?.id, ZAKHAROV);
  // A short one-word name, or one with spaces, is not taken for a run-together one.
  assert.deepEqual(['Zakharov', 'Alexander Zakharov', 'alexanderzakharov'].map(runTogether), [false, false, true]);
});

test('config: a known option changes the answer (properties=false drops the birth date check); unknown or mistyped: 400', async () => {
  const other = { ...QUERY, properties: { ...QUERY.properties, birthDate: ['1931-02-03'] } };
  const checked = (await results({ queries: { q: other } })).find((r) => r.id === ZAKHAROV);
  assert.ok((checked?.features.birthDate_mismatch ?? 0) < 0, JSON.stringify(checked?.features));
  const namesOnly = (await results({ queries: { q: other }, config: { properties: false } })).find((r) => r.id === ZAKHAROV);
  assert.ok(namesOnly, 'found on the name alone');
  assert.deepEqual(Object.keys(namesOnly.features), ['name_match']);
  assert.ok(namesOnly.score > checked!.score);
  for (const config of [{ invalid_option: 0.4 }, { fuzzy: 'yes' }, { min_name_score: 0.2 }, { min_name_score: 2 }]) {
    const r = await match({ queries: { q: QUERY }, config });
    assert.equal(r.status, 400, JSON.stringify(config));
    assert.match(JSON.stringify(r.json), /config\./);
  }
});

test('config min_name_score: only candidates whose name scores at least that', async () => {
  const all = await results({ queries: { q: { schema: 'Person', properties: { name: ['Aleksandr Zakharov'] } } } }, '?cutoff=0&limit=50');
  const strict = await results(
    { queries: { q: { schema: 'Person', properties: { name: ['Aleksandr Zakharov'] } } }, config: { min_name_score: 0.95 } },
    '?limit=50',
  );
  assert.ok(
    strict.every((r) => r.features.name_match! >= 0.95),
    JSON.stringify(strict.map((r) => r.features)),
  );
  assert.ok(
    all.some((r) => r.features.name_match! < 0.95),
    'the looser run keeps weaker names',
  );
});

test('weights multiply the features into the score; an unknown feature or a negative weight: 400', async () => {
  const plain = (await results({ queries: { q: QUERY } }))[0]!;
  assert.equal(plain.id, ZAKHAROV);
  const weighted = (await results({ queries: { q: QUERY }, weights: { name_match: 0.5, birthDate_match: 2 } }, '?cutoff=0'))[0]!;
  const expected = 0.5 * plain.features.name_match! + 2 * (plain.features.birthDate_match ?? 0) + (plain.features.nationality_match ?? 0);
  assert.ok(Math.abs(weighted.score - Math.min(1, expected)) < 0.002, `${weighted.score} vs ${expected}`);
  assert.ok(weighted.score < plain.score);
  assert.equal(weighted.match, weighted.score >= 0.7);
  // By default (cutoff = threshold) what the weights pushed under the threshold is not returned.
  const dropped = await results({ queries: { q: QUERY }, weights: { name_match: 0.3 } });
  assert.ok(!dropped.some((r) => r.id === ZAKHAROV));
  assert.equal((await match({ queries: { q: QUERY }, weights: { banana: 1 } })).status, 400);
  assert.equal((await match({ queries: { q: QUERY }, weights: { name_match: -1 } })).status, 400);
});

test('a yente `fuzzy` query parameter is ignored: the same results with or without it', async () => {
  const many = {
    schema: 'Person',
    properties: { name: ['Aleksandr Vyacheslavovich Zakharov', 'Александр Вячеславович Захаров', 'Zakharov Aleksandr Vyacheslavovich'] },
  };
  const a = await results({ queries: { q: many } }, '?algorithm=logic-v1');
  const b = await results({ queries: { q: many } }, '?algorithm=logic-v1&fuzzy=false');
  assert.ok(a.length > 0);
  assert.deepEqual(
    b.map((r) => r.id),
    a.map((r) => r.id),
  );
});

test('/algorithms lists the features and config options the match route accepts', async () => {
  const algo = (await app.inject({ url: '/yente/algorithms' })).json().algorithms[0];
  assert.ok('identifier_match' in algo.features && 'name_compact_match' in algo.features);
  assert.deepEqual(Object.keys(algo.config).sort(), ['fuzzy', 'min_name_score', 'properties']);
});
