/**
 * Unpublished and deleted records over HTTP. An unpublished record (its `visibility` field) and a
 * record an admin deleted are absent below editor: 404 by id and history, absent from lists, CSV,
 * the timeline, the stats, the analyses and people search. Editors list unpublished records and
 * open deleted ones by id, marked deleted. Deleting and restoring are admin-only and audited.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { PassThrough } from 'node:stream';
import { addAccount, operator, seed, signIn, writeFtm, type Store } from '../../src/app/index.ts';
import { openTestStore } from '../helpers/store.ts';

let store: Store;
let app: FastifyInstance;
const PW = 'a long enough password';
const as: Record<string, Record<string, string>> = { anonymous: {} };
before(async () => {
  store = await openTestStore('server_visibility');
  await seed(store);
  for (const [name, role] of [
    ['ada', 'admin'],
    ['eve', 'editor'],
    ['vic', 'viewer'],
  ] as const) {
    await addAccount(store, operator('root'), { name, role, password: PW });
    as[role] = { cookie: `leverage_session=${(await signIn(store, { name, password: PW })).sessionId}` };
  }
  app = await buildApp({ store, dashboard: false, cacheCheckMs: 0 });
});
after(async () => {
  await app.close();
  await store.close();
});

const get = (url: string, who = 'anonymous') => app.inject({ url, headers: as[who] });
const send = (method: 'PUT' | 'POST' | 'DELETE', url: string, who: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method, url, headers: { ...as[who], ...headers }, payload: payload as object });
const ids = (body: string) => (JSON.parse(body) as { items: { id: string }[] }).items.map((r) => r.id);
const stats = async () => (await get('/api/v1/stats')).json() as Record<string, { count: number }>;
async function outflow(): Promise<number> {
  const res = await get('/api/v1/analysis/refill?from=2000-01-01&to=2099-12-31');
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { outflow: number }).outflow;
}

/** Sets a record's visibility as an editor (the whole record, with If-Match). */
async function setVisibility(plural: string, id: string, visibility: string | undefined) {
  const read = await get(`/api/v1/${plural}/${id}`, 'editor');
  const record = { ...(read.json() as Record<string, unknown>) };
  if (visibility) record.visibility = visibility;
  else delete record.visibility;
  const res = await send(
    'PUT',
    `/api/v1/${plural}/${id}`,
    'editor',
    { record, note: `visibility: ${visibility ?? 'public'}` },
    { 'if-match': read.headers.etag as string },
  );
  assert.equal(res.statusCode, 200, res.body);
}

async function biggestRelease(): Promise<{ id: string; count: number; date_start: string }> {
  const [r] = await store.query<{ id: string; count: number; date_start: string }>('SELECT id, count, date_start FROM release ORDER BY count DESC, id LIMIT 1');
  return { ...r!, count: Number(r!.count) };
}

test('an unpublished release is absent below editor, everywhere; editors still list and open it', async () => {
  const rel = await biggestRelease();
  const [before, flowBefore] = [await stats(), await outflow()];
  await setVisibility('releases', rel.id, 'unpublished');
  for (const who of ['anonymous', 'viewer']) {
    assert.equal((await get(`/api/v1/releases/${rel.id}`, who)).statusCode, 404, who);
    assert.equal((await get(`/api/v1/releases/${rel.id}/history`, who)).statusCode, 404, who);
    assert.ok(!ids((await get('/api/v1/releases?limit=10000', who)).body).includes(rel.id), `${who}: list`);
    assert.ok(!(await get('/api/v1/releases?format=csv', who)).body.includes(rel.id), `${who}: CSV`);
    assert.ok(!ids((await get('/api/v1/timeline?limit=10000', who)).body).includes(rel.id), `${who}: timeline`);
  }
  assert.equal((await stats()).releases!.count, before.releases!.count - 1);
  assert.equal(await outflow(), flowBefore - rel.count, 'the analyses leave it out');
  assert.equal((await get(`/api/v1/releases/${rel.id}`, 'editor')).json().visibility, 'unpublished');
  assert.ok(ids((await get('/api/v1/releases?limit=10000', 'editor')).body).includes(rel.id), 'editors list it');
  await setVisibility('releases', rel.id, undefined);
  assert.equal((await get(`/api/v1/releases/${rel.id}`)).statusCode, 200);
  assert.equal(await outflow(), flowBefore);
});

