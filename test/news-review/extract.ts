/** The extractor the watch tests use: the real one once h-news is merged (a stand-in until then). */
import type { Extractor } from '../../src/app/news-queue-watch.ts';
import type { NewsEvent } from '../../src/domain/news/candidate.ts';

export const EXTRACT: Extractor = async (_store, input) => {
  const text =
    input.contentType === 'text/html'
      ? input.text
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
      : input.text;
  const events: NewsEvent[] = [];
  for (const m of text.matchAll(/[^.]*\b(freed|detained|met)\b[^.]*\./g)) {
    const sentence = m[0].trim();
    const start = text.indexOf(sentence);
    const kind = m[1] === 'freed' ? 'release' : m[1] === 'detained' ? 'arrest' : 'contact';
    events.push({
      kind,
      date: input.published,
      date_basis: 'published',
      background: false,
      offer: false,
      sentence,
      start,
      end: start + sentence.length,
      confidence: 0.5,
      why: 'stand-in',
      count: Number(/\d+/.exec(sentence)?.[0] ?? 1),
    });
  }
  return { events, language: 'en', text };
};
