/** `leverage lists update [SOURCE…]`: a thin shell over `updateLists` (src/app/lists-update.ts). */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { describeUpdate, updateLists, webhooksFromEnv, type Store } from '../app/index.ts';
import { cliActor } from './run.ts';

export function registerListsUpdateCommand(lists: Command, withListsStore: (work: (store: Store) => Promise<void>) => Promise<void>): void {
  lists
    .command('update')
    .description(
      'download the official lists (data/lists/sources.json) with conditional GET, import what changed, print the changes per programme; webhooks from LEVERAGE_WEBHOOK_URL/SECRET',
    )
    .argument('[sources...]', 'source ids or list sources (default: every enabled source)')
    .option('--sources <file>', 'another sources file (default LEVERAGE_LIST_SOURCES, else data/lists/sources.json)')
    .option('--timeout <seconds>', 'time budget per request (default: the source’s, else 120)')
    .option('--json', 'one JSON line per source')
    .action((names: string[], opts: { sources?: string; timeout?: string; json?: boolean }) =>
      withListsStore(async (store) => {
        const bars =
          process.stderr.isTTY && !opts.json
            ? new cliProgress.MultiBar({ stream: process.stderr, format: '{source} [{bar}] {value}/{total} bytes', clearOnComplete: true })
            : undefined;
        const open = new Map<string, cliProgress.SingleBar>();
        const outcome = await updateLists(store, cliActor(), {
          names,
          sourcesFile: opts.sources,
          timeoutMs: opts.timeout ? Number(opts.timeout) * 1000 : undefined,
          webhooks: webhooksFromEnv(process.env),
          onProgress: bars
            ? (source, url, received, total) => {
                let bar = open.get(url);
                if (!bar) open.set(url, (bar = bars.create(total || received, 0, { source })));
                if (!total) bar.setTotal(received);
                bar.update(received, { source });
              }
            : undefined,
        }).finally(() => bars?.stop());
        if (!outcome.ran) console.log('another process is updating the lists; nothing done');
        for (const u of outcome.sources) {
          if (opts.json) console.log(JSON.stringify(u));
          else for (const line of describeUpdate(u)) console.log(line);
        }
        if (outcome.sources.some((u) => u.status === 'failed')) process.exitCode = 1;
      }),
    );
}
