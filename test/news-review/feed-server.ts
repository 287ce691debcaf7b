/** A local feed server (node:http on port 0) serving test/fixtures/news-feeds with its own address in them. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

const FIXTURES = new URL('../fixtures/news-feeds/', import.meta.url);

export interface FeedServer {
  base: string;
  requests: { url: string; headers: IncomingMessage['headers']; at: number }[];
  close(): Promise<void>;
}

/**
 * Routes: /feeds/rss.xml (ETag, 304 on If-None-Match), /feeds/atom.xml (Last-Modified, 304 on
 * If-Modified-Since), /feeds/mirror.xml (rss.xml pointing at a copy of an article), /feeds/error.xml
 * (500), /feeds/slow.xml (answers after 1.5 s), /feeds/malformed.xml, /feeds/doctype.xml, and the
 * articles under /articles/ and /copy/.
 */
export async function startFeedServer(): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  let base = '';
  const file = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8').replaceAll('{{BASE}}', base);
  const serve = (req: IncomingMessage, res: ServerResponse): void => {
    requests.push({ url: req.url ?? '', headers: req.headers, at: Date.now() });
    const url = req.url ?? '';
    const rss = { 'content-type': 'application/rss+xml' };
    if (url === '/feeds/rss.xml') {
      if (req.headers['if-none-match'] === '"rss-v1"') return void res.writeHead(304).end();
      res.writeHead(200, { ...rss, etag: '"rss-v1"' }).end(file('rss.xml'));
    } else if (url === '/feeds/atom.xml') {
      const modified = 'Fri, 15 May 2026 04:00:00 GMT';
      if (req.headers['if-modified-since'] === modified) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': modified }).end(file('atom.xml'));
    } else if (url === '/feeds/mirror.xml') {
      // The same article under a second URL: de-duplicated by its text.
      res.writeHead(200, rss).end(file('rss.xml').replaceAll('/articles/release.html', '/copy/release.html'));
    } else if (url === '/feeds/error.xml') res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
    else if (url === '/feeds/slow.xml') setTimeout(() => res.writeHead(200, rss).end(file('rss.xml')), 1500);
    else if (url === '/feeds/malformed.xml') res.writeHead(200, rss).end(file('malformed.xml'));
    else if (url === '/feeds/doctype.xml') res.writeHead(200, rss).end(file('doctype.xml'));
    else if (/^\/(articles|copy)\/[\w-]+\.(html|txt)$/.test(url)) {
      const name = url.split('/').pop()!;
      res.writeHead(200, { 'content-type': name.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8' }).end(file(name));
    } else res.writeHead(404).end();
  };
  const server = createServer(serve);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
