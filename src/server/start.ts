/**
 * The one place the process serves HTTP: open the store, build the app, listen, and close both
 * on SIGINT/SIGTERM (PGlite keeps the process alive until closed).
 */
import { buildApp } from './app.ts';
import { ensureWebBuilt } from './web-build.ts';
import { openReadyStore } from '../app/index.ts';
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
}

export async function serve({ port, host, log = console.log }: ServeOptions): Promise<() => Promise<void>> {
  await ensureWebBuilt(log);
  const store = await openReadyStore({ log, route: false });
  log(`data: ${store.engine} at ${store.location}`);
  let adminToken: string | undefined;
  const app = await buildApp({
    store,
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    adminToken: () => adminToken,
    hardening: { pressure: pressureFromEnv(process.env) },
    trustProxy: trustProxyFromEnv(process.env.LEVERAGE_TRUST_PROXY),
    ...(Number(process.env.LEVERAGE_TASK_TIMEOUT_MS) > 0 ? { compute: { timeoutMs: Number(process.env.LEVERAGE_TASK_TIMEOUT_MS) } } : {}),
    ...(Number(process.env.LEVERAGE_CACHE_MB) > 0 ? { cacheBytes: Number(process.env.LEVERAGE_CACHE_MB) * 1024 * 1024 } : {}),
  });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await app.close();
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
