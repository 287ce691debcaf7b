/**
 * Worker-thread side of `ComputePool` (compute-pool.ts): keeps the registry with its calibration
 * and the screening index for the data version it was last given, and runs scenario and screening
 * tasks on them. Only task inputs and JSON-ready results cross the thread boundary.
 */
import { parentPort } from 'node:worker_threads';
import type { Registry } from '../domain/records.ts';
import {
  backtest,
  builtinScenarios,
  calibrate,
  runScenario,
  scenarioByName,
  summarizeCalibration,
  userScenario,
  type Calibration,
} from '../analysis/simulate/index.ts';
import { buildCandidateIndex, screenName, type CandidateIndex, type QueryProperties, type ScreeningEntry } from '../names/index.ts';
import { serialiseError, type WorkerMessage } from './compute-pool.ts';
import { toHit } from './screen-hit.ts';

const port = parentPort!;

interface State<T> {
  version: string;
  value: T;
}
let registry: State<Registry> | undefined;
let calibration: State<Calibration> | undefined;
let index: State<CandidateIndex> | undefined;

interface Message {
  id: number;
  kind: 'scenario-catalogue' | 'scenario-run' | 'scenario-backtest' | 'screen';
  input: unknown;
  context: Record<string, { version: string; value: unknown }>;
  versions: Record<string, string>;
}

function calibrated(version: string): Calibration {
  if (calibration?.version !== version) calibration = { version, value: calibrate(registry!.value) };
  return calibration.value;
}

export interface ScenarioRunInput {
  scenario?: string;
  params?: unknown;
  runs: number;
  months: number;
  seed: number;
}

/** A backtest on the data known at the dataset profile's cut (published by then: no look-ahead). */
export interface ScenarioBacktestInput {
  runs: number;
  seed: number;
}

export interface ScreenInput {
  queries: string[];
  schema?: string;
  limit: number;
  /** What the screened person or organisation is known by besides the name (tells namesakes apart). */
  properties?: QueryProperties;
}

port.on('message', (m: Message) => {
  try {
    if (m.context.registry) registry = { version: m.context.registry.version, value: m.context.registry.value as Registry };
    if (m.context.screening) {
      // Reuse the previous index's parsed names: a rebuild then parses only what is new.
      const reuse = index?.value;
      index = {
        version: m.context.screening.version,
        value: buildCandidateIndex(m.context.screening.value as ScreeningEntry[], reuse ? { reuse } : undefined),
      };
    }
    let value: unknown;
    if (m.kind === 'scenario-catalogue') {
      const cal = calibrated(m.versions.registry!);
      value = { scenarios: builtinScenarios(cal), calibration: summarizeCalibration(cal) };
    } else if (m.kind === 'scenario-run') {
      const input = m.input as ScenarioRunInput;
      const cal = calibrated(m.versions.registry!);
      const scenario = input.params !== undefined ? userScenario(cal, input.params) : scenarioByName(cal, input.scenario ?? 'status-quo');
      value = runScenario(cal, scenario, { runs: input.runs, months: input.months, seed: input.seed });
    } else if (m.kind === 'scenario-backtest') {
      const input = m.input as ScenarioBacktestInput;
      value = backtest(registry!.value, { runs: input.runs, seed: input.seed });
    } else {
      const input = m.input as ScreenInput;
      const idx = index!.value;
      const schema = input.schema as 'Person' | 'Organization' | undefined;
      value = input.queries.map((q) => screenName(idx, q, { schema, limit: input.limit, properties: input.properties }).map(toHit));
    }
    port.postMessage({ id: m.id, ok: true, value } satisfies WorkerMessage);
  } catch (err) {
    port.postMessage({ id: m.id, ok: false, error: serialiseError(err) } satisfies WorkerMessage);
  }
});
