/**
 * `news watch` against a real local HTTP server (node:http on port 0) serving the fixture feeds
 * and articles: a normal poll, conditional GET (304 by ETag and by Last-Modified), a 500, a slow
 * answer (timeout), a malformed feed, a feed with a DOCTYPE, the polite interval, de-duplication
 * by URL and by content hash.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { listQueue, watchFeeds, type Actor, type Store } from '../../src/app/index.ts';
import { readWatchConfig, type WatchConfig } from '../../src/ingest/news/feeds.ts';
import { openTestStore } from '../helpers/store.ts';
import { EXTRACT } from './extract.ts';
import { startFeedServer, type FeedServer } from './feed-server.ts';

let store: Store;
let feeds: FeedServer;
let base = '';
let requests: FeedServer['requests'] = [];
const eve: Actor = { id: 'eve', role: 'editor', via: 'http', account: 'eve' };

before(async () => {
  store = await openTestStore('news_review_watch');
  feeds = await startFeedServer();
  ({ base, requests } = feeds);
});
after(async () => {
  await feeds.close();
  await store.close();
});

const config = (feeds: string[], extra: Partial<WatchConfig> = {}): WatchConfig =>
  readWatchConfig(
    JSON.stringify({ feeds: feeds.map((f) => ({ url: base + f, intervalMinutes: 30 })), politeDelayMs: 50, timeoutMs: 500, ...extra }),
    'watch.json',
  );
const audits = async () => Number((await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit WHERE action = 'news.watch'`))[0]!.n);

test('a normal poll fetches each new article once, politely spaced, extracts it and fills the queue; the item without a link is skipped', async () => {
  requests.length = 0;
  const [rss, atom] = await watchFeeds(store, eve, config(['/feeds/rss.xml', '/feeds/atom.xml'], { politeDelayMs: 200 }), { extract: EXTRACT });
  assert.equal(rss!.status, 'ok');
  assert.equal(rss!.items, 2);
  assert.equal(rss!.queued, 2);
  assert.ok(rss!.candidates >= 2, `${rss!.candidates} candidates`);
  assert.equal(atom!.status, 'ok');
  assert.equal(atom!.queued, 1);
  const urls = requests.map((r) => r.url);
  assert.deepEqual(urls, ['/feeds/rss.xml', '/articles/release.html', '/articles/contact.txt', '/feeds/atom.xml', '/articles/arrests.html']);
  assert.match(String(requests[0]!.headers['user-agent']), /leverage-news-watch/);
  const gaps = requests.slice(1).map((r, i) => r.at - requests[i]!.at);
  assert.ok(Math.min(...gaps) >= 190, `requests to one host at least politeDelayMs apart: ${gaps.join(', ')} ms`);
  const queue = await listQueue(store, eve);
  const release = queue.items.find((i) => i.kind === 'release')!;
  assert.equal(release.sources[0]!.url, `${base}/articles/release.html`);
  assert.equal(release.sources[0]!.published, '2026-05-11', 'the day as the publisher wrote it (+0300)');
  const arrests = await store.query<{ published: string; feed: string }>(`SELECT published, feed FROM news_article WHERE url LIKE '%arrests.html'`);
  assert.deepEqual([...arrests], [{ published: '2026-05-14', feed: `${base}/feeds/atom.xml` }]);
  assert.equal(await audits(), 2);
});

test('polite interval: a feed polled less than its interval ago is skipped without a request', async () => {
  requests.length = 0;
  const [rss] = await watchFeeds(store, eve, config(['/feeds/rss.xml']), { extract: EXTRACT });
  assert.equal(rss!.status, 'skipped');
  assert.equal(requests.length, 0);
});

test('conditional GET: the ETag and Last-Modified of the last poll are sent; a 304 stores nothing new', async () => {
  requests.length = 0;
  const before = await listQueue(store, eve, { status: 'all' });
  const [rss, atom] = await watchFeeds(store, eve, config(['/feeds/rss.xml', '/feeds/atom.xml']), { extract: EXTRACT, force: true });
  assert.equal(rss!.status, 'not_modified');
  assert.equal(rss!.httpStatus, 304);
  assert.equal(atom!.status, 'not_modified');
  assert.equal(requests[0]!.headers['if-none-match'], '"rss-v1"');
  assert.equal(requests[1]!.headers['if-modified-since'], 'Fri, 15 May 2026 04:00:00 GMT');
  assert.equal(requests.length, 2, 'no article fetched');
  assert.equal((await listQueue(store, eve, { status: 'all' })).total, before.total);
  const [state] = await store.query<{ etag: string; status: string }>(`SELECT etag, status FROM news_feed_state WHERE feed_url LIKE '%rss.xml'`);
  assert.deepEqual(state, { etag: '"rss-v1"', status: 'not_modified' });
});

test('de-duplication: the same article under another URL is fetched but stored once (content hash); known URLs are not fetched', async () => {
  requests.length = 0;
  const [mirror] = await watchFeeds(store, eve, config(['/feeds/mirror.xml']), { extract: EXTRACT });
  assert.equal(mirror!.status, 'ok');
  assert.equal(mirror!.known, 1, 'contact.txt is stored already by URL');
  assert.equal(mirror!.duplicates, 1, 'release.html under /copy/ has the same text');
  assert.equal(mirror!.queued, 0);
  assert.deepEqual(
    requests.map((r) => r.url),
    ['/feeds/mirror.xml', '/copy/release.html'],
  );
});

test('a 500 is reported with its status, stores no article, keeps the error in the feed state, and the next feed is still polled', async () => {
  const [bad, good] = await watchFeeds(store, eve, config(['/feeds/error.xml', '/feeds/atom.xml']), { extract: EXTRACT, force: true });
  assert.equal(bad!.status, 'error');
  assert.equal(bad!.httpStatus, 500);
  assert.match(bad!.error!, /HTTP 500/);
  assert.equal(good!.status, 'not_modified');
  const [state] = await store.query<{ status: string; error: string }>(`SELECT status, error FROM news_feed_state WHERE feed_url LIKE '%error.xml'`);
  assert.equal(state!.status, 'error');
});

test('a slow feed times out with a clear error, within about the configured time', async () => {
  const t0 = Date.now();
  const [slow] = await watchFeeds(store, eve, config(['/feeds/slow.xml'], { timeoutMs: 300 }), { extract: EXTRACT });
  const ms = Date.now() - t0;
  assert.equal(slow!.status, 'error');
  assert.match(slow!.error!, /within 300 ms \(timeout\)/);
  assert.ok(ms < 1400, `gave up after ${ms} ms`);
});

test('a malformed feed and a feed with a DOCTYPE are refused with the feed URL, line and column', async () => {
  const [malformed, doctype] = await watchFeeds(store, eve, config(['/feeds/malformed.xml', '/feeds/doctype.xml']), { extract: EXTRACT });
  assert.equal(malformed!.status, 'error');
  assert.match(malformed!.error!, new RegExp(`^${base}/feeds/malformed\\.xml:8:\\d+: malformed XML`));
  assert.equal(doctype!.status, 'error');
  assert.match(doctype!.error!, /DOCTYPE is refused/);
  assert.equal((await store.query(`SELECT 1 FROM news_article WHERE feed LIKE '%malformed%' OR feed LIKE '%doctype%'`)).length, 0);
});

test('the watch configuration: defaults, and errors naming the file and the field', () => {
  const c = readWatchConfig('{"feeds":["https://example.org/feed.xml"]}', 'watch.json');
  assert.deepEqual(c.feeds, [{ url: 'https://example.org/feed.xml', intervalMinutes: 60 }]);
  assert.equal(c.timeoutMs, 15_000);
  assert.equal(c.scheduleMinutes, undefined);
  for (const [json, where] of [
    ['{"feeds":[]}', 'watch.json:feeds: '],
    ['{"feeds":[{"url":"ftp://x"}]}', 'watch.json:feeds[0].url: '],
    ['{"feeds":["https://x.org/f"],"timeoutMs":5}', 'watch.json:timeoutMs: '],
    ['{"feeds":["https://x.org/f"],"every":5}', 'watch.json:every: '],
    ['{"feeds":', 'watch.json: not JSON'],
  ] as const) {
    assert.throws(
      () => readWatchConfig(json, 'watch.json'),
      (e: Error & { describe?: () => string }) => e.describe!().startsWith(where),
      json,
    );
  }
});

test('a viewer may not watch feeds', async () => {
  await assert.rejects(watchFeeds(store, { ...eve, role: 'viewer' }, config(['/feeds/rss.xml']), { extract: EXTRACT }), /may not fill the news review queue/);
});
