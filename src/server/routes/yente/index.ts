/**
 * The yente-compatible API under `/yente` (a yente client's base URL is `<server>/yente`):
 * `POST /match/{dataset}`, `GET /search/{dataset}`, `GET /entities/{id}` (and its `/adjacent`
 * pages), `GET /catalog`,
 * `GET /algorithms`. Thin: checks what yente checks with its status codes (422 for a query
 * without a schema or a limit/offset out of range, 400 for an unknown schema or algorithm, 404 for
 * an unknown dataset or entity), then calls `src/app/yente*.ts`. Matching screens names on the
 * compute pool, as `POST /api/v1/screen` does. Public reads: nothing is written.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { loadScreeningEntries } from '../../../app/index.ts';
import { compactMatches } from '../../../app/yente-compact.ts';
import { CONFIG_DEFAULTS, CONFIG_HELP, FEATURES } from '../../../app/yente-config.ts';
import { yenteCatalog, yenteEntity } from '../../../app/yente.ts';
import { ADJACENT_MAX_LIMIT, yenteAdjacent, yenteAdjacentProperty } from '../../../app/yente-adjacent.ts';
import { ALGORITHM, ALGORITHM_ALIASES, MATCH_MAX_LIMIT, yenteMatch, type NameHit, type ScreenNames, type YenteExample } from '../../../app/yente-match.ts';
import { SEARCH_MAX_LIMIT, SEARCH_MAX_OFFSET, yenteSearch } from '../../../app/yente-search.ts';
import type { ComputePool } from '../../compute-pool.ts';
import type { ScreenInput } from '../../compute-worker.ts';

export interface YenteRoutesOptions {
  pool: ComputePool;
}

const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(String).filter((x) => x !== ''));
const bool = (v: unknown): boolean | undefined => (v === undefined ? undefined : v === true || v === 'true');
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?$/;
const strings = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

/** yente's answer for input it cannot process: 422 with a `detail`. */
function unprocessable(reply: FastifyReply, detail: string, field: string) {
  return reply.code(422).type('application/problem+json').send({ type: 'about:blank', title: 'Unprocessable Entity', status: 422, detail, field });
}

