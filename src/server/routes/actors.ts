/** `/api/v1/actors` and `/api/v1/actors/:id`: people and organisations with all their spellings. */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { LeverageError } from '../../domain/errors.ts';
import { getActor, listActors } from '../../app/index.ts';
import { formatParam, sendCsv, wantsCsv } from '../csv.ts';

const actor = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    primary_name: { type: 'string' },
    country: { type: ['string', 'null'] },
    names: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          value: { type: 'string' },
          script: { type: ['string', 'null'] },
          language: { type: ['string', 'null'] },
          romanisation: { type: ['string', 'null'] },
          kind: { type: 'string' },
        },
      },
    },
    case_ids: { type: 'array', items: { type: 'string' } },
  },
};

export default async function actorRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  api.get(
    '/api/v1/actors',
    {
      schema: {
        tags: ['records'],
        summary: 'People, organisations, states and blocs, with every spelling of their names',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            kind: { type: 'string', enum: ['person', 'organisation', 'state', 'bloc'] },
            cursor: { type: 'string', maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 10000 },
            ...formatParam,
          },
        },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: actor }, next_cursor: { type: 'string' } } } },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const csv = wantsCsv(request);
      const page = await listActors(app.store, { kind: q.kind, cursor: q.cursor, limit: q.limit ?? (csv ? 10000 : 100) });
      if (csv)
        return sendCsv(
          reply,
          'actors',
          ['id', 'kind', 'primary_name', 'country', 'names', 'case_ids'],
          page.items.map((a) => ({ ...a, names: a.names.map((n) => n.value) })),
        );
      return page;
    },
  );
  api.get(
    '/api/v1/actors/:id',
    {
      schema: {
        tags: ['records'],
        summary: 'One actor by id',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 200 } }, required: ['id'] },
        response: { 200: actor },
      },
    },
    async (request) => {
      const { id } = request.params;
      const found = await getActor(app.store, id);
      if (!found) throw new LeverageError('not_found', `no actor with id "${id}"`, { location: { column: 'id' } });
      return found;
    },
  );
}
