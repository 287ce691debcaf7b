/**
 * Use case: an editor submits an article (pasted or uploaded text, or HTML) with its date and
 * URL; it is extracted and its candidate events are queued (news-queue.ts). Extraction runs
 * before the write, so the transaction holds no parsing.
 */
import type { Store } from '../store/db.ts';
import { authorise, type Actor } from './actor.ts';
import { listQueue, queueArticle, type QueueItem, type QueueOutcome } from './news-queue.ts';
import type { Extractor } from './news-queue-watch.ts';

export interface ArticleSubmission {
  text: string;
  contentType?: 'text/plain' | 'text/html';
  /** ISO day of publication: relative dates ("on Saturday") are resolved against it. */
  published?: string;
  url?: string;
  /** A title to keep when the text has none (HTML gives its own). */
  title?: string;
}

/** Extracts and queues an article; returns what was queued and the article's candidates as the queue shows them. */
export async function submitArticle(
  store: Store,
  actor: Actor,
  input: ArticleSubmission,
  extract: Extractor,
): Promise<QueueOutcome & { candidates: QueueItem[] }> {
  authorise(actor, 'edit', 'submit news articles');
  const extraction = await extract(store, { text: input.text, contentType: input.contentType, published: input.published, url: input.url });
  const title = extraction.title ?? input.title;
  const outcome = await queueArticle(
    store,
    actor,
    {
      text: extraction.text,
      ...(input.url ? { url: input.url } : {}),
      ...(input.published ? { published: input.published } : {}),
      ...(title ? { title } : {}),
    },
    extraction,
  );
  const { items } = await listQueue(store, actor, { status: 'all', article: outcome.article.id, limit: 500 });
  return { ...outcome, candidates: items };
}
