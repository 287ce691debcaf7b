/**
 * The one place the process serves HTTP: open the store, build the app, listen, and close both
 * on SIGINT/SIGTERM (PGlite keeps the process alive until closed). On an empty store the shipped
 * sanctions lists load after the server listens (`GET /api/v1/lists/status` says how far), and,
 * when asked, the lists are updated on a schedule.
 */
import { buildApp } from './app.ts';
import { ensureWebBuilt } from './web-build.ts';
import { describeUpdate, listSnapshots, openReadyStore, parseInterval, scheduleListUpdates, seedListsInBackground, webhooksFromEnv } from '../app/index.ts';
import { pressureFromEnv } from './hardening.ts';

/**
 * `LEVERAGE_TRUST_PROXY`: unset or `false` (default: no proxy), `true` (trust every hop), or a
 * comma-separated list of proxy addresses or CIDR ranges (`127.0.0.1,10.0.0.0/8`).
 */
export function trustProxyFromEnv(value: string | undefined): boolean | string[] {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface ServeOptions {
  port: number;
  host: string;
  log?: (message: string) => void;
  /** Build and serve the dashboard (default true). */
  dashboard?: boolean;
  /** The shipped lists directory loaded into an empty store (default data/lists). */
  listsDir?: string;
  /** Update the lists every so often (`6h`); default `LEVERAGE_UPDATE_LISTS_EVERY`, else off. */
  updateListsEvery?: string;
}

export async function serve({ port, host, log = console.log, dashboard = true, listsDir, updateListsEvery }: ServeOptions): Promise<() => Promise<void>> {
  const everyMs = parseInterval(updateListsEvery ?? process.env.LEVERAGE_UPDATE_LISTS_EVERY, '--update-lists-every');
  const webhooks = everyMs ? webhooksFromEnv(process.env) : [];
  if (dashboard) await ensureWebBuilt(log);
  // The shipped lists take about as long as everything else on a first start: loaded after listening.
  const store = await openReadyStore({ log, route: false, seedListsIfEmpty: false });
  log(`data: ${store.engine} at ${store.location}`);
  let adminToken: string | undefined;
  const app = await buildApp({
    store,
    dashboard,
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    adminToken: () => adminToken,
    hardening: { pressure: pressureFromEnv(process.env) },
    trustProxy: trustProxyFromEnv(process.env.LEVERAGE_TRUST_PROXY),
    ...(Number(process.env.LEVERAGE_TASK_TIMEOUT_MS) > 0 ? { compute: { timeoutMs: Number(process.env.LEVERAGE_TASK_TIMEOUT_MS) } } : {}),
    ...(Number(process.env.LEVERAGE_CACHE_MB) > 0 ? { cacheBytes: Number(process.env.LEVERAGE_CACHE_MB) * 1024 * 1024 } : {}),
  });
  let background: { done: Promise<unknown>; stop: () => void } | undefined;
  let stopSchedule: (() => Promise<void>) | undefined;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      background?.stop();
      await app.close();
      await stopSchedule?.();
      await background?.done;
      await store.close();
    })());
  try {
    await app.listen({ port, host });
  } catch (err) {
    await close();
    throw err;
  }
  const address = app.server.address();
  const listening = address && typeof address === 'object' ? address.port : port;
  // Other leverage processes on this machine find the port and token in the owner-only lock file.
  if (store.lock) adminToken = store.lock.advertise({ port: listening }).token;
  log(`Leverage is running: open http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${listening}/`);
  if ((await listSnapshots(store)).length === 0) {
    log('loading the shipped sanctions lists in the background (GET /api/v1/lists/status)…');
    background = seedListsInBackground(store, { dir: listsDir, log });
  }
  if (everyMs) {
    log(`updating the lists every ${updateListsEvery ?? process.env.LEVERAGE_UPDATE_LISTS_EVERY}`);
    stopSchedule = scheduleListUpdates(store, { everyMs, after: background?.done, log, webhooks, describe: describeUpdate });
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: closing`);
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  return close;
}