export default async function yenteRoutes(app: FastifyInstance, opts: YenteRoutesOptions): Promise<void> {
  const screen: ScreenNames = async (names, schema, properties, limit) => {
    const version = await app.dataVersion();
    const input: ScreenInput = { queries: names, schema, limit, properties };
    return opts.pool.run<NameHit[][]>({ kind: 'screen', input, needs: [{ name: 'screening', version, load: () => loadScreeningEntries(app.store) }] });
  };

  app.post(
    '/yente/match/:dataset',
    {
      schema: {
        tags: ['yente'],
        summary: 'Match a batch of FtM-shaped entities against a dataset (yente-compatible)',
        params: { type: 'object', properties: { dataset: { type: 'string', maxLength: 100 } }, required: ['dataset'] },
        querystring: {
          type: 'object',
          properties: {
            algorithm: { type: 'string', maxLength: 50 },
            threshold: { type: 'number', minimum: 0, maximum: 1 },
            cutoff: { type: 'number', minimum: 0, maximum: 1 },
            limit: { type: 'integer', minimum: 0 },
            include_dataset: strings,
            exclude_dataset: strings,
            exclude_schema: strings,
            topics: strings,
            exclude_entity_ids: strings,
            changed_since: { type: 'string', maxLength: 40 },
          },
        },
        body: {
          type: 'object',
          properties: {
            queries: {
              type: 'object',
              maxProperties: 100,
              additionalProperties: {
                type: 'object',
                properties: { id: { type: ['string', 'null'] }, schema: { type: 'string' }, properties: { type: 'object' } },
              },
            },
            weights: { type: 'object' },
            config: { type: 'object' },
          },
          required: ['queries'],
        },
      },
    },
    async (request, reply) => {
      const q = request.query as Record<string, unknown>;
      const body = request.body as { queries: Record<string, YenteExample>; weights?: Record<string, unknown>; config?: Record<string, unknown> };
      for (const [key, query] of Object.entries(body.queries))
        if (typeof query.schema !== 'string') return unprocessable(reply, `query ${key} has no schema`, `body/queries/${key}/schema`);
      const limit = q.limit as number | undefined;
      if (limit !== undefined && limit > MATCH_MAX_LIMIT) return unprocessable(reply, `limit ${limit} is over ${MATCH_MAX_LIMIT}`, 'querystring/limit');
      const since = q.changed_since as string | undefined;
      if (since !== undefined && !TIMESTAMP.test(since))
        return unprocessable(reply, `changed_since ${JSON.stringify(since)} is not YYYY-MM-DD[THH:MM[:SS]]`, 'querystring/changed_since');
      const { dataset } = request.params as { dataset: string };
      return yenteMatch(
        app.store,
        dataset,
        body.queries,
        {
          algorithm: q.algorithm as string | undefined,
          threshold: q.threshold as number | undefined,
          cutoff: q.cutoff as number | undefined,
          limit,
          include_dataset: list(q.include_dataset),
          exclude_dataset: list(q.exclude_dataset),
          exclude_schema: list(q.exclude_schema),
          topics: list(q.topics),
          exclude_entity_ids: list(q.exclude_entity_ids),
          changed_since: q.changed_since as string | undefined,
          weights: body.weights,
          config: body.config,
        },
        screen,
        async (names) => compactMatches(app.store, await app.dataVersion(), names),
      );
    },
  );

  app.get(
    '/yente/search/:dataset',
    {
      schema: {
        tags: ['yente'],
        summary: 'Search the entities of a dataset (yente-compatible)',
        params: { type: 'object', properties: { dataset: { type: 'string', maxLength: 100 } }, required: ['dataset'] },
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', maxLength: 1000 },
            simple: { type: 'string', enum: ['true', 'false'] },
            schema: { type: 'string', maxLength: 100 },
            exclude_schema: strings,
            include_dataset: strings,
            exclude_dataset: strings,
            countries: strings,
            topics: strings,
            filter_op: { type: 'string', enum: ['AND', 'OR'] },
            target: { type: 'string', enum: ['true', 'false'] },
            changed_since: { type: 'string', maxLength: 40 },
            filter: strings,
            facets: strings,
            sort: strings,
            limit: { type: 'integer', minimum: 0 },
            offset: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
    async (request, reply) => {
      const q = request.query as Record<string, unknown>;
      const limit = q.limit as number | undefined;
      const offset = q.offset as number | undefined;
      if (limit !== undefined && limit > SEARCH_MAX_LIMIT) return unprocessable(reply, `limit ${limit} is over ${SEARCH_MAX_LIMIT}`, 'querystring/limit');
      if (offset !== undefined && offset > SEARCH_MAX_OFFSET)
        return unprocessable(reply, `offset ${offset} is over ${SEARCH_MAX_OFFSET}`, 'querystring/offset');
      const { dataset } = request.params as { dataset: string };
      return yenteSearch(app.store, dataset, {
        q: q.q as string | undefined,
        simple: bool(q.simple),
        schema: q.schema as string | undefined,
        exclude_schema: list(q.exclude_schema),
        include_dataset: list(q.include_dataset),
        exclude_dataset: list(q.exclude_dataset),
        countries: list(q.countries),
        topics: list(q.topics),
        filter_op: q.filter_op as 'AND' | 'OR' | undefined,
        target: bool(q.target),
        changed_since: q.changed_since as string | undefined,
        filter: list(q.filter),
        facets: list(q.facets),
        sort: list(q.sort),
        limit,
        offset,
      });
    },
  );

  app.get(
    '/yente/entities/:id',
    {
      schema: {
        tags: ['yente'],
        summary: 'One entity with its neighbours nested (yente-compatible)',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 200 } }, required: ['id'] },
        querystring: { type: 'object', properties: { nested: { type: 'string', enum: ['true', 'false'] } } },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      return yenteEntity(app.store, id, bool((request.query as Record<string, unknown>).nested) !== false);
    },
  );

  const paging = {
    type: 'object',
    properties: { limit: { type: 'integer', minimum: 0 }, offset: { type: 'integer', minimum: 0 } },
  };
  /** The page asked for, or a 422 when `limit` is over the bound. */
  const adjacentPaging = (request: { query: unknown }, reply: FastifyReply) => {
    const q = request.query as { limit?: number; offset?: number };
    if (q.limit !== undefined && q.limit > ADJACENT_MAX_LIMIT) {
      unprocessable(reply, `limit ${q.limit} is over ${ADJACENT_MAX_LIMIT}`, 'querystring/limit');
      return undefined;
    }
    return { limit: q.limit, offset: q.offset };
  };

  app.get(
    '/yente/entities/:id/adjacent',
    {
      schema: {
        tags: ['yente'],
        summary: 'The entities one edge away from an entity, a page per property (yente-compatible)',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 200 } }, required: ['id'] },
        querystring: paging,
      },
    },
    async (request, reply) => {
      const opts = adjacentPaging(request, reply);
      if (!opts) return reply;
      return yenteAdjacent(app.store, (request.params as { id: string }).id, opts);
    },
  );

  app.get(
    '/yente/entities/:id/adjacent/:property',
    {
      schema: {
        tags: ['yente'],
        summary: "A page of an entity's adjacent entities under one property (yente-compatible)",
        params: {
          type: 'object',
          properties: { id: { type: 'string', maxLength: 200 }, property: { type: 'string', maxLength: 100 } },
          required: ['id', 'property'],
        },
        querystring: paging,
      },
    },
    async (request, reply) => {
      const opts = adjacentPaging(request, reply);
      if (!opts) return reply;
      const { id, property } = request.params as { id: string; property: string };
      return yenteAdjacentProperty(app.store, id, property, opts);
    },
  );

  app.get('/yente/catalog', { schema: { tags: ['yente'], summary: 'The datasets the yente-compatible API serves' } }, async () => yenteCatalog(app.store));

  app.get('/yente/algorithms', { schema: { tags: ['yente'], summary: 'The matching algorithms (yente-compatible)' } }, async () => ({
    algorithms: [
      {
        name: ALGORITHM,
        description: "Leverage's names matcher: names across scripts and romanisations, with birth date, nationality and identifiers telling namesakes apart",
        features: Object.fromEntries(Object.entries(FEATURES).map(([name, description]) => [name, { description, coefficient: 1 }])),
        config: Object.fromEntries(
          Object.entries(CONFIG_HELP).map(([name, description]) => [name, { description, default: CONFIG_DEFAULTS[name as keyof typeof CONFIG_DEFAULTS] }]),
        ),
        docs: {},
      },
    ],
    default: ALGORITHM,
    best: ALGORITHM,
    aliases: ALGORITHM_ALIASES,
  }));
}
