/**
 * The server's own news watch (opt-in): when a watch configuration sets `scheduleMinutes`, the
 * feeds are polled every that many minutes as the `news-watch` actor (an editor of the queue
 * only). One poll at a time; a poll that fails is logged and the next one runs as planned.
 */
import { readFileSync } from 'node:fs';
import { readWatchConfig } from '../ingest/news/feeds.ts';
import type { Store } from '../store/db.ts';
import type { Actor } from './actor.ts';
import { watchFeeds, type Extractor, type FeedReport } from './news-queue-watch.ts';

/** Who the scheduled watch acts as in the audit log. */
export const NEWS_WATCHER: Actor = Object.freeze({ id: 'news-watch', role: 'editor', via: 'system' });

/**
 * Starts polling when `configFile` is given and sets `scheduleMinutes`; returns a function that
 * stops it (a no-op when nothing started). A bad configuration throws at once, naming the file.
 */
export function startNewsSchedule(
  store: Store,
  configFile: string | undefined,
  extract: Extractor,
  log: (message: string, detail?: unknown) => void,
): () => void {
  if (!configFile) return () => undefined;
  const config = readWatchConfig(readFileSync(configFile, 'utf8'), configFile);
  if (!config.scheduleMinutes) return () => undefined;
  let running = false;
  const poll = async () => {
    if (running) return;
    running = true;
    try {
      const reports: FeedReport[] = await watchFeeds(store, NEWS_WATCHER, config, { extract });
      log(
        'news watch polled',
        reports.map(({ feed, status, queued, error }) => ({ feed, status, queued, ...(error ? { error } : {}) })),
      );
    } catch (err) {
      log('news watch failed', { error: (err as Error).message });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void poll(), config.scheduleMinutes * 60_000);
  timer.unref();
  log(`news watch: ${config.feeds.length} feeds every ${config.scheduleMinutes} minutes (${configFile})`);
  return () => clearInterval(timer);
}
