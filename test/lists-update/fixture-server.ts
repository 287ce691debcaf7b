/**
 * A real HTTP server on port 0 for the list-update tests: serves the bytes set for a path with an
 * ETag (its sha256) and Last-Modified, answers 304 to a matching If-None-Match, and can misbehave
 * per path: ignore validators and send none (no-validators), answer 500, send half a body under the full Content-Length, or send nothing for a while.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';

/** The UN consolidated list of 2018-10-29 (test/fixtures/lists/SOURCES.md). */
export const UN = readFileSync(new URL('../fixtures/lists/un-sc-xml__perchrh_sanction_list_search__consolidated.xml', import.meta.url), 'utf8');

export type Mode = 'ok' | 'error500' | 'truncate' | 'slow' | 'no-validators';

export interface FixtureServer {
  url(path: string): string;
  set(path: string, body: Buffer | string, mode?: Mode): void;
  mode(path: string, mode: Mode): void;
  /** Requests seen: path, status answered and the request headers. */
  log: { path: string; status: number; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const files = new Map<string, { body: Buffer; mode: Mode; etag: string }>();
  const log: FixtureServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const f = files.get(path);
    const answer = (status: number) => log.push({ path, status, headers: req.headers });
    if (!f) {
      answer(404);
      res.writeHead(404).end('no such file');
      return;
    }
    if (f.mode === 'error500') {
      answer(500);
      res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
      return;
    }
    if (f.mode === 'slow') {
      answer(0);
      const timer = setTimeout(() => res.writeHead(200).end(f.body), 30_000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (f.mode === 'no-validators') {
      answer(200);
      res.writeHead(200, { 'content-length': String(f.body.length) }).end(f.body);
      return;
    }
    if (req.headers['if-none-match'] === f.etag) {
      answer(304);
      res.writeHead(304, { etag: f.etag }).end();
      return;
    }
    answer(200);
    res.writeHead(200, { 'content-length': String(f.body.length), etag: f.etag, 'last-modified': 'Mon, 05 Nov 2018 10:00:00 GMT' });
    if (f.mode === 'truncate') {
      res.write(f.body.subarray(0, Math.floor(f.body.length / 2)));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.end(f.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set(path, body, mode = 'ok') {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
      files.set(path, { body: bytes, mode, etag: `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"` });
    },
    mode(path, mode) {
      const f = files.get(path);
      if (f) f.mode = mode;
    },
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The 2018 list a week later: RI WON HO (DATAID 6908555) delisted, CHANG CHANG HA (6908570) renamed. */
export function editedUn(): string {
  const first = UN.indexOf('<INDIVIDUAL><DATAID>6908555</DATAID>');
  const end = UN.indexOf('</INDIVIDUAL>', first) + '</INDIVIDUAL>'.length;
  if (first < 0) throw new Error('the fixture lost DATAID 6908555');
  return (UN.slice(0, first) + UN.slice(end))
    .replace('dateGenerated="2018-10-29T19:09:49.856-04:00"', 'dateGenerated="2018-11-05T10:00:00.000-04:00"')
    .replace('<SECOND_NAME>CHANG HA</SECOND_NAME>', '<SECOND_NAME>CHANG HAN</SECOND_NAME>');
}
