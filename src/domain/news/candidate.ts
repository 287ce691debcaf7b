/**
 * A candidate event found in a news text: the stable contract of `leverage news extract --json`
 * and `POST /api/v1/news/extract` (issue 15). Fields that do not apply to a kind are omitted, never
 * null. Offsets are UTF-16 code-unit offsets into the text the extractor saw (after HTML was
 * reduced to text), so `text.slice(start, end) === sentence`.
 */

export const NEWS_EVENT_KINDS = ['release', 'sanction_change', 'contact', 'arrest', 'recognition', 'statement'] as const;
export type NewsEventKind = (typeof NEWS_EVENT_KINDS)[number];

/** How the event's date was found: written out, resolved from a relative word against the publication date, or only the publication date. */
export type DateBasis = 'explicit' | 'relative' | 'published' | 'unknown';

/** What an extracted event matched among the known records. */
export interface CandidateMatch {
  status: 'matches' | 'may_match' | 'new';
  /** The record it matches or may match (e.g. a release id). */
  id?: string;
  /** For `may_match`: the fields that differ, with the candidate's and the record's values. */
  differences?: Record<string, { candidate: unknown; record: unknown }>;
}

export interface NewsEvent {
  kind: NewsEventKind;
  /** ISO day (YYYY-MM-DD) or a coarser EDTF value (YYYY-MM) when the text is no more precise. */
  date?: string;
  /** For multi-day events (a visit 10–12 September): the last day. */
  date_end?: string;
  date_basis: DateBasis;
  /** How the date was resolved, in words ("'on Saturday' before 2025-09-13 (published)"). */
  date_note?: string;
  count?: number;
  /** For a count given as a bound ("more than 30"): 'at_least' | 'about' | 'at_most'. */
  count_qualifier?: 'exact' | 'at_least' | 'about' | 'at_most';
  /** release: pardon | deportation | exchange | amnesty | release; contact: visit | call | meeting | letter | talks. */
  mode?: string;
  /** sanction_change: issuing authority (US, EU, UK, UN, CA, CH, …). */
  issuer?: string;
  /** sanction_change: impose | expand | extend | ease | lift | delist. */
  action?: string;
  target?: string;
  /** contact: the two sides (country codes where known, else names). */
  from?: string;
  to?: string;
  /** Named people (release: the freed; contact: the envoy; arrest: the arrested; statement: the speaker). */
  who?: string[];
  /** release: the other side of an exchange or the country that received the people. */
  counterparts?: string[];
  /** recognition: the running total and who counts. */
  total?: number;
  counter?: string;
  /** statement: what it was about. */
  about?: string;
  /** An earlier event recalled, not the news of this text. */
  background: boolean;
  /** A promise, offer or threat, not the change itself. */
  offer: boolean;
  sentence: string;
  start: number;
  end: number;
  /** 0..1. */
  confidence: number;
  /** Which pattern fired, in words. */
  why: string;
  /** Detected language of the text (ISO 639-1). */
  language?: string;
  match?: CandidateMatch;
}

export interface NewsExtraction {
  events: NewsEvent[];
  /** Language detected for the whole text (ISO 639-1), or 'und'. */
  language?: string;
}
