/**
 * CPU-heavy request work (scenario runs and calibrations, screening) runs on worker threads, so
 * the event loop keeps answering health checks and light reads while it runs. Each task has a
 * time budget: a task over it has its worker terminated (and replaced) and the request answers 503
 * with a detail saying what to ask for instead. Tasks wait in a bounded queue; a full queue is a
 * 503 with `Retry-After` at once, not a hung socket.
 *
 * Workers keep per-data-version state (the registry and its calibration, the screening index):
 * a task names the state it needs and its version; a worker that lacks it gets it with the task.
 *
 *   const pool = new ComputePool({ threads: 1, timeoutMs: 30_000 });
 *   const result = await pool.run({ kind: 'scenario-run', input, needs: [{ name: 'registry', version, load }] });
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LeverageError } from '../domain/errors.ts';

export interface ComputePoolOptions {
  /** Worker threads. Default: available parallelism − 1, at least 2 (a long run does not hold up a screening). */
  threads?: number;
  /** A task's time budget in ms (queue wait not included). Default 120,000 (LEVERAGE_TASK_TIMEOUT_MS for a listening server). */
  timeoutMs?: number;
  /** Tasks that may wait for a worker; one more is refused with 503. Default 64. */
  maxQueue?: number;
  /** Seconds a refused client is told to wait. Default 5. */
  retryAfterS?: number;
}

/** State a task needs on its worker: loaded on the main thread only when the worker lacks this version. */
export interface Need {
  name: 'registry' | 'screening';
  version: string;
  load: () => Promise<unknown>;
}

export interface Task {
  kind: 'scenario-catalogue' | 'scenario-run' | 'scenario-backtest' | 'screen';
  input: unknown;
  needs: Need[];
}

/** A refusal the app's error handler renders as problem+json with its status (503 over budget or busy). */
export class ComputeRefusal extends Error {
  readonly code: string;
  constructor(
    readonly statusCode: number,
    code: string,
    detail: string,
    readonly retryAfterS?: number,
  ) {
    super(detail);
    this.code = code;
  }
}

interface Slot {
  worker: Worker;
  loaded: Map<string, string>;
  busy: boolean;
}

interface Pending {
  task: Task;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

export type WorkerMessage = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerialisedError };
export interface SerialisedError {
  leverage: boolean;
  code?: string;
  message: string;
  location?: LeverageError['location'];
  expected?: string;
}

// Workers start from this script so that they load TypeScript through tsx whether or not the
// parent did (module hooks are not inherited by worker threads on Node 20).
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

export class ComputePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly threads: number;
  private readonly timeoutMs: number;
  private readonly maxQueue: number;
  private readonly retryAfterS: number;
  private nextId = 0;
  private closed = false;
  // The last state loaded for each need: a second worker gets it without a second read of the store.
  private readonly loadedState = new Map<string, { version: string; value: Promise<unknown> }>();

  constructor(options: ComputePoolOptions = {}) {
    this.threads = Math.max(1, options.threads ?? Math.max(2, availableParallelism() - 1));
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.maxQueue = options.maxQueue ?? 64;
    this.retryAfterS = options.retryAfterS ?? 5;
  }

  /** Runs a task on a worker; rejects with a `ComputeRefusal` when the queue is full or the budget is spent. */
  run<T>(task: Task): Promise<T> {
    if (this.closed) return Promise.reject(new ComputeRefusal(503, 'closing', 'the server is shutting down'));
    if (this.queue.length >= this.maxQueue) {
      const detail = `${this.queue.length} heavy requests are already waiting; retry after ${this.retryAfterS} s`;
      return Promise.reject(new ComputeRefusal(503, 'busy', detail, this.retryAfterS));
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued tasks are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ComputeRefusal(503, 'closing', 'the server is shutting down'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.threads) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.busy = true;
      this.execute(slot, pending).finally(() => {
        slot.busy = false;
        this.dispatch();
      });
    }
  }

  private spawn(): Slot {
    const workerData = { tsx: import.meta.resolve('tsx/esm/api'), entry: new URL('./compute-worker.ts', import.meta.url).href };
    const slot: Slot = { worker: new Worker(BOOT, { eval: true, workerData }), loaded: new Map(), busy: false };
    slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.worker.terminate().catch(() => undefined);
  }

  private async execute(slot: Slot, { task, resolve, reject }: Pending): Promise<void> {
    try {
      const context: Record<string, { version: string; value: unknown }> = {};
      for (const need of task.needs) {
        if (slot.loaded.get(need.name) !== need.version) context[need.name] = { version: need.version, value: await this.state(need) };
      }
      const id = this.nextId++;
      const answer = this.answer(slot, id);
      slot.worker.postMessage({ id, kind: task.kind, input: task.input, context, versions: Object.fromEntries(task.needs.map((n) => [n.name, n.version])) });
      for (const [name, c] of Object.entries(context)) slot.loaded.set(name, c.version);
      const m = await answer;
      if (m.ok) resolve(m.value);
      else reject(revive(m.error));
    } catch (err) {
      reject(err);
    }
  }

  private state(need: Need): Promise<unknown> {
    let kept = this.loadedState.get(need.name);
    if (kept?.version !== need.version) {
      kept = { version: need.version, value: need.load() };
      this.loadedState.set(need.name, kept);
      const failed = kept;
      kept.value.catch(() => this.loadedState.get(need.name) === failed && this.loadedState.delete(need.name));
    }
    return kept.value;
  }

  // The worker's answer to task `id`; over budget, the worker is terminated and replaced.
  private answer(slot: Slot, id: number): Promise<WorkerMessage> {
    const { worker } = slot;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.replace(slot);
        const s = Math.round(this.timeoutMs / 100) / 10;
        reject(
          new ComputeRefusal(
            503,
            'over_budget',
            `the request needed more than its ${s} s of computation and was stopped; ask for less (fewer runs, months or names)`,
          ),
        );
      }, this.timeoutMs);
      const onMessage = (m: WorkerMessage) => {
        if (m.id !== id) return;
        cleanup();
        resolve(m);
      };
      const onFail = (err: unknown) => {
        cleanup();
        this.replace(slot);
        reject(err instanceof Error ? err : new Error(`compute worker exited with code ${String(err)}`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onFail);
        worker.off('exit', onFail);
      };
      worker.on('message', onMessage);
      worker.on('error', onFail);
      worker.on('exit', onFail);
    });
  }
}

/** Turns an error from a worker back into what the route would have thrown on the main thread. */
function revive(e: SerialisedError): Error {
  if (e.leverage) return new LeverageError(e.code as LeverageError['code'], e.message, { location: e.location, expected: e.expected });
  return new Error(e.message);
}

/** An error as it crosses the thread boundary. */
export function serialiseError(err: unknown): SerialisedError {
  if (err instanceof LeverageError) return { leverage: true, code: err.code, message: err.message, location: err.location, expected: err.expected };
  return { leverage: false, message: (err as Error)?.stack ?? String(err) };
}
