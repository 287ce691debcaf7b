// The public surface of the scenario simulator (pure: registry values and a seed in, plain values out).
export {
  calibrate,
  summarizeCalibration,
  poissonRateInterval,
  type Calibration,
  type CalibrationSummary,
  type CalibrateOptions,
  type Estimate,
} from './calibrate.ts';
export { identificationOf, IDENTIFICATION_LABEL, PROFILE_95, type Identification } from './identification.ts';
export { dealChannels, mainBroker, wilson, DOMESTIC, type DealChannel, type Rate } from './deals.ts';
export { buildPanel, isAtLeast, latestDate, RATE_INFLOW, type Panel, type PanelOptions, type RecognitionInterval } from './panel.ts';
export { monthLabel, monthOfLabel } from '../dates.ts';
export { evaluateGrid, upperTail, type Grid, type Axis } from './likelihood.ts';
export { simulatePath, allocateBuffers, expectedStock, type ModelSpec, type ChannelSpec, type PathParams, type PathStreams, type RunBuffers } from './model.ts';
export { uniformStream, mixSeed, normalQuantile, poissonQuantile, binomialQuantile, shockQuantile, APPROX_THRESHOLD, type UniformStream } from './rng.ts';
export {
  SCENARIO_NAMES,
  PRESSURE_LAMBDA_MULTIPLIER,
  builtinScenarios,
  scenarioByName,
  userScenario,
  userScenarioSchema,
  type Scenario,
  type ScenarioParams,
  type ScenarioChannel,
  type RhoSetting,
  type UserScenario,
} from './scenarios.ts';
export { runScenario, simulate, drawParams, modelSpec, quantileSorted, type RunOptions, type RunResult, type MonthQuantiles } from './run.ts';
export { backtest, knownOn, type BacktestOptions, type BacktestResult, type BacktestVariant, type BacktestRow, type NaiveBaseline } from './backtest.ts';
export { calibrationMarkdown, backtestMarkdown, scenarioFindings } from './report.ts';
