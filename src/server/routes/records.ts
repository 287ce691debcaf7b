/**
 * `/api/v1/<kind>` and `/api/v1/<kind>/:id` for every registry record kind (releases, measures,
 * contacts, events, observations, cases): filters declared per kind in the store, cursor
 * pagination, JSON or CSV. Below editor, unpublished and deleted records are absent (404 by id);
 * editors list unpublished ones and open deleted ones by id (the `Leverage-Deleted` header). The routes are generated from the kinds: one declaration, six
 * resources.
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { LeverageError } from '../../domain/errors.ts';
import { RECORD_KINDS, type RecordKind } from '../../domain/schema/index.ts';
import type { Case, Contact, Measure, Observation, PoliticalEvent, Release } from '../../domain/records.ts';
import { can, filtersFor, queryRecords, readRecord, recordEtag, type FilterSpec } from '../../app/index.ts';
import { formatParam, sendCsv, wantsCsv } from '../csv.ts';
import { dayParam, recordJsonSchema } from '../json-schema.ts';

/** The record each `/api/v1/<plural>` route returns (pages of them, or one by id), by plural. */
export interface RecordTypes {
  releases: Release;
  measures: Measure;
  contacts: Contact;
  events: PoliticalEvent;
  observations: Observation;
  cases: Case;
}

export default async function recordRoutes(app: FastifyInstance): Promise<void> {
  for (const kind of RECORD_KINDS) registerKind(app, kind);
}

function registerKind(app: FastifyInstance, kind: RecordKind): void {
  const filters = filtersFor(kind);
  const querystring = {
    type: 'object',
    additionalProperties: false,
    properties: {
      from: dayParam,
      to: dayParam,
      ...Object.fromEntries(filters.map((f) => [f.param, { type: 'string', maxLength: 200, description: f.doc }])),
      cursor: { type: 'string', maxLength: 1000, description: 'next_cursor of the previous page' },
      limit: { type: 'integer', minimum: 1, maximum: 10000, description: 'page size (default 100; 10,000 for CSV)' },
      ...formatParam,
    },
  } as const;
  const item = recordJsonSchema(kind);
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  api.get(
    `/api/v1/${kind.plural}`,
    {
      schema: {
        tags: ['records'],
        summary: `List ${kind.plural}`,
        description: `${kind.doc} Ordered by date, then id. CSV with ?format=csv or Accept: text/csv (the columns of the import format).`,
        querystring,
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: item }, next_cursor: { type: 'string' } }, required: ['items'] } },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const csv = wantsCsv(request);
      const page = await queryRecords(
        app.store,
        kind,
        {
          from: q.from,
          to: q.to,
          filters: filterValues(q, filters),
          cursor: q.cursor,
          limit: q.limit ?? (csv ? 10000 : 100),
        },
        request.actor,
      );
      if (page.next_cursor) reply.header('link', `<${nextUrl(request.url, page.next_cursor)}>; rel="next"`);
      if (csv)
        return sendCsv(
          reply,
          kind.plural,
          kind.fields.filter((f) => !f.private || can(request.actor, 'edit')).map((f) => f.name),
          page.items,
        );
      return { ...page }; // an object literal: the response schema's type admits more keys than the RecordPage interface
    },
  );
  api.get(
    `/api/v1/${kind.plural}/:id`,
    {
      schema: {
        tags: ['records'],
        summary: `One ${kind.name} by id`,
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 128 } }, required: ['id'] },
        response: { 200: item },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const found = await readRecord(app.store, kind, id, request.actor);
      if (!found) throw new LeverageError('not_found', `no ${kind.name} with id "${id}"`, { location: { column: 'id' } });
      reply.header('etag', recordEtag(found.record)); // what an edit names in If-Match
      // Only editors and admins get a deleted record; the header says when and by whom.
      if (found.deletedAt) reply.header('leverage-deleted', `${found.deletedAt} by ${found.deletedBy}`);
      return found.record;
    },
  );
}

/** The kind's filter parameters: declared at run time, so the query's type does not name them (the schema makes each a string). */
function filterValues(query: Record<string, unknown>, specs: FilterSpec[]): Record<string, string | undefined> {
  return Object.fromEntries(
    specs.map((f) => {
      const value = query[f.param];
      return [f.param, typeof value === 'string' ? value : undefined];
    }),
  );
}

function nextUrl(url: string, cursor: string): string {
  const u = new URL(url, 'http://x');
  u.searchParams.set('cursor', cursor);
  return u.pathname + u.search;
}
