/**
 * `POST /api/v1/screen`: a name (or a batch of names) against the registry's people and the
 * latest snapshot of every sanctions list, in any script or spelling, with scores and the
 * matcher's explanation. The candidate index is built from the store and rebuilt when the names
 * in the store change (an import of lists or registry files).
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { loadScreeningEntries } from '../../app/index.ts';
import { LeverageError } from '../../domain/errors.ts';
import type { ComputePool } from '../compute-pool.ts';
import type { ScreenInput } from '../compute-worker.ts';
import type { ScreenHit } from '../screen-hit.ts';

const SCHEMAS = ['Person', 'Organization'] as const;

export type { ScreenHit } from '../screen-hit.ts';

/** The body of `POST /api/v1/screen`: `results` for one `name`, `batch` for `names`. */
export type ScreenResponse = ScreenResults | ScreenBatch;
export type ScreenResults = { results: ScreenHit[] };
export type ScreenBatch = { batch: { query: string; results: ScreenHit[] }[] };

const hit = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    origin: { type: 'string' },
    name: { type: 'string' },
    matched_name: { type: 'string' },
    score: { type: 'number' },
    match: { type: 'boolean' },
    threshold: { type: 'number' },
    schema: { type: 'string' },
    case_id: { type: 'string' },
    list_source: { type: 'string' },
    explanation: { type: 'object', additionalProperties: true },
    name_score: { type: 'number' },
    properties: { type: 'array', items: { type: 'object', additionalProperties: true } },
    // The matched name is a weak (low-quality) alias: score = names' similarity × 0.7.
    weak_alias: { type: 'boolean' },
  },
};

export interface ScreenRoutesOptions {
  /** Where screening runs (the candidate index lives on its workers, rebuilt per data version). */
  pool: ComputePool;
}

export default async function screenRoutes(app: FastifyInstance, opts: ScreenRoutesOptions): Promise<void> {
  app.withTypeProvider<JsonSchemaToTsProvider>().post(
    '/api/v1/screen',
    {
      schema: {
        tags: ['names'],
        summary: 'Screen a name, or a batch of names, across scripts and romanisations',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 500 },
            names: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'string', minLength: 1, maxLength: 500 } },
            schema: { type: 'string', enum: SCHEMAS },
            limit: { type: 'integer', minimum: 1, maximum: 100 },
            // What the person or organisation screened is known by besides the name: tells namesakes apart.
            birth_date: { type: 'string', maxLength: 40 },
            nationality: { type: 'string', maxLength: 100 },
            ids: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 100 } },
          },
          oneOf: [{ required: ['name'] }, { required: ['names'] }],
        },
        response: {
          200: {
            type: 'object',
            properties: {
              results: { type: 'array', items: hit },
              batch: { type: 'array', items: { type: 'object', properties: { query: { type: 'string' }, results: { type: 'array', items: hit } } } },
            },
          },
        },
      },
    },
    async (request): Promise<ScreenResponse> => {
      const body = request.body;
      // A JSON `null` body is not validated by Fastify: refuse it here.
      if (!body || (body.name === undefined && body.names === undefined))
        throw new LeverageError('invalid_value', 'the body must be an object with name or names', { location: { column: 'body' } });
      const queries = body.names ?? [body.name!];
      const version = await app.dataVersion();
      const properties = { birthDate: body.birth_date, nationality: body.nationality, identifiers: body.ids };
      const input: ScreenInput = { queries, schema: body.schema, limit: body.limit ?? 10, properties };
      const results = await opts.pool.run<ScreenHit[][]>({
        kind: 'screen',
        input,
        needs: [{ name: 'screening', version, load: () => loadScreeningEntries(app.store) }],
      });
      return body.names ? { batch: queries.map((query, i) => ({ query, results: results[i]! })) } : { results: results[0]! };
    },
  );
}
