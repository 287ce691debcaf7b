/**
 * News commands: `news extract FILE` prints the candidate events of an article (plain text or
 * HTML; `-` reads stdin) with their sentences, dates and matches against the store.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { extractArticle, type ArticleInput, type Store } from '../app/index.ts';
import { LeverageError } from '../domain/errors.ts';
import type { NewsEvent } from '../domain/news/candidate.ts';
import { reportError, withStore } from './run.ts';
import { registerNewsWatch } from './news-watch.ts';

/** The contract's field order (`leverage news extract --json`); other fields follow. */
const ORDER = [
  'kind',
  'date',
  'date_end',
  'date_basis',
  'date_note',
  'count',
  'count_qualifier',
  'issuer',
  'action',
  'target',
  'from',
  'to',
  'who',
  'mode',
] as const;

/** An event as the contract prints it: contract fields first, undefined fields left out. */
export function contractEvent(e: NewsEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (e[k] !== undefined) out[k] = e[k];
  for (const [k, v] of Object.entries(e)) if (v !== undefined && !(k in out)) out[k] = v;
  return out;
}

export function registerNewsCommands(program: Command): void {
  const news = program.command('news').description('news articles: extract candidate events (releases, sanction changes, contacts, arrests, recognitions)');
  news
    .command('extract')
    .description('print the candidate events of an article (.txt or .html; - reads stdin)')
    .argument('<file>', 'the article, or - for stdin')
    .option('--published <YYYY-MM-DD>', 'publication date: relative dates ("on Saturday") are resolved against it')
    .option('--url <url>', 'where the article was published')
    .option('--json', 'print {"events":[…]} as JSON')
    .option('--no-match', 'do not compare with the records in the store')
    .action((file: string, opts: { published?: string; url?: string; json?: boolean; match: boolean }) => runExtract(file, opts).catch(reportError));
  registerNewsWatch(news);
}

async function runExtract(file: string, opts: { published?: string; url?: string; json?: boolean; match: boolean }): Promise<void> {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw new LeverageError('bad_input', `cannot read the article: ${(err as Error).message}`, { location: { file } });
  }
  const input: ArticleInput = { text, published: opts.published, url: opts.url };
  if (/\.html?$/i.test(file)) input.contentType = 'text/html';
  else if (/\.txt$/i.test(file)) input.contentType = 'text/plain';
  const run = (store: Store | undefined) => extractArticle(store, input);
  const result = opts.match ? await withStore(run, { seedIfEmpty: true, seedListsIfEmpty: false, log: () => undefined }) : await run(undefined);
  if (opts.json) {
    console.log(JSON.stringify({ events: result.events.map(contractEvent) }, null, 2));
    return;
  }
  console.log(`${result.title ? `${result.title}\n` : ''}language ${result.language ?? 'und'}, ${result.events.length} candidate event(s)`);
  for (const e of result.events) {
    const flags = [e.offer ? 'OFFER' : '', e.background ? 'BACKGROUND' : ''].filter(Boolean).join(' ');
    const facts = [
      e.count !== undefined ? `count ${e.count_qualifier && e.count_qualifier !== 'exact' ? `${e.count_qualifier} ` : ''}${e.count}` : '',
      e.mode ? `mode ${e.mode}` : '',
      e.issuer ? `issuer ${e.issuer}` : '',
      e.action ? `action ${e.action}` : '',
      e.target ? `target ${e.target}` : '',
      e.from ? `${e.from} → ${e.to ?? '?'}` : '',
      e.total !== undefined ? `total ${e.total}` : '',
      e.counter ? `counter ${e.counter}` : '',
      e.who?.length ? `who ${e.who.join(', ')}` : '',
    ].filter(Boolean);
    const match = e.match ? (e.match.status === 'new' ? 'new' : `${e.match.status} ${e.match.id}`) : '';
    console.log(`\n${e.kind.padEnd(16)} ${(e.date ?? '?').padEnd(10)}${e.date_end ? `..${e.date_end}` : ''} (${e.date_basis}) ${flags}`);
    if (facts.length) console.log(`  ${facts.join('; ')}`);
    console.log(`  [${e.start}-${e.end}] ${e.sentence.length > 160 ? `${e.sentence.slice(0, 157)}…` : e.sentence}`);
    console.log(`  confidence ${e.confidence}; ${e.why}${match ? `; ${match}` : ''}`);
    if (e.date_note) console.log(`  date: ${e.date_note}`);
  }
}
