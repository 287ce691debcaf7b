/**
 * The Atom feed of list changes: after an update that delisted one UN entry and amended another,
 * `GET /api/v1/lists/changes.atom` is a well-formed Atom 1.0 document (parsed back with saxes),
 * with one entry per change, RFC 3339 dates, a link that answers with the designation, and the
 * programme filter.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { updateLists, type Store } from '../../src/app/index.ts';
import { openTestStore, TEST_ACTOR } from '../helpers/store.ts';
import { editedUn, startFixtureServer, type FixtureServer, UN } from './fixture-server.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface El {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  text: string;
  children: El[];
}

/** Parses XML into a small tree; saxes throws on anything not well-formed. */
function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [];
  let root: El | undefined;
  parser.on('opentag', (t) => {
    const el: El = { name: t.local, uri: t.uri, attrs: Object.fromEntries(Object.values(t.attributes).map((a) => [a.local, a.value])), text: '', children: [] };
    stack.at(-1)?.children.push(el);
    stack.push(el);
    root ??= el;
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return root!;
}
const kids = (el: El, name: string) => el.children.filter((c) => c.name === name && c.uri === ATOM);
const one = (el: El, name: string) => {
  const found = kids(el, name);
  assert.equal(found.length, 1, `exactly one atom:${name} in ${el.name}`);
  return found[0]!;
};

/** The RFC 4287 rules a reader relies on: feed and entry ids, titles, updated dates, an author. */
function assertAtom(feed: El): El[] {
  assert.equal(feed.name, 'feed');
  assert.equal(feed.uri, ATOM);
  assert.ok(one(feed, 'id').text.trim());
  assert.ok(one(feed, 'title').text.trim());
  assert.match(one(feed, 'updated').text, RFC3339);
  assert.ok(kids(feed, 'author').length >= 1);
  const entries = kids(feed, 'entry');
  const ids = new Set<string>();
  for (const e of entries) {
    const id = one(e, 'id').text;
    assert.match(id, /^[a-z][a-z0-9+.-]*:/, 'an IRI');
    assert.ok(!ids.has(id), `entry id ${id} is unique`);
    ids.add(id);
    assert.ok(one(e, 'title').text.trim());
    assert.match(one(e, 'updated').text, RFC3339);
    for (const p of kids(e, 'published')) assert.match(p.text, RFC3339);
    assert.ok(kids(e, 'link').some((l) => (l.attrs.rel ?? 'alternate') === 'alternate' && l.attrs.href));
  }
  return entries;
}

let store: Store;
let app: FastifyInstance;
let server: FixtureServer;
before(async () => {
  store = await openTestStore('lists_update_feed');
  server = await startFixtureServer();
  const dir = mkdtempSync(join(tmpdir(), 'leverage-feed-'));
  const sourcesFile = join(dir, 'sources.json');
  writeFileSync(sourcesFile, JSON.stringify({ sources: [{ id: 'un', source: 'un-sc', files: [{ url: server.url('/un.xml'), name: 'consolidated.xml' }] }] }));
  const options = { sourcesFile, rawDir: join(dir, 'raw'), env: {}, now: () => new Date('2026-12-01T06:00:00Z') };
  server.set('/un.xml', UN);
  await updateLists(store, TEST_ACTOR, options);
  server.set('/un.xml', editedUn());
  const [un] = (await updateLists(store, TEST_ACTOR, options)).sources;
  assert.equal(un?.status, 'imported');
  app = await buildApp({ store, dashboard: false });
});
after(async () => {
  await app.close();
  await server.close();
  await store.close();
});

test('the feed is valid Atom 1.0 with one entry per change, linking to the designation', async () => {
  const res = await app.inject('/api/v1/lists/changes.atom');
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
  const entries = assertAtom(parseXml(res.body));
  assert.equal(entries.length, 2);
  const titles = entries.map((e) => one(e, 'title').text).sort();
  assert.match(titles[0]!, /^Amended: /);
  assert.match(titles[1]!, /^Delisted: RI WON HO/);
  for (const e of entries) {
    assert.equal(one(e, 'updated').text, '2026-12-01T06:00:00.000Z');
    assert.equal(one(e, 'published').text, '2018-11-05T00:00:00Z');
  }
  const delisted = entries.find((e) => one(e, 'title').text.startsWith('Delisted'))!;
  const href = kids(delisted, 'link')[0]!.attrs.href!;
  const linked = await app.inject(href.replace(/^https?:\/\/[^/]+/, ''));
  assert.equal(linked.statusCode, 200);
  const items = (linked.json() as { items: { sourceId: string }[] }).items;
  assert.deepEqual(
    items.map((d) => d.sourceId),
    ['6908555'],
  );
});

test('the programme filter keeps only its changes; an unknown programme gives a valid empty feed', async () => {
  const all = parseXml((await app.inject('/api/v1/lists/changes.atom')).body);
  const programme = kids(kids(all, 'entry')[0]!, 'category').find((c) => !c.attrs.scheme)!.attrs.term!;
  const some = assertAtom(parseXml((await app.inject(`/api/v1/lists/changes.atom?programme=${encodeURIComponent(programme)}`)).body));
  assert.equal(some.length, 2);
  const none = await app.inject('/api/v1/lists/changes.atom?programme=NO-SUCH-PROGRAMME');
  assert.equal(none.statusCode, 200);
  const feed = parseXml(none.body);
  assert.equal(assertAtom(feed).length, 0);
  assert.match(one(feed, 'title').text, /NO-SUCH-PROGRAMME/);
});
