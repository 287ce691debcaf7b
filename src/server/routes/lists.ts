/** Official sanctions lists: `/api/v1/snapshots`, `/api/v1/designations`, `/api/v1/lists/diff` (and the changes feed, lists-feed.ts). */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { LeverageError } from '../../domain/errors.ts';
import { diffSnapshots, getSnapshot, listSnapshots, listsLoadState, snapshotDesignations, type SnapshotRow } from '../../app/index.ts';
import { formatParam, sendCsv, wantsCsv } from '../csv.ts';
import { decodeKeyCursor, encodeKeyCursor, withCursor } from '../paging.ts';
import listsFeedRoutes from './lists-feed.ts';

const snapshot = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    source: { type: 'string' },
    format: { type: 'string' },
    published: { type: ['string', 'null'] },
    content_hash: { type: 'string' },
    entities: { type: 'integer' },
    names: { type: 'integer' },
    by_kind: { type: 'object', additionalProperties: { type: 'integer' } },
    by_programme: { type: 'object', additionalProperties: { type: 'integer' } },
  },
};
/** A snapshot as the API shows it (the fields of the response schema). */
export type SnapshotItem = Pick<SnapshotRow, 'id' | 'source' | 'format' | 'published' | 'content_hash' | 'entities' | 'names' | 'by_kind' | 'by_programme'>;
/** One designation that changed between two snapshots. */
export type DiffEntry = {
  change: 'designated' | 'delisted' | 'amended';
  source_id: string;
  name: string;
  kind: string;
  programmes: string[];
  fields?: string[];
};
/** The body of `GET /api/v1/lists/diff`. */
export interface ListsDiffResponse {
  a: SnapshotItem;
  b: SnapshotItem;
  programme?: string;
  designated: DiffEntry[];
  delisted: DiffEntry[];
  amended: DiffEntry[];
  unchanged: number;
  skipped_fields: string[];
  /** Which pair was compared and why; snapshots passed over; warnings about a given pair (a sample). */
  pair: { reason: string; skipped: { id: string; reason: string }[]; warnings: string[] };
}
const pairSchema = {
  type: 'object',
  properties: {
    reason: { type: 'string' },
    skipped: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, reason: { type: 'string' } } } },
    warnings: { type: 'array', items: { type: 'string' } },
  },
};
const SNAPSHOT_COLUMNS = ['id', 'source', 'format', 'published', 'content_hash', 'entities', 'names'];
const entry = {
  type: 'object',
  properties: {
    change: { type: 'string' },
    source_id: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string' },
    programmes: { type: 'array', items: { type: 'string' } },
    fields: { type: 'array', items: { type: 'string' } },
  },
};

