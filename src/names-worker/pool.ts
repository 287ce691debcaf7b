/**
 * Bulk screening on worker threads: the shell around the pure matcher in `src/names/`.
 * Each worker builds its own candidate index from the same entries (in parallel, so the
 * wall time is about one build) and screens batches of queries handed out one at a time,
 * so a slow batch never holds up the others. Results come back in query order and are the
 * same as `screenName` on one thread.
 *
 *   const pool = await ScreeningPool.start(entries, { threads: 2 });
 *   const results = await pool.screen([{ query: 'Łukašenka', schema: 'Person' }]);
 *   await pool.close();
 *
 * Memory: every worker holds a full index (≈ 250 MB of heap for 200,000 names).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScreenOptions, ScreenResult, ScreeningEntry } from '../names/index.ts';

/** One name to screen, with the options of `screenName`. */
export interface BulkQuery extends ScreenOptions {
  query: string;
}

export interface PoolOptions {
  /** Worker threads; default the machine's available parallelism. */
  threads?: number;
  /** Queries per message; default 32. */
  batch?: number;
}

/** A result as it crosses the thread boundary: the entry travels as its index. */
export type WorkerResult = Omit<ScreenResult, 'entry'> & { entryIndex: number };
export type WorkerReply =
  | { type: 'ready'; readyMs: number }
  | { type: 'done'; id: number; results: WorkerResult[][] }
  | { type: 'error'; id: number; message: string };

// Workers start from this script so that they load TypeScript through tsx whether or not
// the parent process did (module hooks are not inherited by worker threads on Node 20).
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

export class ScreeningPool {
  private nextId = 0;
  // Calls to `screen` run one after another (each uses every worker).
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly workers: Worker[],
    private readonly entries: readonly ScreeningEntry[],
    private readonly batch: number,
    /** Milliseconds each worker took to build its index and warm up. */
    readonly readyMs: readonly number[],
  ) {}

  /** Starts the workers and waits until every one has built its index. */
  static async start(entries: readonly ScreeningEntry[], opts: PoolOptions = {}): Promise<ScreeningPool> {
    const threads = Math.max(1, opts.threads ?? availableParallelism());
    const workerData = { tsx: import.meta.resolve('tsx/esm/api'), entry: new URL('./worker.ts', import.meta.url).href, entries };
    const workers = Array.from({ length: threads }, () => new Worker(BOOT, { eval: true, workerData }));
    try {
      const ready = await Promise.all(workers.map((w) => reply(w, (m) => m.type === 'ready')));
      return new ScreeningPool(
        workers,
        entries,
        Math.max(1, opts.batch ?? 32),
        ready.map((m) => (m.type === 'ready' ? m.readyMs : 0)),
      );
    } catch (err) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw err;
    }
  }

  /** Screens every query; `onProgress` is called with the number done after each batch. */
  screen(queries: readonly BulkQuery[], onProgress?: (done: number) => void): Promise<ScreenResult[][]> {
    const run = this.queue.then(() => this.screenNow(queries, onProgress));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async screenNow(queries: readonly BulkQuery[], onProgress?: (done: number) => void): Promise<ScreenResult[][]> {
    const out: ScreenResult[][] = new Array(queries.length);
    let next = 0;
    let done = 0;
    const feed = async (worker: Worker): Promise<void> => {
      while (next < queries.length) {
        const start = next;
        next = Math.min(queries.length, start + this.batch);
        const id = this.nextId++;
        const answer = reply(worker, (m) => m.type !== 'ready' && m.id === id);
        worker.postMessage({ id, queries: queries.slice(start, next) });
        const m = await answer;
        if (m.type === 'error') {
          next = queries.length; // stop handing out work
          throw new Error(`screening worker failed: ${m.message}`);
        }
        if (m.type !== 'done') continue;
        m.results.forEach((rs, k) => {
          out[start + k] = rs.map((r) => ({
            id: r.id,
            entry: this.entries[r.entryIndex]!,
            name: r.name,
            score: r.score,
            match: r.match,
            threshold: r.threshold,
            explanation: r.explanation,
          }));
        });
        done += m.results.length;
        onProgress?.(done);
      }
    };
    await Promise.all(this.workers.map(feed));
    return out;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

// The next message of a worker that satisfies `accept`; rejects on a worker error or exit.
function reply(worker: Worker, accept: (m: WorkerReply) => boolean): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: WorkerReply) => {
      if (!accept(m)) return;
      cleanup();
      resolve(m);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`screening worker exited with code ${code}`));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
