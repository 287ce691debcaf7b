import { buildCandidateIndex, screenName } from '../src/names/index.ts';
import { entries, pick, rand } from '../bench/screen-data.ts';
const index = buildCandidateIndex(entries);
const allNames = entries.flatMap((e) => e.names.map((n) => ({ n, schema: e.schema })));
for (let w = 0; w < 200; w++) { const { n, schema } = pick(allNames); screenName(index, n, { schema, limit: 10 }); }
const qs = Array.from({ length: 1500 }, () => { const { n, schema } = pick(allNames); return { query: rand() < 0.5 ? n : n.split(/\s+/u).reverse().join(' '), schema }; });
const t = performance.now(); const cpu0 = process.cpuUsage();
const per: number[] = [];
for (const q of qs) { const s = performance.now(); screenName(index, q.query, { schema: q.schema, limit: 10, explain: false }); per.push(performance.now() - s); }
const ms = performance.now() - t; const cpu = process.cpuUsage(cpu0);
per.sort((a, b) => a - b);
console.log(`${qs.length} fresh: ${(qs.length / (ms / 1000)).toFixed(0)}/s wall, cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, p50 ${per[750]!.toFixed(2)} p95 ${per[1425]!.toFixed(2)} max ${per.at(-1)!.toFixed(1)}`);
const slow = qs.map((q, i) => ({ q, t: 0, i }));
