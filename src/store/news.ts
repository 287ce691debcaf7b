/**
 * The news review queue's SQL (migration 0008_news.sql): articles kept once by URL and content
 * hash, candidates with their sources, decisions kept in order for undo, citations added to
 * records, and the conditional-GET state of watched feeds. Callers pass a transaction.
 */
import type { NewsEvent } from '../domain/news/candidate.ts';
import type { RecordKind } from '../domain/schema/index.ts';
import type { Queryable } from './db.ts';
import { tableFor } from './tables.ts';

export const CANDIDATE_STATUSES = ['pending', 'accepted', 'rejected', 'merged', 'snoozed'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export type ArticleRow = {
  id: string;
  url: string | null;
  published: string | null;
  title: string | null;
  text: string;
  content_hash: string;
  language: string | null;
  fetched_at: string;
  feed: string | null;
  submitted_by: string;
};

export interface NewArticle {
  url?: string;
  published?: string;
  title?: string;
  text: string;
  contentHash: string;
  language?: string;
  feed?: string;
  submittedBy: string;
}

/** The fields of a candidate that a decision changes (and undo restores). */
export type CandidateState = {
  status: CandidateStatus;
  snooze_until: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  record_kind: string | null;
  record_id: string | null;
  record_created: boolean | null;
};

export type CandidateRow = CandidateState & {
  id: string;
  article_id: string;
  kind: string;
  event_key: string;
  event: NewsEvent;
  created_at: string;
};

/** A source of a candidate: the article and the event as that article told it. */
export type CandidateSourceRow = {
  candidate_id: string;
  article_id: string;
  event: NewsEvent;
  url: string | null;
  title: string | null;
  published: string | null;
};

const ARTICLE_COLUMNS = `id::text, url, published, title, text, content_hash, language, fetched_at::text, feed, submitted_by`;
const CANDIDATE_COLUMNS = `id::text, article_id::text, kind, event_key, event, status, snooze_until::text, reason, decided_by, decided_at::text,
  record_kind, record_id, record_created, created_at::text`;

/** The stored article with this URL or this content hash (the URL wins), or undefined. */
export async function findArticle(db: Queryable, url: string | undefined, contentHash: string): Promise<ArticleRow | undefined> {
  const rows = await db.query<ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM news_article WHERE ($1::text IS NOT NULL AND url = $1) OR content_hash = $2
     ORDER BY (url IS NOT DISTINCT FROM $1) DESC LIMIT 1`,
    [url ?? null, contentHash],
  );
  return rows[0];
}

export async function getArticle(db: Queryable, id: string): Promise<ArticleRow | undefined> {
  return (await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM news_article WHERE id = $1::bigint`, [id]))[0];
}

export async function insertArticle(db: Queryable, a: NewArticle): Promise<ArticleRow> {
  const [row] = await db.query<ArticleRow>(
    `INSERT INTO news_article (url, published, title, text, content_hash, language, feed, submitted_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${ARTICLE_COLUMNS}`,
    [a.url ?? null, a.published ?? null, a.title ?? null, a.text, a.contentHash, a.language ?? null, a.feed ?? null, a.submittedBy],
  );
  return row!;
}

/** The candidate that already stands for an event with this key (the oldest), or undefined. */
export async function candidateWithKey(db: Queryable, eventKey: string): Promise<CandidateRow | undefined> {
  return (await db.query<CandidateRow>(`SELECT ${CANDIDATE_COLUMNS} FROM news_candidate WHERE event_key = $1 ORDER BY id LIMIT 1`, [eventKey]))[0];
}

export async function insertCandidate(db: Queryable, articleId: string, eventKey: string, event: NewsEvent): Promise<CandidateRow> {
  const [row] = await db.query<CandidateRow>(
    `INSERT INTO news_candidate (article_id, kind, event_key, event) VALUES ($1::bigint, $2, $3, $4::jsonb) RETURNING ${CANDIDATE_COLUMNS}`,
    [articleId, event.kind, eventKey, JSON.stringify(event)],
  );
  await attachSource(db, row!.id, articleId, event);
  return row!;
}

