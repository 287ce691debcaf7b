/**
 * Use case: following news feeds (`leverage news watch`, or the server on a schedule). Each
 * configured feed is polled no more often than its interval, with a conditional GET (the ETag
 * and Last-Modified it gave last time); new items (URLs not stored yet) are fetched one at a
 * time with a pause between requests to the same host and a timeout on each, extracted, and put
 * in the review queue. Everything one poll of a feed stores (its articles, candidates and the
 * feed's new state) is one audited write: a feed that fails leaves its error and nothing else.
 */
import { LeverageError } from '../domain/errors.ts';
import type { NewsExtraction } from '../domain/news/candidate.ts';
import { parseFeed, type FeedItem, type WatchConfig, type WatchedFeed } from '../ingest/news/feeds.ts';
import type { Store } from '../store/db.ts';
import { getFeedState, knownArticleUrls, setFeedState, type FeedState } from '../store/news.ts';
import { authorise, type Actor } from './actor.ts';
import { queueInTransaction, type QueuedArticleInput } from './news-queue.ts';
import { write } from './write.ts';

/** What extraction gives for an article: its events and the reduced text their offsets refer to. */
export type Extractor = (
  store: Store | undefined,
  input: { text: string; contentType?: 'text/plain' | 'text/html'; published?: string; url?: string },
) => Promise<NewsExtraction & { text: string; title?: string }>;

