/**
 * Use cases of the news review queue: put an article and its candidate events in the queue, and
 * read the queue. An article is stored once (by URL, and by the hash of its text); an event that
 * another article told already joins that candidate as a further source instead of becoming a
 * second candidate. Background mentions (earlier events recalled) are not queued. The decisions
 * on candidates are in news-queue-decide.ts. Reading the queue is for editors: it holds
 * unreviewed material.
 */
import { createHash } from 'node:crypto';
import { LeverageError } from '../domain/errors.ts';
import type { NewsEvent, NewsExtraction } from '../domain/news/candidate.ts';
import { recordKindByName } from '../domain/schema/index.ts';
import { isUniqueViolation, type Queryable, type Store } from '../store/db.ts';
import {
  CANDIDATE_STATUSES,
  attachSource,
  candidateSources,
  candidateWithKey,
  findArticle,
  getArticle,
  insertArticle,
  insertCandidate,
  listCandidates,
  addCitation,
  type ArticleRow,
  type CandidateRow,
  type CandidateStatus,
} from '../store/news.ts';
import { authorise, type Actor } from './actor.ts';
import { draftRecord, eventKey, type QueueRecordKind } from './news-queue-record.ts';
import { write } from './write.ts';

/** An article to queue: its reduced text (the one the events' offsets refer to) and what is known of it. */
export interface QueuedArticleInput {
  text: string;
  url?: string;
  /** ISO day of publication. */
  published?: string;
  title?: string;
  language?: string;
  /** The feed it came from (news watch). */
  feed?: string;
}

export interface QueueOutcome {
  article: ArticleView;
  /** True when the article (same URL or same text) was stored already: nothing new was queued. */
  duplicate: boolean;
  /** Candidates created for this article. */
  created: string[];
  /** Existing candidates this article was added to as a further source. */
  attached: string[];
  /** Background mentions left out of the queue. */
  background: number;
}

export interface ArticleView {
  id: string;
  url?: string;
  published?: string;
  title?: string;
  language?: string;
  feed?: string;
  fetchedAt: string;
  submittedBy: string;
}

/** The hex SHA-256 of an article's text, after line endings and outer whitespace are made plain. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

export function articleView(a: ArticleRow): ArticleView {
  return {
    id: a.id,
    ...(a.url ? { url: a.url } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.title ? { title: a.title } : {}),
    ...(a.language ? { language: a.language } : {}),
    ...(a.feed ? { feed: a.feed } : {}),
    fetchedAt: a.fetched_at,
    submittedBy: a.submitted_by,
  };
}

const MAX_TEXT = 2_000_000;

function checkArticle(a: QueuedArticleInput): void {
  if (typeof a.text !== 'string' || !a.text.trim()) throw new LeverageError('missing_field', 'the article has no text', { location: { column: 'text' } });
  if (a.text.length > MAX_TEXT) throw new LeverageError('invalid_value', `the article is longer than ${MAX_TEXT} characters`, { location: { column: 'text' } });
  if (a.url !== undefined && !/^https?:\/\/\S+$/i.test(a.url))
    throw new LeverageError('invalid_value', `the article URL ${JSON.stringify(a.url.slice(0, 80))} is not an http(s) URL`, { location: { column: 'url' } });
  if (a.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(a.published))
    throw new LeverageError('invalid_value', `published ${JSON.stringify(a.published.slice(0, 40))} is not a day`, {
      location: { column: 'published' },
      expected: 'YYYY-MM-DD',
    });
}

/**
 * Stores the article and queues its events (already extracted), in the caller's transaction.
 * For `write` users: `queueArticle` below; `news watch` queues a feed's articles in one write.
 */
export async function queueInTransaction(tx: Queryable, actor: Actor, input: QueuedArticleInput, extraction: NewsExtraction): Promise<QueueOutcome> {
  checkArticle(input);
  const hash = contentHash(input.text);
  const found = await findArticle(tx, input.url, hash);
  if (found) return { article: articleView(found), duplicate: true, created: [], attached: [], background: 0 };
  const article = await insertArticle(tx, {
    ...input,
    language: input.language ?? extraction.language,
    contentHash: hash,
    submittedBy: actor.id,
  });
  const out: QueueOutcome = { article: articleView(article), duplicate: false, created: [], attached: [], background: 0 };
  for (const event of extraction.events) {
    if (event.background) {
      out.background++;
      continue;
    }
    const key = eventKey(event);
    const existing = await candidateWithKey(tx, key);
    if (existing) {
      if (await attachSource(tx, existing.id, article.id, event)) out.attached.push(existing.id);
      // A candidate already decided into a record: the new article cites that record too.
      if (existing.record_kind && existing.record_id && (existing.status === 'accepted' || existing.status === 'merged'))
        await addCitation(tx, existing.record_kind, existing.record_id, article.id, existing.id, actor.id);
    } else {
      out.created.push((await insertCandidate(tx, article.id, key, event)).id);
    }
  }
  return out;
}

