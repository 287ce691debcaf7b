/**
 * The pure core (domain, names, analysis) imports no I/O and nothing from the shell; imports
 * point inward (DESIGN.md, Architecture). A new import that breaks this fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const SRC = new URL('../src/', import.meta.url).pathname;
const IO = /^(node:)?(fs|fs\/promises|path|http|https|net|child_process|worker_threads|os|url|stream|readline|crypto)$|^(pg|postgres|fastify|@electric-sql\/pglite|@fastify\/.*|playwright-core|vite|commander|cli-progress)$/;
const ALLOWED: Record<string, string[]> = { domain: [], names: ['domain'], analysis: ['domain'] };

function importsOf(dir: string): { file: string; spec: string }[] {
  return (readdirSync(SRC + dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`${SRC}${dir}/${f}`, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({ file: `${dir}/${f}`, spec: m[1]! })));
}

for (const [core, allowed] of Object.entries(ALLOWED)) {
  test(`src/${core} imports no I/O and only ${allowed.length ? allowed.join(', ') : 'itself'}`, () => {
    const found = importsOf(core);
    assert.ok(found.length > 0);
    for (const { file, spec } of found) {
      assert.ok(!IO.test(spec), `${file} imports ${spec}`);
      if (spec.startsWith('.')) {
        const target = new URL(spec, `file://${SRC}${file}`).pathname.slice(SRC.length).split('/')[0];
        assert.ok(target === core || allowed.includes(target!), `${file} imports ${spec} (src/${target})`);
      }
    }
  });
}
