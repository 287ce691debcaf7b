/**
 * Worker-thread side of `ScreeningPool` (see `pool.ts`): builds its own candidate index from
 * the entries it was started with, then screens batches of queries posted by the pool.
 * It warms up on a thousand of its own names before reporting ready. Results go back
 * without their entry object (the pool re-attaches it by index), so only
 * ids, names, scores and explanations cross the thread boundary.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCandidateIndex, screenName, type ScreeningEntry } from '../names/index.ts';
import type { BulkQuery, WorkerReply, WorkerResult } from './pool.ts';

const port = parentPort!;
const WARM_UP = 1000;
const { entries } = workerData as { entries: ScreeningEntry[] };
const started = performance.now();
const index = buildCandidateIndex(entries);
const position = new Map<ScreeningEntry, number>(entries.map((e, i) => [e, i]));
// Warm-up: a thousand of the index's own names, so the first batches do not run in
// unoptimised code (counted in the start-up time the pool reports).
const step = Math.max(1, Math.floor(index.names.length / WARM_UP));
for (let i = 0; i < index.names.length && i < step * WARM_UP; i += step) {
  const { name, schema } = index.names[i]!;
  screenName(index, name, { schema, limit: 10 });
}
port.postMessage({ type: 'ready', readyMs: performance.now() - started } satisfies WorkerReply);

port.on('message', (msg: { id: number; queries: BulkQuery[] }) => {
  try {
    const results = msg.queries.map((q): WorkerResult[] =>
      q.query.trim() ? screenName(index, q.query, q).map(({ entry, ...r }) => ({ ...r, entryIndex: position.get(entry)! })) : [],
    );
    port.postMessage({ type: 'done', id: msg.id, results } satisfies WorkerReply);
  } catch (err) {
    port.postMessage({ type: 'error', id: msg.id, message: (err as Error)?.stack ?? String(err) } satisfies WorkerReply);
  }
});
