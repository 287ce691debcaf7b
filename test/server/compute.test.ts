/** CPU-heavy requests run on the compute pool: health stays fast meanwhile; time budget and queue bound give 503s, not hung sockets. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/db.ts';
import { seed } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
before(async () => {
  store = await openTestStore('server_compute');
  await seed(store);
});
after(() => store.close());

const run = (app: FastifyInstance, body: object) => app.inject({ method: 'POST', url: '/api/v1/scenarios/run', payload: body });

async function withApp(options: Parameters<typeof buildApp>[0]['compute'], body: (app: FastifyInstance) => Promise<void>): Promise<void> {
  const app = await buildApp({ store, dashboard: false, compute: options });
  try {
    await body(app);
  } finally {
    await app.close();
  }
}

test('health answers in milliseconds while a large scenario run and a batch screen are computed', async () => {
  await withApp({ threads: 1 }, async (app) => {
    assert.equal((await app.inject('/api/v1/scenarios')).statusCode, 200); // the worker is up and calibrated
    const names = Array.from({ length: 300 }, (_, i) => `Aliaksandr Lukashenka ${i}`);
    let done = false;
    const heavy = Promise.all([run(app, { runs: 40000, months: 120 }), app.inject({ method: 'POST', url: '/api/v1/screen', payload: { names } })]).finally(
      () => (done = true),
    );
    const waits: number[] = [];
    await new Promise((r) => setTimeout(r, 50));
    while (!done) {
      const t = performance.now();
      const res = await app.inject('/api/health');
      waits.push(performance.now() - t);
      assert.equal(res.statusCode, 200);
      await new Promise((r) => setTimeout(r, 20));
    }
    const [scenario, screen] = await heavy;
    assert.equal(scenario.statusCode, 200);
    assert.equal(scenario.json().quantiles.length, 120);
    assert.equal(screen.statusCode, 200);
    assert.equal(screen.json().batch.length, 300);
    assert.ok(waits.length >= 5, `health was asked ${waits.length} times during the heavy requests`);
    assert.ok(Math.max(...waits) < 250, `slowest health answer ${Math.max(...waits).toFixed(0)} ms`);
  });
});

test('a request over its time budget is stopped with a 503 problem, and the next one is served', async () => {
  await withApp({ threads: 1, timeoutMs: 300 }, async (app) => {
    const res = await run(app, { runs: 100000, months: 120 });
    assert.equal(res.statusCode, 503);
    assert.match(String(res.headers['content-type']), /problem\+json/);
    assert.match(res.json().detail, /more than its 0\.3 s of computation/);
  });
  await withApp({ threads: 1, timeoutMs: 20000 }, async (app) => {
    assert.equal((await run(app, { runs: 100, months: 12 })).statusCode, 200);
  });
});

test('a full queue is refused at once with 503 and Retry-After', async () => {
  await withApp({ threads: 1, maxQueue: 1, retryAfterS: 3 }, async (app) => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => run(app, { runs: 2000, months: 60 })));
    const refused = answers.filter((a) => a.statusCode === 503);
    assert.ok(refused.length >= 1, answers.map((a) => a.statusCode).join(','));
    assert.equal(refused[0]!.headers['retry-after'], '3');
    assert.match(refused[0]!.json().detail, /waiting/);
    assert.ok(answers.some((a) => a.statusCode === 200));
  });
});
