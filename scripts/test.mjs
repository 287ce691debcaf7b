#!/usr/bin/env node
// Runs node's test runner over test/**/*.test.ts through tsx. Node 20's --test takes no globs,
// so the files are listed here. Extra arguments are passed on (e.g. a file filter or
// --test-name-pattern); a path argument narrows the run to matching files.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-'));
const files = readdirSync('test', { recursive: true })
  .map((f) => `test/${f}`)
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => !filters.length || filters.some((p) => f.includes(p)))
  .sort();
if (!files.length) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...flags, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
