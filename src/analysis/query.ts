/**
 * One entry point for the shells (CLI `analyse …` and `GET /api/v1/analysis/…`): turns the
 * shared string parameters into calls of the analyses, so both print the same JSON shapes.
 */
import type { Registry } from '../domain/records.ts';
import { LeverageError } from '../domain/errors.ts';
import { isoOf } from './dates.ts';
import { eventStudy } from './event-study.ts';
import { flows, prepareFlows, type FlowContext } from './flows.ts';
import { exchangeLedger } from './ledger.ts';
import { refillRatio, replacementTimes } from './refill.ts';

/** The analyses reachable by name. */
export const ANALYSES = ['flows', 'refill', 'ledger', 'event-study'] as const;
export type AnalysisName = (typeof ANALYSES)[number];

/** Parameters as given on a command line or in a query string. */
export interface AnalysisParams {
  from?: string;
  to?: string;
  /** flows: month | quarter | year | Nd; ledger: days after an engagement (default 30). */
  window?: string;
  /** event-study: days after the event (default 30). */
  k?: number | string;
  /** event-study and refill (bootstrap): PRNG seed (default 1). */
  seed?: number | string;
  counter?: string;
}

function int(value: number | string | undefined, name: string, min: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new LeverageError('bad_input', `--${name}: expected a whole number ≥ ${min}, not ${JSON.stringify(value)}`);
  return n;
}

/**
 * Runs one analysis by name; throws `LeverageError('bad_input')` on a bad parameter. `ctx` is
 * the context of `params.counter` when the caller keeps one (the server does, per data version).
 */
export function runAnalysis(name: AnalysisName, registry: Registry, params: AnalysisParams = {}, ctx: FlowContext = prepareFlows(registry, params.counter)) {
  switch (name) {
    case 'flows':
      return flows(registry, { from: params.from, to: params.to, window: params.window ?? 'month', counter: params.counter }, ctx);
    case 'refill': {
      if (ctx.last < ctx.first) throw new LeverageError('not_found', 'no dated records to compute a refill ratio from');
      const from = params.from ?? isoOf(ctx.first);
      const to = params.to ?? isoOf(ctx.last);
      const refill = refillRatio(registry, { from, to, counter: params.counter, seed: int(params.seed, 'seed', 0) }, ctx);
      const replacement = replacementTimes(registry, { counter: params.counter }, ctx);
      const inWindow = replacement.items.filter((x) => x.date >= refill.from && x.date.slice(0, 10) <= refill.to);
      return { ...refill, replacement: inWindow };
    }
    case 'ledger': {
      const windowDays = int(params.window?.replace(/d$/, ''), 'window', 0);
      return exchangeLedger(registry, { from: params.from, to: params.to, windowDays, counter: params.counter }, ctx);
    }
    case 'event-study':
      return eventStudy(registry, { from: params.from, to: params.to, k: int(params.k, 'k', 0), seed: int(params.seed, 'seed', 0) }, ctx);
    default:
      throw new LeverageError('bad_input', `unknown analysis ${JSON.stringify(name)}`, { expected: ANALYSES.join(', ') });
  }
}
