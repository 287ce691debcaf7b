/**
 * The news-extraction use case: an article (plain text or HTML) and its publication date in,
 * candidate events out, each matched against the store's records when a store is given. Reads
 * only: nothing is written (the review queue decides what becomes a record).
 */
import { extractEvents, matchEvents, patternsFor } from '../analysis/news/index.ts';
import type { NewsExtraction } from '../domain/news/candidate.ts';
import { LeverageError } from '../domain/errors.ts';
import { parsePlainDay } from '../domain/types/edtf-date.ts';
import { articleText, chronoParser, loadNewsLexicon } from '../ingest/news/index.ts';
import type { Store } from '../store/db.ts';
import { loadRegistry } from './read.ts';

export interface ArticleInput {
  text: string;
  contentType?: 'text/plain' | 'text/html';
  published?: string;
  url?: string;
}

/** Candidate events of an article; `text` is the reduced text the offsets refer to. `store` undefined: no matching. */
export async function extractArticle(store: Store | undefined, input: ArticleInput): Promise<NewsExtraction & { text: string; title?: string }> {
  if (input.published !== undefined && !parsePlainDay(input.published)) {
    throw new LeverageError('invalid_value', `published: not a day: ${JSON.stringify(input.published)}`, {
      expected: 'a date such as 2025-09-13',
      location: { column: 'published' },
    });
  }
  const where = input.url ?? 'text';
  const article = articleText(input.text, input.contentType, where);
  const patterns = patternsFor(article.language);
  let events = extractEvents(article.text, {
    published: input.published,
    patterns,
    lexicon: loadNewsLexicon(),
    dateParser: chronoParser(patterns.lang),
  });
  if (store) {
    const registry = await loadRegistry(store);
    events = matchEvents(events, registry);
  }
  return { events, language: article.language, text: article.text, ...(article.title ? { title: article.title } : {}) };
}
