/**
 * In-process A/B of two versions of the matcher on bulk screening: the base (another checkout's
 * `src/names`, e.g. `git archive main | tar -x -C /tmp/base`) and this one, each on its own index
 * of the screening bench's entries (`bench/screen-data.ts`), on the same fresh bulk names (as
 * `bench/screen.ts` makes them: half as listed, half words reversed; no explanations), in
 * alternating chunks of 100 so that a busy neighbour slows both alike. Prints the CPU time per
 * name of each, their ratio, how many result lists differ (ids, names, scores, order), and the
 * entries found at or above the threshold by one side only.
 *
 *   npx tsx bench/screen-ab.ts --base /tmp/base [--bulk 3000] [--show 20]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as here from '../src/names/index.ts';
import { BULK, entries, pick, rand } from './screen-data.ts';

const at = process.argv.indexOf('--base');
if (at < 0) throw new Error('give --base DIR: a checkout of the version to compare with (its src/names/index.ts is imported)');
const base: typeof here = await import(pathToFileURL(resolve(process.argv[at + 1]!, 'src/names/index.ts')).href);
const CHUNK = 100;

const sides = [
  { name: 'base', m: base, index: base.buildCandidateIndex(entries), cpuUs: 0 },
  { name: 'this', m: here, index: here.buildCandidateIndex(entries), cpuUs: 0 },
];
const allNames = entries.flatMap((e) => e.names.map((n) => ({ n, schema: e.schema })));
// Warm-up (JIT) of both on names that are not measured.
for (let w = 0; w < 500; w++) {
  const { n, schema } = pick(allNames);
  for (const s of sides) s.m.screenName(s.index, n, { schema, limit: 10, explain: false });
}
const bulk = Array.from({ length: BULK }, () => {
  const { n, schema } = pick(allNames);
  return { query: rand() < 0.5 ? n : n.split(/\s+/u).reverse().join(' '), schema, limit: 10, explain: false };
});
const cpuUs = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const digest = (rs: here.ScreenResult[]) => JSON.stringify(rs.map((r) => [r.id, r.name, r.score]));
let differing = 0;
const matched = (rs: here.ScreenResult[]) => new Set(rs.filter((r) => r.match).map((r) => r.id));
const onlyIn = { base: 0, this: 0 };
// `--show N`: the first N matches found by one side only (query, entry name, the two scores).
const showAt = process.argv.indexOf('--show');
const show = showAt >= 0 ? Number(process.argv[showAt + 1]) : 0;
const shown: string[] = [];
const scoreOf = (rs: here.ScreenResult[], id: string) => rs.find((r) => r.id === id)?.score.toFixed(3) ?? '—';
for (let from = 0; from < bulk.length; from += CHUNK) {
  const chunk = bulk.slice(from, from + CHUNK);
  // Alternate which side goes first.
  const order = (from / CHUNK) % 2 === 0 ? sides : [...sides].reverse();
  const out = new Map<string, here.ScreenResult[][]>();
  for (const s of order) {
    const t = cpuUs();
    const results = chunk.map((b) => s.m.screenName(s.index, b.query, b));
    s.cpuUs += cpuUs() - t;
    out.set(s.name, results);
  }
  const [a, b] = [out.get('base')!, out.get('this')!];
  for (let k = 0; k < chunk.length; k++) {
    if (digest(a[k]!) !== digest(b[k]!)) differing++;
    const [ma, mb] = [matched(a[k]!), matched(b[k]!)];
    for (const id of ma)
      if (!mb.has(id)) {
        onlyIn.base++;
        if (shown.length < show)
          shown.push(`base only: ${chunk[k]!.query} → ${a[k]!.find((r) => r.id === id)!.name} (${scoreOf(a[k]!, id)} / ${scoreOf(b[k]!, id)})`);
      }
    for (const id of mb)
      if (!ma.has(id)) {
        onlyIn.this++;
        if (shown.length < show)
          shown.push(`this only: ${chunk[k]!.query} → ${b[k]!.find((r) => r.id === id)!.name} (${scoreOf(a[k]!, id)} / ${scoreOf(b[k]!, id)})`);
      }
  }
}
const [b, t] = sides as [(typeof sides)[0], (typeof sides)[0]];
console.log(
  `${bulk.length} fresh names: base ${(b.cpuUs / 1000 / bulk.length).toFixed(3)} ms CPU per name, this ${(t.cpuUs / 1000 / bulk.length).toFixed(3)} ms; this ÷ base ×${(t.cpuUs / b.cpuUs).toFixed(2)}; result lists differing: ${differing}; matches (≥ threshold) found by base only ${onlyIn.base}, by this only ${onlyIn.this}`,
);
for (const line of shown) console.log(line);