/** Adds an article as a source of a candidate; false when it was one already. */
export async function attachSource(db: Queryable, candidateId: string, articleId: string, event: NewsEvent): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO news_candidate_source (candidate_id, article_id, event) VALUES ($1::bigint, $2::bigint, $3::jsonb)
     ON CONFLICT DO NOTHING RETURNING candidate_id`,
    [candidateId, articleId, JSON.stringify(event)],
  );
  return rows.length > 0;
}

export async function getCandidate(db: Queryable, id: string, forUpdate = false): Promise<CandidateRow | undefined> {
  return (await db.query<CandidateRow>(`SELECT ${CANDIDATE_COLUMNS} FROM news_candidate WHERE id = $1::bigint${forUpdate ? ' FOR UPDATE' : ''}`, [id]))[0];
}

export interface CandidateFilter {
  /** Statuses to list; `pending` includes snoozed candidates whose snooze has ended at `now`. */
  statuses: CandidateStatus[];
  now: string;
  articleId?: string;
  limit: number;
  offset: number;
}

/** Candidates in id order, and how many match in all. */
export async function listCandidates(db: Queryable, f: CandidateFilter): Promise<{ rows: CandidateRow[]; total: number }> {
  const where = `(status = ANY($1::text[]) OR ('pending' = ANY($1::text[]) AND status = 'snoozed' AND snooze_until <= $2::timestamptz))
    AND ($3::bigint IS NULL OR id IN (SELECT candidate_id FROM news_candidate_source WHERE article_id = $3::bigint))`;
  const params = [f.statuses, f.now, f.articleId ?? null];
  const rows = await db.query<CandidateRow>(`SELECT ${CANDIDATE_COLUMNS} FROM news_candidate WHERE ${where} ORDER BY id LIMIT $4 OFFSET $5`, [
    ...params,
    f.limit,
    f.offset,
  ]);
  const [n] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM news_candidate WHERE ${where}`, params);
  return { rows, total: Number(n?.n ?? 0) };
}

/** The sources of these candidates, in article order. */
export async function candidateSources(db: Queryable, candidateIds: string[]): Promise<CandidateSourceRow[]> {
  if (!candidateIds.length) return [];
  return db.query<CandidateSourceRow>(
    `SELECT s.candidate_id::text, s.article_id::text, s.event, a.url, a.title, a.published
     FROM news_candidate_source s JOIN news_article a ON a.id = s.article_id
     WHERE s.candidate_id = ANY($1::bigint[]) ORDER BY s.candidate_id, s.article_id`,
    [candidateIds],
  );
}

/** Sets a candidate's decision fields. */
export async function setCandidateState(db: Queryable, id: string, s: CandidateState): Promise<void> {
  await db.query(
    `UPDATE news_candidate SET status = $2, snooze_until = $3::timestamptz, reason = $4, decided_by = $5, decided_at = $6::timestamptz,
       record_kind = $7, record_id = $8, record_created = $9 WHERE id = $1::bigint`,
    [id, s.status, s.snooze_until, s.reason, s.decided_by, s.decided_at, s.record_kind, s.record_id, s.record_created],
  );
}

/** The decision fields of a candidate row. */
export function candidateState(c: CandidateRow): CandidateState {
  return {
    status: c.status,
    snooze_until: c.snooze_until,
    reason: c.reason,
    decided_by: c.decided_by,
    decided_at: c.decided_at,
    record_kind: c.record_kind,
    record_id: c.record_id,
    record_created: c.record_created,
  };
}

export type DecisionRow = {
  id: string;
  candidate_id: string;
  decision: string;
  actor: string;
  before: CandidateState;
};

export async function insertDecision(db: Queryable, candidateId: string, decision: string, actor: string, before: CandidateState): Promise<void> {
  await db.query(`INSERT INTO news_decision (candidate_id, decision, actor, before) VALUES ($1::bigint, $2, $3, $4::jsonb)`, [
    candidateId,
    decision,
    actor,
    JSON.stringify(before),
  ]);
}

/** The actor's latest decision not yet undone, or undefined. */
export async function lastDecision(db: Queryable, actor: string): Promise<DecisionRow | undefined> {
  return (
    await db.query<DecisionRow>(
      `SELECT id::text, candidate_id::text, decision, actor, before FROM news_decision WHERE actor = $1 AND NOT undone ORDER BY id DESC LIMIT 1 FOR UPDATE`,
      [actor],
    )
  )[0];
}

export async function markUndone(db: Queryable, decisionId: string): Promise<void> {
  await db.query(`UPDATE news_decision SET undone = true WHERE id = $1::bigint`, [decisionId]);
}

