// Tests src/server/routes/scenarios.ts (kept beside the simulator's tests; it belongs in test/server/ when the lead moves it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import scenarioRoutes from '../../src/server/routes/scenarios.ts';
import { toProblem } from '../../src/server/app.ts';
import { shippedRegistry } from '../analysis/simulate/fixture.ts';
import { backtest } from '../../src/analysis/simulate/index.ts';
import { ComputePool } from '../../src/server/compute-pool.ts';

let app: FastifyInstance;
const pool = new ComputePool({ threads: 1 });
before(async () => {
  app = Fastify();
  app.setErrorHandler((err, _request, reply) => {
    const problem = toProblem(err);
    reply.code(problem.status).type('application/problem+json').send(problem);
  });
  const registry = shippedRegistry();
  await app.register(scenarioRoutes, { registry: async () => registry, version: async () => 'shipped', pool });
});
after(async () => {
  await app.close();
  await pool.close();
});

test('GET /api/v1/scenarios lists the scenarios with their parameters and the calibration', async () => {
  const res = await app.inject('/api/v1/scenarios');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.scenarios[0].name, 'status-quo');
  assert.ok(Array.isArray(body.scenarios[0].params.channels));
  assert.equal(body.calibration.counter, 'Viasna');
  assert.equal(body.calibration.rho.identified, false);
  assert.equal(body.calibration.grid, undefined);
  assert.deepEqual(body.limits, { runs: 100000, months: 120 });
});

test('POST /api/v1/scenarios/run returns quantiles per month, reproducible by seed', async () => {
  const run = () => app.inject({ method: 'POST', url: '/api/v1/scenarios/run', payload: { scenario: 'engagement-stops', runs: 1000, months: 12, seed: 4 } });
  const a = await run();
  assert.equal(a.statusCode, 200);
  const body = a.json();
  assert.equal(body.quantiles.length, 12);
  assert.deepEqual(Object.keys(body.quantiles[0]), ['month', 'p05', 'p25', 'p50', 'p75', 'p95', 'mean', 'arrivals', 'completions', 'deaths', 'releases']);
  assert.equal(body.scenario.name, 'engagement-stops');
  assert.deepEqual((await run()).json(), body);
});

test('POST with user parameters, and the errors', async () => {
  const ok = await app.inject({ method: 'POST', url: '/api/v1/scenarios/run', payload: { params: { base: 'pressure-rises', rho: 0 }, runs: 200, months: 3 } });
  assert.equal(ok.statusCode, 200);
  assert.equal(ok.json().scenario.params.rho.mode, 'fixed');
  const tooMany = await app.inject({ method: 'POST', url: '/api/v1/scenarios/run', payload: { runs: 100001 } });
  assert.equal(tooMany.statusCode, 400);
  const unknown = await app.inject({ method: 'POST', url: '/api/v1/scenarios/run', payload: { scenario: 'nope' } });
  assert.equal(unknown.statusCode, 400);
  const bad = await app.inject({ method: 'POST', url: '/api/v1/scenarios/run', payload: { params: { lambda: -1 } } });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().field, 'lambda');
  assert.match(bad.headers['content-type'] as string, /problem\+json/);
});

test('a run over the work budget (runs × months) is a 413 problem', async () => {
  const small = Fastify();
  small.setErrorHandler((err, _request, reply) => {
    const problem = toProblem(err);
    reply.code(problem.status).type('application/problem+json').send(problem);
  });
  await small.register(scenarioRoutes, { registry: async () => shippedRegistry(), version: async () => 'shipped', pool, maxWork: 1000 });
  const res = await small.inject({ method: 'POST', url: '/api/v1/scenarios/run', payload: { runs: 100, months: 12 } });
  assert.equal(res.statusCode, 413);
  assert.match(res.json().detail, /at most 1000/);
  await small.close();
});

test('GET /api/v1/scenarios/backtest calibrates on what was published by the cut, and equals the backtest run directly', async () => {
  const res = await app.inject('/api/v1/scenarios/backtest?runs=100&seed=2');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.known_by, 'published');
  // Viasna's June 2024 review (end-of-June stock) was published on 9 July, after the 30 June cut.
  assert.ok(body.published_after_cut_ids.includes('BY-0092'));
  assert.notEqual(body.start.id, 'BY-0092');
  assert.deepEqual(body, JSON.parse(JSON.stringify(backtest(shippedRegistry(), { runs: 100, seed: 2 }))));
  const tooMany = await app.inject('/api/v1/scenarios/backtest?runs=10001');
  assert.equal(tooMany.statusCode, 400);
});
