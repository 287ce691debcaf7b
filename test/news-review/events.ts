/** Candidate events and articles for the queue tests, written for them (no real article is quoted). */
import type { NewsEvent } from '../../src/domain/news/candidate.ts';

export const ARTICLE_TEXT =
  'The authorities freed 14 political prisoners on Saturday, their lawyers said. ' +
  'The Treasury eased sanctions on the national airline the same day. ' +
  'One of them had been arrested in 2020 during the protests.';

/** An event found in `text` at the first occurrence of `sentence`, with the rest given. */
export function eventIn(text: string, sentence: string, fields: Partial<NewsEvent> & Pick<NewsEvent, 'kind'>): NewsEvent {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`not in the text: ${sentence}`);
  return {
    date_basis: 'relative',
    background: false,
    offer: false,
    confidence: 0.9,
    why: 'test',
    sentence,
    start,
    end: start + sentence.length,
    ...fields,
  };
}

export const RELEASE = eventIn(ARTICLE_TEXT, 'The authorities freed 14 political prisoners on Saturday, their lawyers said.', {
  kind: 'release',
  date: '2026-05-09',
  date_note: "'on Saturday' before 2026-05-11 (published)",
  count: 14,
  mode: 'pardon',
});

export const EASING = eventIn(ARTICLE_TEXT, 'The Treasury eased sanctions on the national airline the same day.', {
  kind: 'sanction_change',
  date: '2026-05-09',
  issuer: 'US',
  action: 'ease',
  target: 'the national airline',
});

export const BACKGROUND = eventIn(ARTICLE_TEXT, 'One of them had been arrested in 2020 during the protests.', {
  kind: 'arrest',
  date: '2020',
  date_basis: 'explicit',
  count: 1,
  background: true,
});

export const EXTRACTION = { language: 'en', events: [RELEASE, EASING, BACKGROUND] };
