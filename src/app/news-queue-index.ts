/** The news review queue's public surface (listed once here, exported by src/app/index.ts). */
export {
  queueArticle,
  queueInTransaction,
  listQueue,
  readArticle,
  contentHash,
  type QueuedArticleInput,
  type QueueOutcome,
  type QueueItem,
  type QueueQuery,
  type ArticleView,
} from './news-queue.ts';
export { decideCandidate, decideMany, undoDecision, recordCitations, type Decision, type DecisionOutcome } from './news-queue-decide.ts';
export { draftRecord, eventKey, recordKindFor, evidenceOf, publisherOf, type QueueRecordKind } from './news-queue-record.ts';
export { CANDIDATE_STATUSES, type CandidateStatus, type CitationRow } from '../store/news.ts';
export { watchFeeds, type Extractor, type WatchOptions, type FeedReport } from './news-queue-watch.ts';
export { submitArticle, type ArticleSubmission } from './news-queue-submit.ts';
export { startNewsSchedule, NEWS_WATCHER } from './news-queue-schedule.ts';
export { readWatchConfig, parseFeed, WATCH_DEFAULTS, type WatchConfig, type WatchedFeed, type Feed, type FeedItem } from '../ingest/news/feeds.ts';