/** The FollowTheMoney export of the registry, as text. */
async function ftmExport(): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeFtm(store, { registry: true }, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

test('an unpublished case hides its person from people search, the actors routes and the FtM export', async () => {
  const [c] = await store.query<{ id: string; person: string; actor_id: string }>('SELECT id, person, actor_id FROM detention_case ORDER BY id LIMIT 1');
  const screen = async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/screen', payload: { name: c!.person, limit: 5 } });
    assert.equal(res.statusCode, 200, res.body);
    return res.body.includes(c!.actor_id);
  };
  assert.ok(await screen(), 'found while public');
  assert.equal((await get(`/api/v1/actors/${c!.actor_id}`)).statusCode, 200);
  assert.ok((await ftmExport()).includes(c!.person), 'exported while public');
  await setVisibility('cases', c!.id, 'unpublished');
  assert.equal((await get(`/api/v1/cases/${c!.id}`)).statusCode, 404);
  assert.equal((await get(`/api/v1/actors/${c!.actor_id}`)).statusCode, 404);
  assert.ok(!(await screen()), 'people search finds an unpublished case’s person');
  assert.ok(!(await ftmExport()).includes(c!.person), 'the FtM export names an unpublished case’s person');
  await setVisibility('cases', c!.id, undefined);
  assert.ok(await screen(), 'found again once public');
});

test('delete is admin-only and audited; a deleted record leaves public reads and comes back on restore', async () => {
  const rel = await biggestRelease();
  const url = `/api/v1/releases/${rel.id}`;
  const flowBefore = await outflow();
  assert.equal((await send('DELETE', url, 'editor', { note: 'duplicate' })).statusCode, 403);
  assert.equal((await send('DELETE', url, 'anonymous', { note: 'duplicate' })).statusCode, 401);
  assert.equal((await send('DELETE', url, 'admin', {})).statusCode, 400, 'a note is required');
  const del = await send('DELETE', url, 'admin', { note: 'a duplicate of another row' });
  assert.equal(del.statusCode, 200, del.body);
  assert.equal(del.json().deleted_by, 'ada');
  assert.equal((await send('DELETE', url, 'admin', { note: 'again' })).statusCode, 409);

  assert.equal((await get(url)).statusCode, 404);
  assert.equal((await get(url, 'viewer')).statusCode, 404);
  assert.ok(!ids((await get('/api/v1/releases?limit=10000')).body).includes(rel.id));
  assert.equal(await outflow(), flowBefore - rel.count);
  const seen = await get(url, 'editor');
  assert.equal(seen.statusCode, 200, 'editors open a deleted record');
  assert.match(String(seen.headers['leverage-deleted']), /^\d{4}-\d{2}-\d{2}T.* by ada$/);
  assert.ok(!ids((await get('/api/v1/releases?limit=10000', 'editor')).body).includes(rel.id), 'deleted records are not listed');
  const history = (await get(`${url}/history`, 'editor')).json().items as { action: string; actor: string; note: string }[];
  assert.deepEqual(history.at(-1), { ...history.at(-1), action: 'record.delete', actor: 'ada', note: 'a duplicate of another row' });
  const edit = await send('PUT', url, 'editor', { record: { ...seen.json(), count: rel.count + 1 }, note: 'a fix' }, { 'if-match': String(seen.headers.etag) });
  assert.equal(edit.statusCode, 409, `a deleted record is not edited: ${edit.body}`);
  assert.match(edit.json().detail, /deleted/);

  assert.equal((await send('POST', `${url}/undelete`, 'editor', { note: 'back' })).statusCode, 403);
  const back = await send('POST', `${url}/undelete`, 'admin', { note: 'it was not a duplicate' });
  assert.equal(back.statusCode, 200, back.body);
  assert.equal(back.json().deleted_at, undefined);
  assert.equal((await get(url)).statusCode, 200);
  assert.equal(await outflow(), flowBefore);
  const [audit] = await store.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM audit WHERE record_kind = 'release' AND record_id = $1 AND action IN ('record.delete', 'record.undelete')",
    [rel.id],
  );
  assert.equal(Number(audit!.n), 2);
});

test('re-importing the public files keeps an unpublished flag and a private note set in the dashboard', async () => {
  const rel = await biggestRelease();
  const read = await get(`/api/v1/releases/${rel.id}`, 'editor');
  const record = { ...(read.json() as Record<string, unknown>), visibility: 'unpublished', internal_note: 'checking with the family' };
  const res = await send('PUT', `/api/v1/releases/${rel.id}`, 'editor', { record, note: 'hold back' }, { 'if-match': read.headers.etag as string });
  assert.equal(res.statusCode, 200, res.body);
  const [result] = (await seed(store)).filter((r) => r.file.endsWith('releases.csv'));
  assert.equal(result?.updated, 0, 'a re-import of unchanged files changes nothing');
  assert.equal((await get(`/api/v1/releases/${rel.id}`)).statusCode, 404, 'still unpublished');
  const kept = (await get(`/api/v1/releases/${rel.id}`, 'editor')).json() as Record<string, unknown>;
  assert.equal(kept.internal_note, 'checking with the family');
  // An edit sets every field: clearing the flag publishes the record.
  await setVisibility('releases', rel.id, undefined);
  assert.equal((await get(`/api/v1/releases/${rel.id}`)).statusCode, 200);
});
