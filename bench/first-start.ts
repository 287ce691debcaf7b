/**
 * First start on an empty store: time from launching `leverage serve` to the server listening,
 * and to the shipped sanctions lists being loaded (`GET /api/v1/lists/status` says ready; a tree
 * without that route loads them before listening, so there the two times are one). Runs each
 * code tree given in turn, alternating, so both see the same machine load; prints the ratio.
 *
 *   npx tsx bench/first-start.ts --runs 2 <tree-before> <tree-after>
 *
 * Each tree needs web/dist built (else the first start builds the dashboard and that is timed too).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 2;
const trees = args;
if (!trees.length) throw new Error('usage: first-start.ts [--runs N] <tree> [<tree>…]');

interface Timing {
  listenS: number;
  listsS: number;
}

async function once(tree: string): Promise<Timing> {
  const dataDir = mkdtempSync(join(tmpdir(), 'leverage-bench-first-'));
  const started = performance.now();
  const child = spawn(process.execPath, [join(tree, 'bin/leverage.js'), 'serve', '--port', '0'], {
    cwd: tree,
    env: { ...process.env, LEVERAGE_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /Leverage is running: open (http:\/\/\S+?)\/?\n/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`${tree}: exited ${code} before listening:\n${out}`)));
    });
    const listenS = (performance.now() - started) / 1000;
    for (;;) {
      const res = await fetch(`${url}/api/v1/lists/status`).catch(() => undefined);
      if (res?.status === 404) return { listenS, listsS: listenS };
      const body = res?.ok ? ((await res.json()) as { state: string }) : undefined;
      if (body && body.state !== 'loading') return { listenS, listsS: (performance.now() - started) / 1000 };
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = new Map<string, Timing[]>(trees.map((t) => [t, []]));
for (let i = 0; i < runs; i++) {
  for (const tree of trees) {
    const t = await once(tree);
    results.get(tree)!.push(t);
    console.log(`${tree} run ${i + 1}: listening after ${t.listenS.toFixed(1)} s, lists loaded after ${t.listsS.toFixed(1)} s`);
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const summary = trees.map((t) => ({ tree: t, listen: median(results.get(t)!.map((r) => r.listenS)), lists: median(results.get(t)!.map((r) => r.listsS)) }));
for (const s of summary) console.log(`${s.tree}: median listening ${s.listen.toFixed(1)} s, lists loaded ${s.lists.toFixed(1)} s`);
if (summary.length === 2)
  console.log(
    `time to listening, after ÷ before: ${(summary[1]!.listen / summary[0]!.listen).toFixed(2)}; to lists loaded: ${(summary[1]!.lists / summary[0]!.lists).toFixed(2)}`,
  );
