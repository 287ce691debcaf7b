/**
 * docs/findings.md as `leverage analyse report` writes it: the analyses' headline figures, then
 * the simulator's calibration and backtest. One function, so the command and the test that checks
 * the committed file build exactly the same text.
 */
import type { Registry } from '../domain/records.ts';
import { buildFindings, type Figure, type ReportOptions } from './report.ts';
import { backtest, calibrate, scenarioFindings, summarizeCalibration } from './simulate/index.ts';

export interface FindingsOptions extends ReportOptions {
  /** Backtest: last day of data used for calibration and last month checked. Default: the dataset profile's `backtest`; with neither, no backtest. */
  backtestCut?: string;
  backtestTo?: string;
  /** Monte Carlo runs and seed of the backtest (defaults 10,000 and 1). */
  runs?: number;
  simulationSeed?: number;
}

export function findingsDocument(registry: Registry, options: FindingsOptions = {}): { markdown: string; figures: Figure[] } {
  const { markdown, figures } = buildFindings(registry, options);
  const calibration = summarizeCalibration(calibrate(registry, { counter: options.counter }));
  const cut = options.backtestCut ?? registry.profile?.backtest?.cut;
  const to = options.backtestTo ?? registry.profile?.backtest?.to;
  const test = cut && to ? backtest(registry, { cut, to, runs: options.runs ?? 10_000, seed: options.simulationSeed ?? 1, counter: options.counter }) : null;
  return { markdown: `${markdown.trimEnd()}\n\n${scenarioFindings(calibration, test)}`, figures };
}
