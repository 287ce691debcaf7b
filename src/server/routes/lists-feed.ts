/**
 * `GET /api/v1/lists/changes.atom`: list changes recorded by `lists update`, as an Atom 1.0 feed;
 * `GET /api/v1/lists/status`: whether the shipped lists are still loading (first start).
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { listChangesAtom, listsLoadState, recentListChanges } from '../../app/index.ts';

/** The origin used in feed links: LEVERAGE_PUBLIC_URL when set, else the request's own. */
function origin(request: { protocol: string; host: string }): string {
  const configured = process.env.LEVERAGE_PUBLIC_URL?.replace(/\/+$/, '');
  return configured || `${request.protocol}://${request.host}`;
}

export default async function listsFeedRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/v1/lists/status',
    {
      schema: {
        tags: ['lists'],
        summary: 'Whether the shipped lists are loaded',
        description:
          'On a first start the server listens at once and loads the shipped lists in the background: `loading` until then (screening sees only what is loaded), `ready` after, `failed` with the error. Answers without touching the store.',
        response: {
          200: {
            type: 'object',
            required: ['state'],
            properties: {
              state: { type: 'string', enum: ['loading', 'ready', 'failed'] },
              started_at: { type: 'string' },
              finished_at: { type: 'string' },
              total: { type: 'integer' },
              loaded: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    snapshot: { type: 'string' },
                    source: { type: 'string' },
                    published: { type: ['string', 'null'] },
                    entities: { type: 'integer' },
                  },
                },
              },
              error: { type: 'string' },
            },
          },
        },
      },
    },
    async () => {
      const s = listsLoadState(app.store);
      return {
        state: s.state,
        loaded: s.loaded,
        ...(s.startedAt ? { started_at: s.startedAt } : {}),
        ...(s.finishedAt ? { finished_at: s.finishedAt } : {}),
        ...(s.total === undefined ? {} : { total: s.total }),
        ...(s.error ? { error: s.error } : {}),
      };
    },
  );

  app.withTypeProvider<JsonSchemaToTsProvider>().get(
    '/api/v1/lists/changes.atom',
    {
      schema: {
        tags: ['lists'],
        summary: 'Designations, delistings and amendments found by list updates, as an Atom 1.0 feed',
        description: 'Newest first. With `programme`, only changes of that programme and its sub-programmes (`exact`: only itself).',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            programme: { type: 'string', minLength: 1, maxLength: 200 },
            exact: { type: 'boolean' },
            limit: { type: 'integer', minimum: 1, maximum: 1000, description: 'entries (default 100)' },
          },
        },
        produces: ['application/atom+xml'],
        response: { 200: { type: 'string', description: 'an Atom 1.0 feed document' } },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const rows = await recentListChanges(app.store, { programme: q.programme, exact: q.exact, limit: q.limit ?? 100 });
      reply.type('application/atom+xml; charset=utf-8');
      return listChangesAtom(rows, { baseUrl: origin(request), programme: q.programme, now: new Date().toISOString() });
    },
  );
}
