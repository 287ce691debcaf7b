/**
 * `leverage news watch`: polls the feeds of a watch configuration (docs/news-review.md) once,
 * fetches their new articles, extracts them and fills the review queue. Prints one line per
 * feed (or the reports as JSON); exits 1 when a feed failed, so a scheduler notices.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { extractArticle, readWatchConfig, watchFeeds, type FeedReport } from '../app/index.ts';
import { LeverageError } from '../domain/errors.ts';
import { cliActor, reportError, withStore } from './run.ts';

/** The configuration file read when neither --config nor LEVERAGE_NEWS_WATCH names one. */
export const DEFAULT_WATCH_CONFIG = 'news-watch.json';

export function registerNewsWatch(news: Command): void {
  news
    .command('watch')
    .description('poll the configured RSS/Atom feeds once and queue their new articles for review')
    .option('--config <file>', `the watch configuration (default: LEVERAGE_NEWS_WATCH, else ./${DEFAULT_WATCH_CONFIG})`)
    .option('--force', 'poll every feed now, even one polled less than its interval ago')
    .option('--json', 'print the reports as JSON')
    .option('--actor <name>', 'who the audit log names (default: your login name)')
    .action((opts: { config?: string; force?: boolean; json?: boolean; actor?: string }) => runWatch(opts).catch(reportError));
}

async function runWatch(opts: { config?: string; force?: boolean; json?: boolean; actor?: string }): Promise<void> {
  const file = opts.config ?? process.env.LEVERAGE_NEWS_WATCH ?? DEFAULT_WATCH_CONFIG;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new LeverageError('bad_input', `cannot read the watch configuration: ${(err as Error).message}`, { location: { file } });
  }
  const config = readWatchConfig(text, file);
  const reports = await withStore((store) => watchFeeds(store, cliActor(opts.actor), config, { extract: extractArticle, force: opts.force }), {
    seedIfEmpty: true,
    seedListsIfEmpty: false,
    log: () => undefined,
  });
  if (opts.json) console.log(JSON.stringify({ feeds: reports }, null, 2));
  else for (const r of reports) console.log(describeReport(r));
  if (reports.some((r) => r.status === 'error')) process.exitCode = 1;
}

/** One line per feed: what happened and how many articles and candidates were queued. */
export function describeReport(r: FeedReport): string {
  const name = r.name ? `${r.name} (${r.feed})` : r.feed;
  if (r.status === 'error') return `${name}: error: ${r.error}`;
  if (r.status === 'skipped') return `${name}: skipped (polled less than its interval ago; --force to poll now)`;
  if (r.status === 'not_modified') return `${name}: not modified since the last poll`;
  const failed = r.failedArticles.map((f) => `\n  article failed: ${f.url}: ${f.error}`).join('');
  return `${name}: ${r.items} items, ${r.known} known, ${r.queued} queued (${r.duplicates} duplicates), ${r.candidates} new candidates, ${r.attached} added as sources${failed}`;
}
