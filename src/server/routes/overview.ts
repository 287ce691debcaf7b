/** `/api/v1/timeline` (every dated record as one list) and `/api/v1/stats`. */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { loadTimelinePage, registryStats, type TimelineEntry } from '../../app/index.ts';
import { formatParam, sendCsv, wantsCsv } from '../csv.ts';
import { dayParam } from '../json-schema.ts';
import { withCursor } from '../paging.ts';

const KINDS: TimelineEntry['kind'][] = ['release', 'measure', 'contact', 'political_event'];
const entry = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: KINDS },
    id: { type: 'string' },
    date: { type: 'string' },
    date_start: { type: 'string' },
    type: { type: 'string' },
    actor: { type: ['string', 'null'] },
    title: { type: 'string' },
    quantity: { type: ['number', 'null'] },
    source_url: { type: ['string', 'null'] },
    publisher: { type: ['string', 'null'] },
  },
};

export default async function overviewRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  api.get(
    '/api/v1/timeline',
    {
      schema: {
        tags: ['timeline'],
        summary: 'Releases, measures, contacts and political events as one dated list',
        description: 'Ordered by date, kind and id, a page at a time (next_cursor and a Link header lead to the next).',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: dayParam,
            to: dayParam,
            kind: { type: 'array', maxItems: 4, items: { type: 'string', enum: KINDS } },
            cursor: { type: 'string', maxLength: 1000, description: 'next_cursor of the previous page' },
            limit: { type: 'integer', minimum: 1, maximum: 10000, description: 'page size (default 500; 10,000 for CSV)' },
            ...formatParam,
          },
        },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: entry }, next_cursor: { type: 'string' } }, required: ['items'] } },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const csv = wantsCsv(request);
      const page = await loadTimelinePage(app.store, {
        from: q.from,
        to: q.to && q.to + '\uffff',
        kinds: q.kind,
        cursor: q.cursor,
        limit: q.limit ?? (csv ? 10000 : 500),
      });
      if (page.next_cursor) reply.header('link', `<${withCursor(request.url, page.next_cursor)}>; rel="next"`);
      if (csv) return sendCsv(reply, 'timeline', Object.keys(entry.properties), page.items as unknown as Record<string, unknown>[]);
      return page;
    },
  );

  app.get(
    '/api/v1/stats',
    {
      schema: {
        tags: ['timeline'],
        summary: 'Counts per record kind with their date ranges',
        response: {
          200: {
            type: 'object',
            additionalProperties: { type: 'object', properties: { count: { type: 'integer' }, from: { type: 'string' }, to: { type: 'string' } } },
          },
        },
      },
    },
    async () => registryStats(app.store),
  );
}
