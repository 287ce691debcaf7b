/** News extraction (pure): sentences, counts, dates, per-language patterns, events, matching. */
export { splitSentences, type Sentence } from './sentences.ts';
export { findCounts, type FoundCount, type CountQualifier, type NumberWords } from './counts.ts';
export { findDates, type DateParser, type ParsedDate, type FoundDate, type DateWords } from './dates.ts';
export { extractEvents, type ExtractOptions } from './extract.ts';
export { mergeEvents, sameEvent } from './merge.ts';
export { LANGUAGES, patternsFor } from './lang/index.ts';
export type { LanguagePatterns, NewsLexicon } from './patterns.ts';
export { matchEvent, matchEvents, MATCH_WINDOW_DAYS, type KnownRecords } from './match.ts';
