/**
 * Reading news feeds for `leverage news watch`: RSS 2.0 (`rss/channel/item`) and Atom
 * (`feed/entry`), parsed with saxes into the items' links, titles and dates. Hostile or broken
 * feeds are refused with the place of the fault: any DOCTYPE (entity expansion, external
 * entities), a feed larger than `MAX_FEED_CHARS`, malformed XML (saxes' line and column), a root
 * that is neither `rss` nor `feed`. Also the watch configuration file (docs/news-review.md).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LeverageError } from '../../domain/errors.ts';

/** One article announced by a feed. */
export interface FeedItem {
  /** The article's absolute http(s) URL. */
  url: string;
  title?: string;
  /** ISO day of publication, when the feed gives a readable date. */
  published?: string;
  /** The item's id (RSS guid, Atom id), when given. */
  guid?: string;
}

export interface Feed {
  format: 'rss' | 'atom';
  title?: string;
  items: FeedItem[];
  /** Items left out, with why (no link, a link that is not http(s)). */
  skipped: { index: number; why: string }[];
}

/** A feed document larger than this (in UTF-16 characters) is refused: 5 MiB. */
export const MAX_FEED_CHARS = 5 * 1024 * 1024;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses an RSS 2.0 or Atom document; `where` names it in errors (the feed's URL). */
export function parseFeed(xml: string, where: string): Feed {
  if (xml.length > MAX_FEED_CHARS) throw new LeverageError('bad_input', `the feed is larger than ${MAX_FEED_CHARS} characters`, { location: { file: where } });
  const parser = new SaxesParser({ position: true });
  const fail = (message: string): never => {
    throw new LeverageError('bad_format', message, { location: { file: where, line: parser.line, column: parser.column } });
  };
  let format: Feed['format'] | undefined;
  let feedTitle: string | undefined;
  const items: Partial<FeedItem & { link: string; date: string }>[] = [];
  const stack: string[] = [];
  let item: Partial<FeedItem & { link: string; date: string }> | undefined;
  let text = '';
  parser.on('doctype', () => fail('a feed with a DOCTYPE is refused (entity expansion)'));
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (!stack.length) {
      if (name === 'rss') format = 'rss';
      else if (name === 'feed') format = 'atom';
      else fail(`<${tag.name}> is not a feed: expected <rss> (RSS 2.0) or <feed> (Atom)`);
    }
    stack.push(name);
    text = '';
    if ((format === 'rss' && name === 'item') || (format === 'atom' && name === 'entry')) item = {};
    else if (item && format === 'atom' && name === 'link') atomLink(item, tag as SaxesTagPlain);
  });
  const onText = (t: string) => {
    text += t;
    if (text.length > 1_000_000) fail('a text run longer than 1,000,000 characters');
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    const value = text.trim();
    stack.pop();
    const parent = stack[stack.length - 1];
    if (item) {
      if (name === 'item' || name === 'entry') {
        items.push(item);
        item = undefined;
      } else if (name === 'title') item.title = value;
      else if (name === 'link' && format === 'rss') item.link = value;
      else if ((name === 'guid' && format === 'rss') || (name === 'id' && format === 'atom')) item.guid = value;
      else if (name === 'pubDate' || name === 'published' || name === 'date' || (name === 'updated' && !item.date)) item.date = value;
    } else if (name === 'title' && (parent === 'channel' || parent === 'feed')) feedTitle = value;
    text = '';
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof LeverageError) throw err;
    // saxes' messages start with "line:column: "; the location carries them instead.
    fail(`malformed XML: ${(err as Error).message.replace(/^[^:]*?:?\d+:\d+: /, '')}`);
  }
  if (!format) fail('empty document: expected an RSS or Atom feed');
  const feed: Feed = { format: format!, ...(feedTitle ? { title: feedTitle } : {}), items: [], skipped: [] };
  for (const [index, it] of items.entries()) {
    const link = it.link ?? (it.guid && /^https?:\/\//i.test(it.guid) ? it.guid : undefined);
    if (!link) feed.skipped.push({ index, why: 'no link' });
    else if (!/^https?:\/\/\S+$/i.test(link)) feed.skipped.push({ index, why: `not an http(s) link: ${link.slice(0, 80)}` });
    else {
      const published = isoDay(it.date);
      feed.items.push({ url: link, ...(it.title ? { title: it.title } : {}), ...(published ? { published } : {}), ...(it.guid ? { guid: it.guid } : {}) });
    }
  }
  return feed;
}

