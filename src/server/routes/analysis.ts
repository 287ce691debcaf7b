/**
 * `GET /api/v1/analysis/flows|refill|ledger|event-study`: the analyses over the registry, with the
 * same parameters and JSON shapes as `leverage analyse … --json` (docs/cli.md). Bad
 * parameters raise `LeverageError('bad_input')`, which the app's handler turns into problem+json.
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { ANALYSES, runAnalysis, type AnalysisName, type AnalysisParams } from '../../analysis/index.ts';
import type { EventStudyResult, FlowsResult, LedgerResult, RefillResult, Replacement } from '../../analysis/index.ts';
import type { RegistryCache } from '../registry-cache.ts';
import { dayParam as DATE } from '../json-schema.ts';

export interface AnalysisRoutesOptions {
  /** The registry and its prepared context for a request (kept per data version). */
  cache: Pick<RegistryCache, 'prepared'>;
}

/** The JSON body of each analysis route, by name (the shapes of `leverage analyse … --json`). */
export interface AnalysisResponses {
  flows: FlowsResult;
  /** The ratio with the replacement time of each release in the window. */
  refill: RefillResult & { replacement: Replacement[] };
  ledger: LedgerResult;
  'event-study': EventStudyResult;
}

const querystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { ...DATE, description: 'first day of the period' },
    to: { ...DATE, description: 'last day of the period' },
    window: { type: 'string', pattern: '^(month|quarter|year|\\d+d?)$', description: 'flows: month | quarter | year | Nd; ledger: days after an engagement' },
    k: { type: 'integer', minimum: 0, maximum: 3650, description: 'event-study: days after the event (default 30)' },
    seed: { type: 'integer', minimum: 0, maximum: 2147483647, description: 'event-study: PRNG seed (default 1)' },
    counter: { type: 'string', maxLength: 300, description: 'counter (source_org) for stock and inflow' },
  },
} as const;

const SUMMARIES: Record<AnalysisName, string> = {
  flows: 'Inflow, outflow by mode and the stock-flow identity per window',
  refill: 'Refill ratio I/O with its interval, and replacement time of each release',
  ledger: 'Exchange ledger: engagement and pressure episodes with the releases tied to them',
  'event-study': 'Releases after engagement vs pressure vs placebo dates (permutation test)',
};

/** Registers the analysis routes. */
export default async function analysisRoutes(app: FastifyInstance, opts: AnalysisRoutesOptions): Promise<void> {
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  for (const name of ANALYSES) {
    api.get(
      `/api/v1/analysis/${name}`,
      {
        schema: { summary: SUMMARIES[name], tags: ['analysis'], querystring },
      },
      async (request) => {
        const params: AnalysisParams = request.query;
        const { registry, ctx } = await opts.cache.prepared(params.counter);
        return runAnalysis(name, registry, params, ctx) satisfies AnalysisResponses[AnalysisName];
      },
    );
  }
}
