/**
 * Signed webhooks: a receiving server (node:http on port 0) checks the HMAC-SHA256 signature of
 * each body with the shared secret; a wrong secret or an old timestamp fails verification; a
 * receiver answering 500 is retried with backoff; an update that changes a list sends its changes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliverWebhook, signWebhook, updateLists, verifyWebhookSignature, webhooksFromEnv, type Store } from '../../src/app/index.ts';
import { listFetchRepository } from '../../src/store/list-fetch.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';
import { editedUn, startFixtureServer, type FixtureServer, UN } from './fixture-server.ts';

const SECRET = 'a shared secret of some length';
type Received = { headers: IncomingHttpHeaders; body: string; at: number };
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
/** Status codes the receiver answers in turn (then 200). */
let answers: number[] = [];

let store: Store;
let lists: FixtureServer;
before(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  store = await openTestStore('lists_update_webhooks');
  lists = await startFixtureServer();
});
after(async () => {
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
  await lists.close();
  await store.close();
});

const verify = (r: Received, secret: string, nowS = Math.floor(Date.now() / 1000)) =>
  verifyWebhookSignature(secret, { signature: String(r.headers['x-leverage-signature']), timestamp: String(r.headers['x-leverage-timestamp']) }, r.body, {
    nowS,
  });

test('the receiver verifies the signature with the shared secret; a wrong secret, an edited body or an old timestamp fail', async () => {
  received.length = 0;
  const row = await deliverWebhook({ url: receiverUrl, secret: SECRET }, 'evt-1', JSON.stringify({ id: 'evt-1', n: 1 }), { attempts: 1 });
  assert.equal(row.outcome, 'delivered');
  const [r] = received;
  assert.ok(r);
  assert.match(String(r.headers['x-leverage-signature']), /^sha256=[0-9a-f]{64}$/);
  assert.equal(r.headers['x-leverage-event'], 'evt-1');
  assert.equal(verify(r, SECRET), true);
  assert.equal(verify(r, 'another secret of some length'), false);
  assert.equal(verify({ ...r, body: r.body.replace('"n":1', '"n":2') }, SECRET), false);
  assert.equal(verify(r, SECRET, Math.floor(Date.now() / 1000) + 3600), false, 'a replay an hour later is refused');
  // The signature covers the timestamp: moving it forward breaks the signature.
  const moved = { ...r, headers: { ...r.headers, 'x-leverage-timestamp': String(Number(r.headers['x-leverage-timestamp']) + 60) } };
  assert.equal(verify(moved, SECRET, Number(moved.headers['x-leverage-timestamp'])), false);
  assert.equal(signWebhook(SECRET, 1, 'x'), signWebhook(SECRET, 1, 'x'));
});

test('a receiver answering 500 is retried with doubling delays; after the last attempt the delivery is failed', async () => {
  received.length = 0;
  answers = [500, 503];
  const ok = await deliverWebhook({ url: receiverUrl, secret: SECRET }, 'evt-2', '{}', { attempts: 4, backoffMs: 50 });
  assert.equal(ok.outcome, 'delivered');
  assert.equal(ok.attempts, 3);
  const gaps = received.slice(1).map((r, i) => r.at - received[i]!.at);
  assert.ok(gaps[0]! >= 45 && gaps[1]! >= 95, `delays double: ${gaps.join(', ')} ms`);
  answers = [500, 500, 500];
  const failed = await deliverWebhook({ url: receiverUrl, secret: SECRET }, 'evt-3', '{}', { attempts: 3, backoffMs: 10 });
  assert.equal(failed.outcome, 'failed');
  assert.equal(failed.response_status, 500);
  answers = [];
});

test('webhooks from the environment need a secret', () => {
  assert.deepEqual(webhooksFromEnv({ LEVERAGE_WEBHOOK_URL: receiverUrl, LEVERAGE_WEBHOOK_SECRET: SECRET }), [{ url: receiverUrl, secret: SECRET }]);
  assert.throws(() => webhooksFromEnv({ LEVERAGE_WEBHOOK_URL: receiverUrl }), /secret of at least 16 characters/);
  assert.deepEqual(webhooksFromEnv({}), []);
});

test('an update that changes a list sends its changes, signed, and records the delivery', async () => {
  received.length = 0;
  const dir = mkdtempSync(join(tmpdir(), 'leverage-hooks-'));
  const sourcesFile = join(dir, 'sources.json');
  writeFileSync(sourcesFile, JSON.stringify({ sources: [{ id: 'un', source: 'un-sc', files: [{ url: lists.url('/un.xml'), name: 'consolidated.xml' }] }] }));
  const options = { sourcesFile, rawDir: join(dir, 'raw'), env: {}, webhooks: [{ url: receiverUrl, secret: SECRET }] };
  lists.set('/un.xml', UN);
  await updateLists(store, TEST_ACTOR, options);
  assert.equal(received.length, 0, 'a first snapshot has nothing to announce');
  lists.set('/un.xml', editedUn());
  await updateLists(store, TEST_ACTOR, options);
  assert.equal(received.length, 1);
  const r = received[0]!;
  assert.equal(verify(r, SECRET), true);
  const event = JSON.parse(r.body) as { type: string; summary: { delisted: number; amended: number }; changes: { change: string; source_id: string }[] };
  assert.equal(event.type, 'lists.changed');
  assert.deepEqual([event.summary.delisted, event.summary.amended], [1, 1]);
  assert.ok(event.changes.some((c) => c.change === 'delisted' && c.source_id === '6908555'));
  const [delivery] = await listFetchRepository(store).deliveries();
  assert.equal(delivery?.outcome, 'delivered');
  assert.equal(delivery.url, receiverUrl);
});
