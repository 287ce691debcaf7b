/**
 * The news review queue over HTTP (`/api/v1/news/…`), for editors: submit an article (extracted,
 * then queued), read an article with its candidates, list the queue, decide one candidate or
 * several, undo one's last decision. The use cases in src/app check the role again, write in
 * one transaction and audit every decision. Citations added by the queue are public.
 * With `LEVERAGE_NEWS_WATCH` naming a watch configuration that sets `scheduleMinutes`, the
 * server also polls the configured feeds on that schedule (src/app/news-queue-schedule.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import {
  CANDIDATE_STATUSES,
  decideCandidate,
  decideMany,
  extractArticle,
  listQueue,
  readArticle,
  recordCitations,
  startNewsSchedule,
  submitArticle,
  undoDecision,
  type Decision,
  type Extractor,
} from '../../app/index.ts';
import { RECORD_KINDS } from '../../domain/schema/index.ts';

const tags = ['news review'];
const id = { type: 'string', pattern: '^\\d{1,18}$' } as const;
const words = { type: 'string', maxLength: 2000 } as const;
const KIND_NAMES = RECORD_KINDS.map((k) => k.name);

export interface NewsQueueRouteOptions {
  /** The extractor (default: the rules of src/app/news-extract.ts). */
  extract?: Extractor;
  /** A watch configuration file to poll on its schedule (default: LEVERAGE_NEWS_WATCH; absent: no schedule). */
  watchConfig?: string;
}

export default async function newsQueueRoutes(app: FastifyInstance, opts: NewsQueueRouteOptions = {}): Promise<void> {
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const extract = opts.extract ?? extractArticle;

  api.post(
    '/api/v1/news/articles',
    {
      config: { needs: 'edit' },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Submit an article (editor): its candidate events are extracted and queued for review',
        description:
          'The text is plain text or HTML (reduced to its article text first). Relative dates are resolved against `published`. An article already stored (same URL, or same text) is not queued twice: `duplicate` is true.',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: {
            text: { type: 'string', minLength: 1, maxLength: 5_000_000 },
            contentType: { type: 'string', enum: ['text/plain', 'text/html'] },
            published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' },
            url: { type: 'string', maxLength: 2000, pattern: '^https?://\\S+$' },
            title: { type: 'string', maxLength: 500 },
          },
        },
      },
    },
    async (request, reply) => {
      const out = await submitArticle(app.store, request.actor, request.body, extract);
      return reply.code(out.duplicate ? 200 : 201).send(out);
    },
  );

  api.get(
    '/api/v1/news/articles/:id',
    {
      config: { needs: 'edit' },
      schema: { tags, summary: 'An article with its text and candidates (editor)', params: { type: 'object', properties: { id }, required: ['id'] } },
    },
    async (request) => readArticle(app.store, request.actor, request.params.id),
  );

  api.get(
    '/api/v1/news/queue',
    {
      config: { needs: 'edit' },
      schema: {
        tags,
        summary: 'The review queue, oldest first (editor): each candidate with its sources, draft record and missing fields',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: [...CANDIDATE_STATUSES, 'all'], default: 'pending' },
            article: id,
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
            offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
          },
        },
      },
    },
    async (request) => listQueue(app.store, request.actor, request.query),
  );

  api.post(
    '/api/v1/news/queue/:id/decision',
    {
      config: { needs: 'edit' },
      schema: {
        tags,
        summary: 'Decide one candidate (editor): accept (with edits), merge into a record, reject with a reason, or snooze',
        description:
          'accept: creates the drafted record with the article as its source (`edits` replace fields of the draft; null removes one), or cites the article on the record the candidate matches. merge: cites the articles on `kind`/`record`. reject: `reason` required. snooze: `until` (ISO date or date-time).',
        params: { type: 'object', properties: { id }, required: ['id'] },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['decision'],
          properties: {
            decision: { type: 'string', enum: ['accept', 'merge', 'reject', 'snooze'] },
            edits: { type: 'object', maxProperties: 50 },
            note: words,
            reason: words,
            kind: { type: 'string', enum: KIND_NAMES },
            record: { type: 'string', maxLength: 128 },
            until: { type: 'string', maxLength: 40 },
          },
        },
      },
    },
    async (request) => {
      const b = request.body;
      const d = { ...b, reason: b.reason ?? '', kind: b.kind ?? '', record: b.record ?? '', until: b.until ?? '' } as Decision;
      return decideCandidate(app.store, request.actor, request.params.id, d);
    },
  );

  api.post(
    '/api/v1/news/decisions',
    {
      config: { needs: 'edit' },
      schema: {
        tags,
        summary: 'Accept or reject several candidates (editor); each is its own audited decision, and failures are reported per candidate',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['candidates', 'decision'],
          properties: {
            candidates: { type: 'array', minItems: 1, maxItems: 500, items: id },
            decision: { type: 'string', enum: ['accept', 'reject'] },
            reason: words,
            note: words,
          },
        },
      },
    },
    async (request) => {
      const { candidates, decision, reason, note } = request.body;
      return {
        results: await decideMany(app.store, request.actor, candidates, decision === 'reject' ? { decision, reason: reason ?? '' } : { decision, note }),
      };
    },
  );

  api.post(
    '/api/v1/news/undo',
    { config: { needs: 'edit' }, schema: { tags, summary: "Undo the caller's last decision (editor): the candidate is as before, what it added is removed" } },
    async (request) => undoDecision(app.store, request.actor),
  );

  api.get(
    '/api/v1/news/citations',
    {
      schema: {
        tags,
        summary: 'Articles cited by a record through the review queue (beyond its own source)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'id'],
          properties: { kind: { type: 'string', enum: KIND_NAMES }, id: { type: 'string', maxLength: 128 } },
        },
      },
    },
    async (request) => ({ items: await recordCitations(app.store, request.actor, request.query.kind, request.query.id) }),
  );

  const stop = startNewsSchedule(app.store, opts.watchConfig ?? process.env.LEVERAGE_NEWS_WATCH, extract, (m, detail) => app.log.info({ detail }, m));
  app.addHook('onClose', async () => stop());
}
