/**
 * `POST /api/v1/screen`: a name (or a batch of names) against the registry's people and the
 * latest snapshot of every sanctions list, in any script or spelling, with scores and the
 * matcher's explanation. The candidate index is built from the store and rebuilt when the names
 * in the store change (an import of lists or registry files).
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { buildCandidateIndex, screenName, type CandidateIndex, type ScreenResult } from '../../names/index.ts';
import { caseIdOfActor, loadScreeningEntries, type Queryable } from '../../app/index.ts';

const SCHEMAS = ['Person', 'Organization'] as const;

/** One candidate of a screening, with the matcher's explanation. */
export type ScreenHit = {
  id: string;
  /** `registry` (a person in the registry) or `designation` (a sanctions list entry). */
  origin: string;
  name: string;
  matched_name: string;
  score: number;
  match: boolean;
  threshold: number;
  schema?: string;
  case_id?: string;
  list_source?: string;
  explanation: Record<string, unknown>;
};
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
  },
};

export default async function screenRoutes(app: FastifyInstance): Promise<void> {
  const index = cachedIndex(app.store, app.dataVersion);
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
      const idx = await index();
      const run = (q: string) => screenName(idx, q, { schema: body.schema, limit: body.limit ?? 10 }).map(toHit);
      return body.names ? { batch: body.names.map((query) => ({ query, results: run(query) })) } : { results: run(body.name!) };
    },
  );
}

function toHit(r: ScreenResult): ScreenHit {
  const e = r.entry as Record<string, unknown>;
  const caseId = typeof e.actorId === 'string' ? caseIdOfActor(e.actorId) : undefined;
  return {
    id: r.id,
    origin: String(e.origin ?? ''),
    name: String(e.primaryName ?? r.entry.names[0] ?? r.name),
    matched_name: r.name,
    score: r.score,
    match: r.match,
    threshold: r.threshold,
    ...(r.entry.schema ? { schema: r.entry.schema } : {}),
    ...(caseId ? { case_id: caseId } : {}),
    ...(typeof e.listSource === 'string' ? { list_source: e.listSource } : {}),
    explanation: r.explanation as unknown as Record<string, unknown>,
  };
}

/** The index, rebuilt when the store's data version moves (an import of lists or registry files). */
function cachedIndex(db: Queryable, dataVersion: () => Promise<string>): () => Promise<CandidateIndex> {
  let stamp = '';
  let built: Promise<CandidateIndex> | undefined;
  return async () => {
    const now = await dataVersion();
    if (!built || now !== stamp) {
      stamp = now;
      // Reuse the previous index's parsed names: a rebuild then parses only what is new.
      const previous = built?.catch(() => undefined);
      built = Promise.all([loadScreeningEntries(db), previous]).then(([entries, reuse]) => buildCandidateIndex(entries, reuse ? { reuse } : undefined));
    }
    return built;
  };
}
