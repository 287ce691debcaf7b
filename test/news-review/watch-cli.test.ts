/**
 * `leverage news watch` as a command (commander, an embedded store on disk, the local feed
 * server), and the server's opt-in schedule (mocked interval timer, real polls).
 */
import { after, before, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { startNewsSchedule, type Store } from '../../src/app/index.ts';
import { registerNewsCommands } from '../../src/cli/news.ts';
import { onPostgres, openTestStore, testSchema } from '../helpers/store.ts';
import { EXTRACT } from './extract.ts';
import { startFeedServer, type FeedServer } from './feed-server.ts';

let feeds: FeedServer;
let dir: string;
before(async () => {
  feeds = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), 'leverage-news-watch-'));
});
after(async () => {
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ out: string; err: string; exitCode: number }> {
  const program = new Command('leverage').exitOverride();
  registerNewsCommands(program); // the real `news` group: extract and watch
  const out: string[] = [];
  const err: string[] = [];
  const log = mock.method(console, 'log', (...a: unknown[]) => void out.push(a.join(' ')));
  const error = mock.method(console, 'error', (...a: unknown[]) => void err.push(a.join(' ')));
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'leverage', 'news', 'watch', ...args]);
    // The action's promise is not awaited by commander when it catches: let it finish.
    for (let i = 0; i < 600 && !out.length && !err.length; i++) await new Promise((r) => setTimeout(r, 50));
  } finally {
    log.mock.restore();
    error.mock.restore();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out: out.join('\n'), err: err.join('\n'), exitCode };
}

test('news watch --config: one line per feed; a failing feed makes the exit code 1; a bad configuration names the file and field', async () => {
  const env = { ...process.env };
  if (onPostgres) process.env.LEVERAGE_PG_SCHEMA = testSchema('news_review_watch_cli');
  else process.env.LEVERAGE_DATA_DIR = join(dir, 'data');
  try {
    if (onPostgres) await (await openTestStore('news_review_watch_cli')).close();
    const config = join(dir, 'watch.json');
    writeFileSync(config, JSON.stringify({ feeds: [{ url: `${feeds.base}/feeds/rss.xml`, name: 'wire' }, `${feeds.base}/feeds/error.xml`], politeDelayMs: 0 }));
    const first = await run(['--config', config]);
    assert.match(first.out, /^wire \(http:\/\/127\.0\.0\.1:\d+\/feeds\/rss\.xml\): 2 items, 0 known, 2 queued/m);
    assert.match(first.out, /error\.xml: error: HTTP 500/);
    assert.equal(first.exitCode, 1);
    const json = await run(['--config', config, '--json', '--force']);
    const reports = JSON.parse(json.out).feeds as { status: string }[];
    assert.deepEqual(
      reports.map((r) => r.status),
      ['not_modified', 'error'],
    );
    writeFileSync(config, '{"feeds":[{"url":"gopher://x"}]}');
    const bad = await run(['--config', config]);
    assert.match(bad.err, /watch\.json:feeds\[0\]\.url: feeds\[0\]\.url must be an http\(s\) URL/);
    assert.equal(bad.exitCode, 1);
  } finally {
    process.env = env;
  }
});

test('the server schedule: off without a configuration or without scheduleMinutes; on, it polls every scheduleMinutes', async () => {
  const store: Store = await openTestStore('news_review_schedule');
  try {
    const logs: string[] = [];
    const log = (m: string) => void logs.push(m);
    assert.equal(startNewsSchedule(store, undefined, EXTRACT, log)(), undefined);
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, JSON.stringify({ feeds: [`${feeds.base}/feeds/atom.xml`] }));
    startNewsSchedule(store, plain, EXTRACT, log)();
    assert.deepEqual(logs, []);
    const scheduled = join(dir, 'scheduled.json');
    writeFileSync(scheduled, JSON.stringify({ feeds: [`${feeds.base}/feeds/atom.xml`], scheduleMinutes: 10, politeDelayMs: 0 }));
    mock.timers.enable({ apis: ['setInterval'] });
    const stop = startNewsSchedule(store, scheduled, EXTRACT, log);
    try {
      assert.match(logs[0]!, /1 feeds every 10 minutes/);
      mock.timers.tick(9 * 60_000);
      await new Promise((r) => setImmediate(r));
      assert.equal(logs.length, 1, 'nothing before the interval');
      mock.timers.tick(60_000);
      for (let i = 0; i < 200 && logs.length < 2; i++) await new Promise((r) => setImmediate(r));
      for (let i = 0; i < 100 && logs.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
      assert.equal(logs[1], 'news watch polled');
      const [row] = await store.query<{ actor: string }>(`SELECT actor FROM audit WHERE action = 'news.watch'`);
      assert.equal(row!.actor, 'news-watch');
    } finally {
      stop();
      mock.timers.reset();
    }
    writeFileSync(scheduled, '{"feeds":[],"scheduleMinutes":10}');
    assert.throws(
      () => startNewsSchedule(store, scheduled, EXTRACT, log),
      (e: Error & { describe?: () => string }) => /scheduled\.json:feeds: /.test(e.describe?.() ?? ''),
    );
  } finally {
    await store.close();
  }
});