export default async function listRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  await app.register(listsFeedRoutes);
  api.get(
    '/api/v1/snapshots',
    {
      schema: {
        tags: ['lists'],
        summary: 'Imported list snapshots',
        querystring: { type: 'object', additionalProperties: false, properties: { ...formatParam } },
        response: {
          200: {
            type: 'object',
            properties: {
              items: { type: 'array', items: snapshot },
              loading: { type: 'boolean', description: 'true while the shipped lists are still loading (first start); see /api/v1/lists/status' },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const items = (await listSnapshots(app.store)).map((s) => ({ ...s, published: s.published ?? null }));
      if (wantsCsv(request)) return sendCsv(reply, 'snapshots', SNAPSHOT_COLUMNS, items as unknown as Record<string, unknown>[]);
      return { items, ...(listsLoadState(app.store).state === 'loading' ? { loading: true } : {}) };
    },
  );

  api.get(
    '/api/v1/designations',
    {
      schema: {
        tags: ['lists'],
        summary: 'Designations of one snapshot, optionally of one programme',
        description: 'In source-id order, a page at a time (next_cursor and a Link header lead to the next).',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['snapshot'],
          properties: {
            snapshot: { type: 'string', maxLength: 200 },
            id: { type: 'string', minLength: 1, maxLength: 200, description: "one designation, by the list's own id (links of the changes feed)" },
            programme: { type: 'string', maxLength: 200 },
            exact: { type: 'boolean' },
            cursor: { type: 'string', maxLength: 1000, description: 'next_cursor of the previous page' },
            limit: { type: 'integer', minimum: 1, maximum: 10000, description: 'page size (default 500; 10,000 for CSV)' },
            ...formatParam,
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { items: { type: 'array', items: { type: 'object', additionalProperties: true } }, next_cursor: { type: 'string' } },
          },
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      await getSnapshot(app.store, q.snapshot);
      const limit = q.limit ?? (wantsCsv(request) ? 10000 : 500);
      const after = q.cursor === undefined ? undefined : decodeKeyCursor(q.cursor);
      const rows = await snapshotDesignations(app.store, q.snapshot, {
        programme: q.programme,
        exact: q.exact,
        after,
        limit: limit + 1,
        ...(q.id === undefined ? {} : { ids: [q.id] }),
      });
      const items = rows.slice(0, limit);
      const next = rows.length > limit ? encodeKeyCursor(items[items.length - 1]!.sourceId) : undefined;
      if (next) reply.header('link', `<${withCursor(request.url, next)}>; rel="next"`);
      if (wantsCsv(request)) {
        const csvRows = items.map((d) => ({
          source_id: d.sourceId,
          list_source: d.listSource,
          entity_kind: d.entityKind,
          name: d.names[0]?.value ?? '',
          aliases: d.names.slice(1).map((n) => n.value),
          programmes: d.programmes,
        }));
        return sendCsv(reply, `designations-${q.snapshot}`, ['source_id', 'list_source', 'entity_kind', 'name', 'aliases', 'programmes'], csvRows);
      }
      return { items, ...(next ? { next_cursor: next } : {}) };
    },
  );

  api.get(
    '/api/v1/lists/diff',
    {
      schema: {
        tags: ['lists'],
        summary: 'What changed between two snapshots (default: the two latest complete snapshots of one list), keyed on list ids',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            a: { type: 'string', maxLength: 200 },
            b: { type: 'string', maxLength: 200 },
            source: { type: 'string', maxLength: 200 },
            programme: { type: 'string', maxLength: 200 },
            exact: { type: 'boolean' },
            ...formatParam,
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              a: snapshot,
              b: snapshot,
              programme: { type: 'string' },
              designated: { type: 'array', items: entry },
              delisted: { type: 'array', items: entry },
              amended: { type: 'array', items: entry },
              unchanged: { type: 'integer' },
              skipped_fields: { type: 'array', items: { type: 'string' } },
              pair: pairSchema,
            },
          },
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      if (Boolean(q.a) !== Boolean(q.b)) throw new LeverageError('invalid_value', 'give both a and b, or neither', { location: { column: q.a ? 'b' : 'a' } });
      const diff = await diffSnapshots(app.store, q);
      type Changed = { sourceId: string; name: string; kind: string; programmes: string[]; fields?: string[] };
      const shape =
        (change: DiffEntry['change']) =>
        (e: Changed): DiffEntry => ({
          change,
          source_id: e.sourceId,
          name: e.name,
          kind: e.kind,
          programmes: e.programmes,
          ...(e.fields ? { fields: e.fields } : {}),
        });
      const body: ListsDiffResponse = {
        a: diff.snapshots[0],
        b: diff.snapshots[1],
        ...(q.programme ? { programme: q.programme } : {}),
        designated: diff.designated.map(shape('designated')),
        delisted: diff.delisted.map(shape('delisted')),
        amended: diff.amended.map(shape('amended')),
        unchanged: diff.unchanged,
        skipped_fields: diff.skippedFields,
        pair: diff.pair,
      };
      if (wantsCsv(request)) {
        // Every row names the pair it comes from.
        const rows = [...body.designated, ...body.delisted, ...body.amended].map((r) => ({ ...r, snapshot_a: body.a.id, snapshot_b: body.b.id }));
        return sendCsv(reply, 'diff', ['change', 'source_id', 'name', 'kind', 'programmes', 'fields', 'snapshot_a', 'snapshot_b'], rows);
      }
      return body;
    },
  );
}
