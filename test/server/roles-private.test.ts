/**
 * Private fields never leave to anyone below editor: a sentinel is written into the private
 * field of one record of every kind, then every GET route of the OpenAPI document (JSON and CSV,
 * the record's own page and history), the screening route and the timeline page are searched
 * for it as an anonymous caller, a viewer and a read token. An editor does see it (the control).
 * The FollowTheMoney export (the registry's people and organisations with their cases) is
 * searched too: it is published as a file, so it carries no private value for anyone.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { PassThrough } from 'node:stream';
import { addAccount, createToken, editRecord, getRecord, operator, recordEtag, seed, signIn, writeFtm, type Store } from '../../src/app/index.ts';
import { RECORD_KINDS, privateFieldNames, type RecordKind } from '../../src/domain/schema/index.ts';
import { openTestStore } from '../helpers/store.ts';

const SENTINEL = 'SENTINEL-7f3a9c-private';
/** The private fields that hold free text (the sentinel goes there; `visibility` is a choice). */
const privateTextFields = (kind: RecordKind) => privateFieldNames(kind).filter((n) => kind.fields.find((f) => f.name === n)?.type === 'text');
let store: Store;
let app: FastifyInstance;
const ids: Record<string, string> = {};
const PW = 'a long enough password';
const editor = { id: 'eve', role: 'editor', via: 'http', account: 'eve' } as const;
before(async () => {
  store = await openTestStore('server_private');
  await seed(store);
  await addAccount(store, operator('root'), { name: 'eve', role: 'editor', password: PW });
  await addAccount(store, operator('root'), { name: 'vic', role: 'viewer', password: PW });
  for (const kind of RECORD_KINDS) {
    const [row] = await store.query<{ id: string }>(`SELECT id FROM ${kind.name === 'case' ? 'detention_case' : kind.name} ORDER BY id LIMIT 1`);
    const full = (await getRecord(store, kind, row!.id, editor))!;
    const value = { ...full, ...Object.fromEntries(privateTextFields(kind).map((n) => [n, `${SENTINEL} ${kind.name}`])) };
    const saved = await editRecord(store, editor, kind.name, row!.id, value, { ifMatch: recordEtag(full), note: `the sentinel goes into ${kind.name}` });
    assert.ok(saved.saved);
    ids[kind.plural] = row!.id;
  }
  app = await buildApp({ store, dashboard: false });
});
after(async () => {
  await app.close();
  await store.close();
});

test('every kind declares a private field', () => {
  for (const kind of RECORD_KINDS) assert.ok(privateTextFields(kind).length > 0, kind.name);
});

test('the sentinel is in no response to anonymous callers, viewers or read tokens; editors see it', async () => {
  await app.ready();
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const [actor] = await store.query<{ id: string }>(`SELECT id FROM actor WHERE id LIKE 'actor-case-%' ORDER BY id LIMIT 1`);
  const snapshot = (await store.query<{ id: string }>('SELECT id FROM list_snapshot LIMIT 1'))[0]?.id ?? 'none';
  const urls: string[] = ['/timeline', '/api/openapi.json'];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!('get' in ops)) continue;
    const kind = /^\/api\/v1\/(\w+)/.exec(path)?.[1] ?? '';
    const url = path.replace('{id}', path.startsWith('/api/v1/actors') ? actor!.id : (ids[kind] ?? 'x')).replace('{name}', 'eve');
    urls.push(url, `${url}${url.includes('?') ? '&' : '?'}format=csv&limit=10000`);
    if (path === '/api/v1/designations') urls.push(`${url}?snapshot=${snapshot}`);
  }
  const readToken = (await createToken(store, editor, { scope: 'read', days: 1 })).secret;
  const callers: Record<string, Record<string, string>> = {
    anonymous: {},
    viewer: { cookie: `leverage_session=${(await signIn(store, { name: 'vic', password: PW })).sessionId}` },
    'read token': { authorization: `Bearer ${readToken}` },
  };
  let searched = 0;
  for (const [who, headers] of Object.entries(callers)) {
    for (const url of urls) {
      const res = await app.inject({ url, headers });
      searched++;
      assert.ok(!res.body.includes(SENTINEL), `${url} as ${who} (${res.statusCode}) shows a private value`);
    }
    const screened = await app.inject({ method: 'POST', url: '/api/v1/screen', headers, payload: { names: ['Ales Bialiatski', SENTINEL] } });
    assert.ok(!screened.body.includes(`${SENTINEL} `), `screen as ${who}`);
  }
  assert.ok(searched > 100, `${searched} responses searched`);
  const edHeaders = { cookie: `leverage_session=${(await signIn(store, { name: 'eve', password: PW })).sessionId}` };
  for (const [plural, id] of Object.entries(ids)) {
    const res = await app.inject({ url: `/api/v1/${plural}/${id}`, headers: edHeaders });
    assert.ok(res.body.includes(SENTINEL), `an editor sees the private field of ${plural}/${id}`);
    const history = await app.inject({ url: `/api/v1/${plural}/${id}/history`, headers: edHeaders });
    assert.ok(history.body.includes(SENTINEL), `an editor sees the private field in the diff of ${plural}/${id}`);
  }
});

test('the FollowTheMoney export of the registry carries no private value', async () => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const summary = await writeFtm(store, { registry: true }, out);
  out.end();
  const text = Buffer.concat(chunks).toString('utf8');
  assert.ok(summary.actors > 0 && text.length > 0, 'the export wrote registry entities');
  assert.ok(!text.includes(SENTINEL), 'a private value reached the FtM export');
});
