/**
 * Bulk screening on one thread, for profiling and before/after comparison: builds the screening
 * bench's index once (`bench/screen-data.ts`), warms up on 500 of its names, then screens
 * `--bulk` fresh names (as `bench/screen.ts` makes them: half as listed, half words reversed;
 * no explanations) and prints names per CPU-second. `--out FILE` writes every result (id,
 * name, score) as JSON, to diff two versions of the matcher.
 *
 *   npx tsx bench/screen-bulk.ts [--bulk 3000] [--out /tmp/bulk.json]
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/screen-bulk.ts
 *   node --expose-gc --import tsx bench/screen-bulk.ts   (also prints the index's heap)
 */
import { writeFileSync } from 'node:fs';
import { buildCandidateIndex, screenName } from '../src/names/index.ts';
import { BULK, entries, pick, rand } from './screen-data.ts';

const outAt = process.argv.indexOf('--out');
// With `node --expose-gc`, the heap the index holds (after a full collection, before and after the build).
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const built = performance.now();
const index = buildCandidateIndex(entries);
const buildMs = performance.now() - built;
gc?.();
if (gc)
  console.log(
    `index: ${index.names.length} names, built in ${(buildMs / 1000).toFixed(1)} s, heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`,
  );
const allNames = entries.flatMap((e) => e.names.map((n) => ({ n, schema: e.schema })));
for (let w = 0; w < 500; w++) {
  const { n, schema } = pick(allNames);
  screenName(index, n, { schema, limit: 10, explain: false });
}
const bulk = Array.from({ length: BULK }, () => {
  const { n, schema } = pick(allNames);
  return { query: rand() < 0.5 ? n : n.split(/\s+/u).reverse().join(' '), schema, limit: 10, explain: false };
});
const cpu = process.cpuUsage();
const start = performance.now();
const results = bulk.map((b) => screenName(index, b.query, b));
const wallMs = performance.now() - start;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
console.log(
  `bulk one thread: ${BULK} fresh names, ${((BULK / wallMs) * 1000).toFixed(0)} names/s wall, ${((BULK / cpuMs) * 1000).toFixed(0)} per CPU-second (${(cpuMs / BULK).toFixed(3)} ms CPU per name)`,
);
if (outAt >= 0) {
  const rows = bulk.map((b, i) => ({ query: b.query, schema: b.schema, results: results[i]!.map((r) => [r.id, r.name, r.score]) }));
  writeFileSync(process.argv[outAt + 1]!, JSON.stringify(rows));
}
