/**
 * docs/findings.md as `leverage analyse report` writes it: the analyses' headline figures, then
 * the simulator's calibration and backtest. One function, so the command and the test that checks
 * the committed file build exactly the same text.
 */
import type { Registry } from '../domain/records.ts';
import { buildFindings, type Figure, type ReportOptions } from './report.ts';
import { backtest, calibrate, scenarioFindings, summarizeCalibration } from './simulate/index.ts';

export interface FindingsOptions extends ReportOptions {
  /** Backtest: last day of data used for calibration (default 2024-06-30) and last month checked (2026-03). */
  backtestCut?: string;
  backtestTo?: string;
  /** Monte Carlo runs and seed of the backtest (defaults 10,000 and 1). */
  runs?: number;
  simulationSeed?: number;
}

export function findingsDocument(registry: Registry, options: FindingsOptions = {}): { markdown: string; figures: Figure[] } {
  const { markdown, figures } = buildFindings(registry, options);
  const calibration = summarizeCalibration(calibrate(registry, { counter: options.counter }));
  const test = backtest(registry, { cut: options.backtestCut ?? '2024-06-30', to: options.backtestTo ?? '2026-03', runs: options.runs ?? 10_000, seed: options.simulationSeed ?? 1, counter: options.counter });
  return { markdown: `${markdown.trimEnd()}\n\n${scenarioFindings(calibration, test)}`, figures };
}