/** Adds an article as a citation of a record; false when it was one already. */
export async function addCitation(db: Queryable, kind: string, recordId: string, articleId: string, candidateId: string, actor: string): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO news_citation (record_kind, record_id, article_id, candidate_id, added_by) VALUES ($1, $2, $3::bigint, $4::bigint, $5)
     ON CONFLICT DO NOTHING RETURNING article_id`,
    [kind, recordId, articleId, candidateId, actor],
  );
  return rows.length > 0;
}

/** Removes the citations a candidate added (undo). */
export async function removeCitations(db: Queryable, candidateId: string): Promise<number> {
  return (await db.query(`DELETE FROM news_citation WHERE candidate_id = $1::bigint RETURNING article_id`, [candidateId])).length;
}

export type CitationRow = {
  article_id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  added_by: string;
  added_at: string;
};

/** The articles cited by a record through the queue. */
export async function citationsOf(db: Queryable, kind: string, recordId: string): Promise<CitationRow[]> {
  return db.query<CitationRow>(
    `SELECT c.article_id::text, a.url, a.title, a.published, c.added_by, c.added_at::text
     FROM news_citation c JOIN news_article a ON a.id = c.article_id WHERE c.record_kind = $1 AND c.record_id = $2 ORDER BY c.added_at, c.article_id`,
    [kind, recordId],
  );
}

/** Deletes a record the queue created (undo of an accept); returns the row as it was, or undefined. */
export async function deleteCreatedRecord(db: Queryable, kind: RecordKind, id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.query<{ before: Record<string, unknown> }>(`DELETE FROM ${tableFor(kind)} t WHERE t.id = $1 RETURNING to_jsonb(t.*) AS before`, [id]);
  return row?.before;
}

/** The tables whose rows name a source (migration 0001). */
const SOURCE_USERS = ['release', 'measure', 'contact', 'political_event', 'observation', 'detention_case', 'case_recognition', 'link'];

/** Deletes a source no row names any more (the one an undone accept brought in); true when it went. */
export async function deleteUnusedSource(db: Queryable, sourceId: string): Promise<boolean> {
  const unused = SOURCE_USERS.map((t) => `NOT EXISTS (SELECT 1 FROM ${t} WHERE source_id = $1)`).join(' AND ');
  return (await db.query(`DELETE FROM source WHERE id = $1 AND ${unused} RETURNING id`, [sourceId])).length > 0;
}

/** True when a record id is taken in the kind's table. */
export async function recordIdTaken(db: Queryable, kind: RecordKind, id: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM ${tableFor(kind)} WHERE id = $1`, [id])).length > 0;
}

export type FeedState = {
  feed_url: string;
  etag: string | null;
  last_modified: string | null;
  polled_at: string | null;
  status: string | null;
  error: string | null;
};

export async function getFeedState(db: Queryable, feedUrl: string): Promise<FeedState | undefined> {
  return (
    await db.query<FeedState>(`SELECT feed_url, etag, last_modified, polled_at::text, status, error FROM news_feed_state WHERE feed_url = $1`, [feedUrl])
  )[0];
}

export async function setFeedState(db: Queryable, s: Omit<FeedState, 'polled_at'> & { polled_at: string }): Promise<void> {
  await db.query(
    `INSERT INTO news_feed_state (feed_url, etag, last_modified, polled_at, status, error) VALUES ($1, $2, $3, $4::timestamptz, $5, $6)
     ON CONFLICT (feed_url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, polled_at = EXCLUDED.polled_at,
       status = EXCLUDED.status, error = EXCLUDED.error`,
    [s.feed_url, s.etag, s.last_modified, s.polled_at, s.status, s.error],
  );
}

/** The URLs among `urls` that are stored articles already. */
export async function knownArticleUrls(db: Queryable, urls: string[]): Promise<Set<string>> {
  if (!urls.length) return new Set();
  const rows = await db.query<{ url: string }>(`SELECT url FROM news_article WHERE url = ANY($1::text[])`, [urls]);
  return new Set(rows.map((r) => r.url));
}

/** True when the audit log has a row about this record with an action other than `actions` (an edit, a restore, a re-import). */
export async function recordAuditedBeyond(db: Queryable, kind: string, id: string, actions: string[]): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM audit WHERE record_kind = $1 AND record_id = $2 AND action <> ALL($3::text[]) LIMIT 1`, [kind, id, actions]);
  return rows.length > 0;
}
