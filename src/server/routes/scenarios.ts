/**
 * `GET /api/v1/scenarios` (the built-in scenarios with their parameters, and the calibration) and
 * `POST /api/v1/scenarios/run` (quantiles per month of one scenario). Shapes: docs/scenarios-api.md.
 * Bad user parameters raise `LeverageError('invalid_value')` with the path at fault; the app's
 * handler turns it into problem+json.
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { Registry } from '../../domain/records.ts';
import {
  builtinScenarios,
  calibrate,
  runScenario,
  SCENARIO_NAMES,
  scenarioByName,
  summarizeCalibration,
  userScenario,
  type Calibration,
} from '../../analysis/simulate/index.ts';
import type { CalibrationSummary, RunResult, Scenario } from '../../analysis/simulate/index.ts';

export interface ScenarioRoutesOptions {
  /** The registry for a request (the app's `registryCache`: one object per data version). */
  registry: () => Promise<Registry>;
}

/** Limits of one run request (a 100,000 × 120 run takes a few seconds of CPU). */
export const LIMITS = { runs: 100_000, months: 120 } as const;
const DEFAULTS = { runs: 10_000, months: 36, seed: 1 } as const;

/** The body of `GET /api/v1/scenarios`. */
export interface ScenarioCatalogue {
  scenarios: Scenario[];
  calibration: CalibrationSummary;
  defaults: { runs: number; months: number; seed: number };
  limits: { runs: number; months: number };
}
/** The body of `POST /api/v1/scenarios/run`. */
export type ScenarioRunResponse = RunResult;

const runBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    scenario: { type: 'string', enum: [...SCENARIO_NAMES], description: 'a built-in scenario (default status-quo); ignored when params is given' },
    params: { type: 'object', description: 'user-defined parameters (docs/scenarios-api.md); they name their own base scenario' },
    runs: { type: 'integer', minimum: 1, maximum: LIMITS.runs, default: DEFAULTS.runs },
    months: { type: 'integer', minimum: 1, maximum: LIMITS.months, default: DEFAULTS.months },
    seed: { type: 'integer', minimum: -2147483648, maximum: 2147483647, default: DEFAULTS.seed },
  },
} as const;

const quantile = {
  type: 'object',
  properties: Object.fromEntries(
    ['month', 'p05', 'p25', 'p50', 'p75', 'p95', 'mean', 'arrivals', 'completions', 'deaths', 'releases'].map((k) => [
      k,
      { type: k === 'month' ? 'string' : 'number' },
    ]),
  ),
} as const;

/**
 * Registers the scenario routes. Calibrations (≈ 0.1 s) are kept per registry object: the app
 * hands out one registry per data version, so an import brings a fresh calibration.
 */
export default async function scenarioRoutes(app: FastifyInstance, opts: ScenarioRoutesOptions): Promise<void> {
  const cache = new WeakMap<Registry, Calibration>();
  const calibration = async (): Promise<Calibration> => {
    const registry = await opts.registry();
    let cal = cache.get(registry);
    if (!cal) {
      cal = calibrate(registry);
      cache.set(registry, cal);
    }
    return cal;
  };

  app.get(
    '/api/v1/scenarios',
    {
      schema: { summary: 'Built-in scenarios with their parameters, and the calibration they rest on', tags: ['scenarios'] },
    },
    async (): Promise<ScenarioCatalogue> => {
      const cal = await calibration();
      return { scenarios: builtinScenarios(cal), calibration: summarizeCalibration(cal), defaults: DEFAULTS, limits: LIMITS };
    },
  );

  app.withTypeProvider<JsonSchemaToTsProvider>().post(
    '/api/v1/scenarios/run',
    {
      schema: {
        summary: 'Run a scenario: quantiles of the political-prisoner stock per month (median, 50% and 90% bands)',
        tags: ['scenarios'],
        body: runBody,
        response: { 200: { type: 'object', additionalProperties: true, properties: { quantiles: { type: 'array', items: quantile } } } },
      },
    },
    async (request): Promise<ScenarioRunResponse> => {
      const body = request.body ?? {};
      const cal = await calibration();
      const scenario = body.params !== undefined ? userScenario(cal, body.params) : scenarioByName(cal, body.scenario ?? 'status-quo');
      return runScenario(cal, scenario, { runs: body.runs ?? DEFAULTS.runs, months: body.months ?? DEFAULTS.months, seed: body.seed ?? DEFAULTS.seed });
    },
  );
}
