/**
 * `GET /api/v1/scenarios` (the built-in scenarios with their parameters, and the calibration),
 * `POST /api/v1/scenarios/run` (quantiles per month of one scenario) and `GET /api/v1/scenarios/backtest`
 * (calibrated on what was published by the dataset profile's cut, checked month by month after it).
 * Shapes: docs/scenarios-api.md.
 * Bad user parameters raise `LeverageError('invalid_value')` with the path at fault; the app's
 * handler turns it into problem+json.
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { Registry } from '../../domain/records.ts';
import { SCENARIO_NAMES } from '../../analysis/simulate/index.ts';
import type { BacktestResult, CalibrationSummary, RunResult, Scenario } from '../../analysis/simulate/index.ts';
import { ComputeRefusal, type ComputePool, type Need } from '../compute-pool.ts';
import type { ScenarioBacktestInput, ScenarioRunInput } from '../compute-worker.ts';

export interface ScenarioRoutesOptions {
  /** The registry for a request (the app's `registryCache`: one object per data version). */
  registry: () => Promise<Registry>;
  /** The store's data version (the calibration is kept per version on the pool's workers). */
  version: () => Promise<string>;
  /** Where calibrations and runs are computed, off the event loop. */
  pool: ComputePool;
  /** Most months × runs one request may ask for (default the product of LIMITS); more is a 413. */
  maxWork?: number;
}

/** Limits of one run request (a 100,000 × 120 run takes a few seconds of CPU). */
export const LIMITS = { runs: 100_000, months: 120 } as const;
const DEFAULTS = { runs: 10_000, months: 36, seed: 1 } as const;
/** Most runs of one backtest request (two variants over about two years each). */
export const BACKTEST_MAX_RUNS = 10_000;
const BACKTEST_DEFAULT_RUNS = 2000;

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
 * Registers the scenario routes. Calibrations (≈ 0.1 s) and runs (seconds at the limits) are
 * computed on the compute pool's workers, which keep the calibration per data version.
 */
export default async function scenarioRoutes(app: FastifyInstance, opts: ScenarioRoutesOptions): Promise<void> {
  const maxWork = opts.maxWork ?? LIMITS.runs * LIMITS.months;
  const registry = async (): Promise<Need> => ({ name: 'registry', version: await opts.version(), load: opts.registry });

  app.get(
    '/api/v1/scenarios',
    {
      schema: { summary: 'Built-in scenarios with their parameters, and the calibration they rest on', tags: ['scenarios'] },
    },
    async (): Promise<ScenarioCatalogue> => {
      const found = await opts.pool.run<Pick<ScenarioCatalogue, 'scenarios' | 'calibration'>>({
        kind: 'scenario-catalogue',
        input: null,
        needs: [await registry()],
      });
      return { ...found, defaults: DEFAULTS, limits: LIMITS };
    },
  );

  app.withTypeProvider<JsonSchemaToTsProvider>().get(
    '/api/v1/scenarios/backtest',
    {
      schema: {
        summary: "Backtest: calibrated on the rows published by the dataset profile's cut (no look-ahead), checked month by month against the observed stock",
        tags: ['scenarios'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            runs: { type: 'integer', minimum: 1, maximum: BACKTEST_MAX_RUNS, default: BACKTEST_DEFAULT_RUNS },
            seed: { type: 'integer', minimum: -2147483648, maximum: 2147483647, default: DEFAULTS.seed },
          },
        },
      },
    },
    async (request): Promise<BacktestResult> => {
      const input: ScenarioBacktestInput = { runs: request.query.runs ?? BACKTEST_DEFAULT_RUNS, seed: request.query.seed ?? DEFAULTS.seed };
      return opts.pool.run<BacktestResult>({ kind: 'scenario-backtest', input, needs: [await registry()] });
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
      const input: ScenarioRunInput = {
        scenario: body.scenario,
        params: body.params,
        runs: body.runs ?? DEFAULTS.runs,
        months: body.months ?? DEFAULTS.months,
        seed: body.seed ?? DEFAULTS.seed,
      };
      if (input.runs * input.months > maxWork) {
        throw new ComputeRefusal(
          413,
          'over_budget',
          `runs × months is ${input.runs * input.months}; one request may ask for at most ${maxWork} (fewer runs or months)`,
        );
      }
      return opts.pool.run<ScenarioRunResponse>({ kind: 'scenario-run', input, needs: [await registry()] });
    },
  );
}
