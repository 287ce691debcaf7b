/**
 * A real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, against the app served
 * on a loopback port from a test store. No browser is downloaded.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import type { Store } from '../../src/store/db.ts';
import { seed } from '../../src/app/index.ts';
import { openTestStore } from './store.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export interface Served {
  store: Store;
  app: FastifyInstance;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function serveForBrowser(name: string): Promise<Served> {
  await ensureWebBuilt();
  const store = await openTestStore(name);
  await seed(store);
  const app = await buildApp({ store });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    store,
    app,
    browser,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}
