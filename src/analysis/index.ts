// The public surface of the analyses: pure functions over domain values (no I/O), by file.
export {
  stockSeries,
  stockAt,
  buildSeries,
  defaultCounter,
  type StockResult,
  type StockSeries,
  type StockValue,
  type StockPoint,
  type StockOptions,
} from './stock.ts';
export {
  buildInflowProfile,
  inflowBetween,
  FLOW_INFLOW,
  type InflowProfile,
  type InflowSum,
  type InflowSegment,
  type InflowMethod,
  type InflowFigure,
  type InflowOptions,
} from './inflow.ts';
export {
  flows,
  flowWindow,
  outflowBetween,
  prepareFlows,
  OUTFLOW_MODES,
  type FlowsResult,
  type FlowsOptions,
  type FlowWindow,
  type FlowContext,
  type Outflow,
  type OutflowMode,
  type IdentityCheck,
} from './flows.ts';
export {
  refillRatio,
  replacementTimes,
  poissonRatioInterval,
  type RefillResult,
  type RefillOptions,
  type Replacement,
  type ReplacementOptions,
  type ReplacementResult,
  type Interval,
} from './refill.ts';
export {
  buildEpisodes,
  readActors,
  counterpartOf,
  ENGAGEMENT_CONTACT_KINDS,
  type Episode,
  type EpisodeRow,
  type EpisodeOptions,
  type ActorOptions,
  type ActorReading,
} from './episodes.ts';
export { exchangeLedger, type LedgerResult, type LedgerOptions, type LedgerEntry, type LedgerRelease, type LedgerTotal } from './ledger.ts';
export { eventStudy, type EventStudyResult, type EventStudyOptions, type EventGroup } from './event-study.ts';
export { buildFindings, type Figure, type ReportOptions } from './report.ts';
export { dayOf, isoOf, type DateSpan } from './dates.ts';
export { runAnalysis, ANALYSES, type AnalysisName, type AnalysisParams } from './query.ts';
export { findingsDocument, type FindingsOptions } from './findings.ts';