/** Stores an article and queues its extracted events, as one audited write (editors). */
export async function queueArticle(store: Store, actor: Actor, input: QueuedArticleInput, extraction: NewsExtraction): Promise<QueueOutcome> {
  const attempt = () =>
    write(store, actor, { permission: 'edit', action: 'news.submit', what: 'submit news articles' }, async (tx) => {
      const result = await queueInTransaction(tx, actor, input, extraction);
      const { article, duplicate, created, attached, background } = result;
      return { result, audit: { article: article.id, url: article.url ?? null, duplicate, created, attached, background } };
    });
  // Two editors (or a watch run and an editor) may submit the same article, or articles telling the
  // same event, at the same moment: on PostgreSQL both transactions find nothing, and the second
  // insert breaks a unique key once the first commits. Its transaction is rolled back whole; run
  // again, it sees the committed rows and becomes a duplicate or a further source.
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isUniqueViolation(err) || tries >= 3) throw err;
    }
  }
}

/** A candidate as the queue shows it. */
export interface QueueItem {
  id: string;
  status: CandidateStatus;
  kind: string;
  event: NewsEvent;
  /** The articles that told it, first one first, each with the event as it told it. */
  sources: { article: string; url?: string; title?: string; published?: string; sentence: string; start: number; end: number }[];
  /** The record it would become, and the required fields the event could not give. */
  draft: { kind: QueueRecordKind; record: Record<string, unknown>; missing: string[] };
  decision?: { by: string; at: string; reason?: string; snoozeUntil?: string; record?: { kind: string; id: string; created: boolean } };
}

export interface QueueQuery {
  /** Default: pending (with snoozed candidates whose time has come). */
  status?: CandidateStatus | 'all';
  article?: string;
  limit?: number;
  offset?: number;
  /** The clock, for snoozes (default: now). */
  now?: Date;
}

/** The queue, oldest candidate first, with each candidate's sources and draft record. */
export async function listQueue(store: Store, actor: Actor, q: QueueQuery = {}): Promise<{ items: QueueItem[]; total: number }> {
  authorise(actor, 'edit', 'read the news review queue');
  const status = q.status ?? 'pending';
  if (status !== 'all' && !CANDIDATE_STATUSES.includes(status))
    throw new LeverageError('invalid_value', `no queue status "${status}"`, {
      location: { column: 'status' },
      expected: [...CANDIDATE_STATUSES, 'all'].join(', '),
    });
  const { rows, total } = await listCandidates(store, {
    statuses: status === 'all' ? [...CANDIDATE_STATUSES] : [status],
    now: (q.now ?? new Date()).toISOString(),
    articleId: q.article,
    limit: Math.min(Math.max(q.limit ?? 100, 1), 500),
    offset: Math.max(q.offset ?? 0, 0),
  });
  return { items: await toItems(store, rows), total };
}

async function toItems(db: Queryable, rows: CandidateRow[]): Promise<QueueItem[]> {
  const sources = await candidateSources(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((c) => {
    const own = sources.filter((s) => s.candidate_id === c.id);
    const first = own.find((s) => s.article_id === c.article_id) ?? own[0];
    const draft = draftRecord(c.event, { url: first?.url ?? null, published: first?.published ?? null, title: first?.title ?? null });
    const kind = recordKindByName(draft.kind)!;
    const missing = kind.fields.filter((f) => f.required && draft.record[f.name] === undefined).map((f) => f.name);
    return {
      id: c.id,
      status: c.status,
      kind: c.kind,
      event: c.event,
      sources: own.map((s) => ({
        article: s.article_id,
        ...(s.url ? { url: s.url } : {}),
        ...(s.title ? { title: s.title } : {}),
        ...(s.published ? { published: s.published } : {}),
        sentence: s.event.sentence,
        start: s.event.start,
        end: s.event.end,
      })),
      draft: { ...draft, missing },
      ...(c.decided_by
        ? {
            decision: {
              by: c.decided_by,
              at: c.decided_at!,
              ...(c.reason ? { reason: c.reason } : {}),
              ...(c.snooze_until ? { snoozeUntil: c.snooze_until } : {}),
              ...(c.record_kind && c.record_id ? { record: { kind: c.record_kind, id: c.record_id, created: Boolean(c.record_created) } } : {}),
            },
          }
        : {}),
    };
  });
}

/** One article with its text and every candidate it is a source of (editors). */
export async function readArticle(store: Store, actor: Actor, id: string): Promise<{ article: ArticleView & { text: string }; candidates: QueueItem[] }> {
  authorise(actor, 'edit', 'read queued news articles');
  if (!/^\d{1,18}$/.test(id)) throw new LeverageError('not_found', `no news article "${id.slice(0, 40)}"`, { location: { column: 'id' } });
  const a = await getArticle(store, id);
  if (!a) throw new LeverageError('not_found', `no news article ${id}`, { location: { column: 'id' } });
  const { rows } = await listCandidates(store, { statuses: [...CANDIDATE_STATUSES], now: new Date().toISOString(), articleId: id, limit: 1000, offset: 0 });
  return { article: { ...articleView(a), text: a.text }, candidates: await toItems(store, rows) };
}
