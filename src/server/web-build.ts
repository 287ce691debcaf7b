/**
 * The dashboard's bundle: built by Vite into web/dist on the first start (and again when a web
 * source is newer than the bundle), so `npm install && npm start` needs no separate build step.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_DIST = join(WEB_DIR, 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** True when web/dist is missing or older than a web source. */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return Math.max(newest(join(WEB_DIR, 'src')), statSync(join(WEB_DIR, 'index.html')).mtimeMs) > built;
}

/** Builds the dashboard when stale; returns whether it built. */
export async function ensureWebBuilt(log: (m: string) => void = () => undefined): Promise<boolean> {
  if (!webBuildIsStale()) return false;
  log('building the dashboard (web/dist)…');
  const { build } = await import('vite');
  await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
