/** `/api/v1/timeline` (every dated record as one list) and `/api/v1/stats`. */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { loadTimeline, registryStats, type TimelineEntry } from '../../app/index.ts';
import { formatParam, sendCsv, wantsCsv } from '../csv.ts';
import { dayParam } from '../json-schema.ts';

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
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { from: dayParam, to: dayParam, kind: { type: 'array', items: { type: 'string', enum: KINDS } }, ...formatParam },
        },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: entry } }, required: ['items'] } },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const items = await loadTimeline(app.store, { from: q.from, to: q.to && q.to + '\uffff', kinds: q.kind });
      if (wantsCsv(request)) return sendCsv(reply, 'timeline', Object.keys(entry.properties), items as unknown as Record<string, unknown>[]);
      return { items };
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
