/**
 * The architecture of DESIGN.md, enforced: the rules live in test/architecture/check.ts. Part 1
 * checks the real src/ tree; part 2 proves each rule catches its breach, one tiny tree per kind
 * under test/fixtures/architecture/ (those files are never compiled nor run).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkArchitecture, checkProject, REPORTED_ONLY, type Rule, type Violation } from './architecture/check.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const FIXTURES = new URL('fixtures/architecture/', import.meta.url).pathname;
const DEPENDENCIES = Object.keys((JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { dependencies: Record<string, string> }).dependencies);

const listing = (vs: Violation[]): string => vs.map((v) => `  ${v.file}:${v.line} [${v.rule}] ${v.message}`).join('\n');

describe('the real src/ tree', () => {
  const all = checkProject(ROOT);

  test('breaks no architecture rule', (t) => {
    // Rules in REPORTED_ONLY (imports past another folder's index.ts) are counted, not enforced yet.
    for (const rule of REPORTED_ONLY) t.diagnostic(`${all.filter((v) => v.rule === rule).length} violations of ${rule} (reported only)`);
    const enforced = all.filter((v) => !REPORTED_ONLY.has(v.rule));
    assert.equal(enforced.length, 0, `${enforced.length} architecture violations:\n${listing(enforced)}\n`);
  });
});

/** Each fixture tree and exactly the violations it must yield: [file, line, rule]. */
const CASES: Record<string, [string, number, Rule][]> = {
  'core-io-static': [['domain/load.ts', 1, 'core-builtin']],
  'core-imports-shell': [['analysis/flows.ts', 1, 'folder-import']],
  'names-imports-analysis': [['names/score.ts', 1, 'folder-import']],
  'domain-imports-names': [['domain/person.ts', 1, 'folder-import']],
  'side-effect-import': [['domain/records.ts', 1, 'folder-import']],
  'dynamic-import': [['analysis/report.ts', 2, 'folder-import']],
  'require-call': [
    ['names/load.ts', 1, 'folder-import'],
    ['names/load.ts', 1, 'core-global'],
  ],
  'import-equals-require': [['domain/fs.ts', 1, 'core-builtin']],
  'import-type-node': [['analysis/stream.ts', 1, 'core-builtin']],
  'node-zlib': [['analysis/archive.ts', 1, 'core-builtin']],
  'node-stream-promises': [['names/stream.ts', 1, 'core-builtin']],
  'csv-parse-in-core': [['domain/rows.ts', 1, 'core-package']],
  'process-env-in-core': [['analysis/config.ts', 1, 'core-process']],
  'date-now-in-core': [['analysis/age.ts', 1, 'core-clock']],
  'new-date-in-core': [['domain/today.ts', 1, 'core-clock']],
  'math-random-in-core': [['analysis/draw.ts', 1, 'core-random']],
  'fetch-in-core': [['names/remote.ts', 1, 'core-global']],
  'timer-in-core': [['analysis/later.ts', 2, 'core-global']],
  'global-this-in-core': [['domain/host.ts', 1, 'core-global']],
  'store-imports-ingest': [['store/import.ts', 1, 'folder-import']],
  'server-imports-store': [['server/routes.ts', 1, 'folder-import']],
  'cli-imports-ingest': [['cli/lists.ts', 1, 'folder-import']],
  'export-from': [['names/index.ts', 1, 'folder-import']],
  'type-only-import': [['server/app.ts', 1, 'folder-import']],
  'computed-specifier': [['server/plugins.ts', 1, 'dynamic-specifier']],
  'package-outside-home': [['cli/db.ts', 1, 'package-home']],
  'dev-dependency-in-src': [['ingest/sample.ts', 1, 'not-a-dependency']],
  'unknown-folder': [['utils/strings.ts', 1, 'unknown-folder']],
  'past-index': [['server/screen.ts', 1, 'import-through-index']],
  clean: [],
};

describe('each rule catches its breach', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    test(name, () => {
      const found = checkArchitecture(`${FIXTURES}${name}`, DEPENDENCIES);
      const key = (v: [string, number, Rule]): string => v.join(':');
      assert.deepEqual(found.map((v) => key([v.file, v.line, v.rule])).sort(), expected.map(key).sort(), listing(found));
    });
  }
});