/** Atom: the `alternate` link (or one without rel) is the article. */
function atomLink(item: Partial<FeedItem & { link: string }>, tag: SaxesTagPlain): void {
  const rel = tag.attributes.rel ?? 'alternate';
  if (rel === 'alternate' && tag.attributes.href && !item.link) item.link = String(tag.attributes.href).trim();
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day of an RFC 3339 (Atom) or RFC 822 (RSS) date as the publisher wrote it, in its own
 * time zone ("Sat, 09 May 2026 23:30:00 +0300" is 2026-05-09, not the UTC day), or undefined.
 */
export function isoDay(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(v);
  const rfc822 = /^(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\w*\s+(\d{4})\b/.exec(v);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : rfc822
      ? [Number(rfc822[3]), MONTHS.indexOf(rfc822[2]!.toLowerCase()) + 1, Number(rfc822[1])]
      : [0, 0, 0];
  if (!y || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCDate() === d ? day.toISOString().slice(0, 10) : undefined;
}

/** One watched feed. */
export interface WatchedFeed {
  url: string;
  /** A label for reports (default: the URL's host). */
  name?: string;
  /** Poll no more often than this (minutes, default 60). */
  intervalMinutes: number;
}

/** The watch configuration (a JSON file; docs/news-review.md). */
export interface WatchConfig {
  feeds: WatchedFeed[];
  /** Pause between two requests to the same host, in ms (default 2000). */
  politeDelayMs: number;
  /** Give up on a request after this many ms (default 15000). */
  timeoutMs: number;
  /** Articles fetched per feed and poll, newest first as the feed lists them (default 20). */
  maxArticlesPerFeed: number;
  /** The server polls every this many minutes when set (opt-in; absent: the server never polls). */
  scheduleMinutes?: number;
  userAgent: string;
}

export const WATCH_DEFAULTS = { politeDelayMs: 2000, timeoutMs: 15_000, maxArticlesPerFeed: 20, intervalMinutes: 60, userAgent: 'leverage-news-watch/0.1' };

/** Reads and checks the watch configuration; errors name the file and the field. */
export function readWatchConfig(json: string, file: string): WatchConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new LeverageError('bad_format', `not JSON: ${(err as Error).message}`, { location: { file } });
  }
  const bad = (column: string, message: string, expected?: string): never => {
    throw new LeverageError('invalid_value', message, { location: { file, column }, ...(expected ? { expected } : {}) });
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) bad('feeds', 'the configuration must be a JSON object with "feeds"');
  const o = raw as Record<string, unknown>;
  const known = new Set(['feeds', 'politeDelayMs', 'timeoutMs', 'maxArticlesPerFeed', 'scheduleMinutes', 'userAgent']);
  for (const k of Object.keys(o)) if (!known.has(k)) bad(k, `unknown setting "${k}"`, [...known].join(', '));
  const num = (k: string, min: number, max: number, fallback?: number): number | undefined => {
    const v = o[k];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) bad(k, `"${k}" must be a number from ${min} to ${max}`);
    return v as number;
  };
  if (!Array.isArray(o.feeds) || !o.feeds.length) bad('feeds', '"feeds" must be a non-empty list of feeds');
  const feeds = (o.feeds as unknown[]).map((f, i): WatchedFeed => {
    const entry = typeof f === 'string' ? { url: f } : f;
    if (!entry || typeof entry !== 'object') bad(`feeds[${i}]`, `feeds[${i}] must be a URL or an object with "url"`);
    const e = entry as Record<string, unknown>;
    for (const k of Object.keys(e))
      if (!['url', 'name', 'intervalMinutes'].includes(k)) bad(`feeds[${i}].${k}`, `unknown feed setting "${k}"`, 'url, name, intervalMinutes');
    if (typeof e.url !== 'string' || !/^https?:\/\/\S+$/i.test(e.url)) bad(`feeds[${i}].url`, `feeds[${i}].url must be an http(s) URL`);
    const interval = e.intervalMinutes ?? WATCH_DEFAULTS.intervalMinutes;
    if (typeof interval !== 'number' || !(interval >= 1 && interval <= 10_080)) bad(`feeds[${i}].intervalMinutes`, 'intervalMinutes must be from 1 to 10080');
    if (e.name !== undefined && typeof e.name !== 'string') bad(`feeds[${i}].name`, 'name must be text');
    return { url: e.url as string, intervalMinutes: interval as number, ...(e.name ? { name: e.name as string } : {}) };
  });
  const ua = o.userAgent ?? WATCH_DEFAULTS.userAgent;
  if (typeof ua !== 'string' || !ua.trim() || ua.length > 200) bad('userAgent', 'userAgent must be text of at most 200 characters');
  const schedule = num('scheduleMinutes', 5, 10_080);
  return {
    feeds,
    politeDelayMs: num('politeDelayMs', 0, 600_000, WATCH_DEFAULTS.politeDelayMs)!,
    timeoutMs: num('timeoutMs', 100, 300_000, WATCH_DEFAULTS.timeoutMs)!,
    maxArticlesPerFeed: num('maxArticlesPerFeed', 1, 1000, WATCH_DEFAULTS.maxArticlesPerFeed)!,
    ...(schedule !== undefined ? { scheduleMinutes: schedule } : {}),
    userAgent: ua as string,
  };
}