export interface WatchOptions {
  extract: Extractor;
  /** Poll every feed now, whatever its interval. */
  force?: boolean;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export interface FeedReport {
  feed: string;
  name?: string;
  /** ok: read and queued; not_modified: 304; skipped: polled less than its interval ago; error: nothing stored. */
  status: 'ok' | 'not_modified' | 'skipped' | 'error';
  httpStatus?: number;
  error?: string;
  /** Items in the feed, items whose URL was stored already, articles queued now, articles whose text was stored already. */
  items: number;
  known: number;
  queued: number;
  duplicates: number;
  /** Candidates created, and existing candidates given a further source. */
  candidates: number;
  attached: number;
  failedArticles: { url: string; error: string }[];
}

const MAX_BODY_CHARS = 5 * 1024 * 1024;

/** Polls every configured feed in order; one feed's failure is reported and the next is polled. */
export async function watchFeeds(store: Store, actor: Actor, config: WatchConfig, options: WatchOptions): Promise<FeedReport[]> {
  authorise(actor, 'edit', 'fill the news review queue');
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const lastRequest = new Map<string, number>();
  const politeFetch = async (url: string, headers: Record<string, string>): Promise<Response> => {
    const host = new URL(url).host;
    const wait = (lastRequest.get(host) ?? -Infinity) + config.politeDelayMs - now().getTime();
    if (wait > 0) await sleep(wait);
    // The pause counts from the answer, not from the request: a slow host gets more room.
    try {
      return await fetchWithTimeout(url, { 'user-agent': config.userAgent, ...headers }, config.timeoutMs);
    } finally {
      lastRequest.set(host, now().getTime());
    }
  };
  const reports: FeedReport[] = [];
  for (const feed of config.feeds) reports.push(await pollFeed(store, actor, config, feed, { ...options, now, politeFetch }));
  return reports;
}

async function pollFeed(
  store: Store,
  actor: Actor,
  config: WatchConfig,
  feed: WatchedFeed,
  o: WatchOptions & { now: () => Date; politeFetch: (url: string, headers: Record<string, string>) => Promise<Response> },
): Promise<FeedReport> {
  const report: FeedReport = {
    feed: feed.url,
    ...(feed.name ? { name: feed.name } : {}),
    status: 'ok',
    items: 0,
    known: 0,
    queued: 0,
    duplicates: 0,
    candidates: 0,
    attached: 0,
    failedArticles: [],
  };
  const state = await getFeedState(store, feed.url);
  if (!o.force && state?.polled_at && o.now().getTime() - Date.parse(state.polled_at) < feed.intervalMinutes * 60_000) return { ...report, status: 'skipped' };
  const save = (s: Partial<FeedState>, articles: QueuedArticle[] = []) => saveFeed(store, actor, feed, report, { ...keep(state), ...s }, articles, o.now());
  let res: Response;
  try {
    res = await o.politeFetch(feed.url, {
      accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.1',
      ...(state?.etag ? { 'if-none-match': state.etag } : {}),
      ...(state?.last_modified ? { 'if-modified-since': state.last_modified } : {}),
    });
  } catch (err) {
    return save({ status: 'error', error: (err as Error).message });
  }
  report.httpStatus = res.status;
  if (res.status === 304) return save({ status: 'not_modified', error: null });
  if (!res.ok) return save({ status: 'error', error: `HTTP ${res.status} ${res.statusText}`.trim() });
  let items: FeedItem[];
  try {
    items = parseFeed(await readBody(res, feed.url), feed.url).items.slice(0, config.maxArticlesPerFeed);
  } catch (err) {
    return save({ status: 'error', error: err instanceof LeverageError ? err.describe() : (err as Error).message });
  }
  report.items = items.length;
  const known = await knownArticleUrls(
    store,
    items.map((i) => i.url),
  );
  report.known = items.filter((i) => known.has(i.url)).length;
  const articles: QueuedArticle[] = [];
  for (const item of items.filter((i) => !known.has(i.url))) {
    try {
      const page = await o.politeFetch(item.url, { accept: 'text/html, text/plain;q=0.9' });
      if (!page.ok) throw new Error(`HTTP ${page.status}`);
      const html = /html|xml/i.test(page.headers.get('content-type') ?? 'text/html');
      const extraction = await o.extract(store, {
        text: await readBody(page, item.url),
        contentType: html ? 'text/html' : 'text/plain',
        published: item.published,
        url: item.url,
      });
      articles.push({
        input: {
          text: extraction.text,
          url: item.url,
          ...(item.published ? { published: item.published } : {}),
          title: extraction.title ?? item.title,
          feed: feed.url,
        },
        extraction,
      });
    } catch (err) {
      report.failedArticles.push({ url: item.url, error: err instanceof LeverageError ? err.describe() : (err as Error).message });
    }
  }
  return save({ status: 'ok', error: null, etag: res.headers.get('etag'), last_modified: res.headers.get('last-modified') }, articles);
}

interface QueuedArticle {
  input: QueuedArticleInput;
  extraction: NewsExtraction;
}

const keep = (s: FeedState | undefined) => ({ etag: s?.etag ?? null, last_modified: s?.last_modified ?? null });

/** One write per poll of a feed: its new articles queued and its state, audited with the report. */
async function saveFeed(
  store: Store,
  actor: Actor,
  feed: WatchedFeed,
  report: FeedReport,
  s: Partial<FeedState>,
  articles: QueuedArticle[],
  at: Date,
): Promise<FeedReport> {
  if (s.status === 'error') {
    report.status = 'error';
    report.error = s.error ?? 'failed';
  } else if (s.status === 'not_modified') report.status = 'not_modified';
  return write(store, actor, { permission: 'edit', action: 'news.watch', what: 'fill the news review queue' }, async (tx) => {
    for (const a of articles) {
      const out = await queueInTransaction(tx, actor, a.input, a.extraction);
      if (out.duplicate) report.duplicates++;
      else report.queued++;
      report.candidates += out.created.length;
      report.attached += out.attached.length;
    }
    await setFeedState(tx, {
      feed_url: feed.url,
      etag: s.etag ?? null,
      last_modified: s.last_modified ?? null,
      polled_at: at.toISOString(),
      status: s.status ?? null,
      error: s.error ?? null,
    });
    const { failedArticles, ...summary } = report;
    return { result: report, audit: { ...summary, failedArticles: failedArticles.length } };
  });
}

async function fetchWithTimeout(url: string, headers: Record<string, string>, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const e = err as Error;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new Error(`no answer from ${url} within ${timeoutMs} ms (timeout)`);
    throw new Error(`${url}: ${(e.cause as Error | undefined)?.message ?? e.message}`);
  }
}

/** The body as text, refused past MAX_BODY_CHARS (read as a stream, so a huge body is not held whole). */
async function readBody(res: Response, url: string): Promise<string> {
  if (!res.body) return '';
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    text += decoder.decode(chunk, { stream: true });
    if (text.length > MAX_BODY_CHARS) {
      await res.body.cancel().catch(() => undefined);
      throw new LeverageError('bad_input', `larger than ${MAX_BODY_CHARS} characters`, { location: { file: url } });
    }
  }
  return text + decoder.decode();
}
