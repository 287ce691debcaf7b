/** `leverage lists update [SOURCE…]`: a thin shell over `updateLists` (src/app/lists-update.ts). */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { NO_PROGRAMME, updateLists, webhooksFromEnv, type SourceUpdate, type Store } from '../app/index.ts';
import { cliActor } from './run.ts';

/** The lines `lists update` prints for one source (also used by the server's scheduled runs in its log). */
export function describeUpdate(u: SourceUpdate): string[] {
  if (u.status === 'failed') return [`failed ${u.id}: ${u.detail}`];
  if (u.status === 'unchanged') return [`unchanged ${u.id}: ${u.detail}${u.snapshot ? ` (snapshot ${u.snapshot})` : ''}`];
  const lines = [`imported ${u.id}: ${u.snapshot} published ${u.published ?? '?'}, ${u.entities} entities${u.detail ? ` (${u.detail})` : ''}`];
  if (!u.changes) lines.push('  first snapshot from this source: nothing to compare');
  else {
    const c = u.changes;
    lines.push(`  ${c.snapshotA} → ${c.snapshotB}: designated ${c.designated}, delisted ${c.delisted}, amended ${c.amended}`);
    for (const [p, n] of Object.entries(c.byProgramme).sort(([a], [b]) => (a === NO_PROGRAMME ? 1 : b === NO_PROGRAMME ? -1 : a < b ? -1 : 1)))
      lines.push(`  ${p}: +${n.designated} -${n.delisted} ~${n.amended}`);
  }
  return lines;
}

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
