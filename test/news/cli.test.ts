/** The `news extract` contract through a real process: the JSON shape, the readable table, errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIX = new URL('../fixtures/news/', import.meta.url).pathname;
const CONTRACT = [
  'kind',
  'date',
  'date_end',
  'date_basis',
  'date_note',
  'count',
  'count_qualifier',
  'issuer',
  'action',
  'target',
  'from',
  'to',
  'who',
  'mode',
  'counterparts',
  'total',
  'counter',
  'about',
  'background',
  'offer',
  'sentence',
  'start',
  'end',
  'confidence',
  'why',
  'language',
  'match',
];

const cli = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'src/cli/main.ts', 'news', 'extract', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });

test('news extract --json prints {"events":[…]} with the contract fields, nothing null', () => {
  const r = cli([`${FIX}en/01-pardon-saturday.txt`, '--published', '2025-09-14', '--json', '--no-match']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { events: Record<string, unknown>[] };
  assert.deepEqual(Object.keys(out), ['events']);
  const release = out.events.find((e) => e.kind === 'release')!;
  assert.equal(release.date, '2025-09-13');
  assert.equal(release.date_basis, 'relative');
  assert.equal(release.count, 52);
  assert.equal(release.offer, false);
  assert.equal(release.background, false);
  for (const e of out.events) {
    for (const [k, v] of Object.entries(e)) {
      assert.ok(CONTRACT.includes(k), `unexpected field ${k}`);
      assert.notEqual(v, null, k);
    }
    assert.equal(typeof e.start, 'number');
    assert.equal(typeof e.confidence, 'number');
  }
});

test('news extract reads stdin with -, and HTML files through readability', () => {
  const r = cli(['-', '--published', '2025-09-14', '--json', '--no-match'], 'Police detained 14 opposition activists on Tuesday.\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { events: { kind: string }[] }).events[0]!.kind, 'arrest');
  const h = cli([`${FIX}en/20-html-release.html`, '--published', '2026-01-09', '--no-match']);
  assert.equal(h.status, 0, h.stderr);
  assert.match(h.stdout, /release\s+2026-01-06/);
  assert.doesNotMatch(h.stdout, /Copyright/);
});

test('bad input: a missing file and a bad date name the place', () => {
  const r = cli([`${FIX}nope.txt`, '--json', '--no-match']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /nope\.txt/);
  const d = cli([`${FIX}en/01-pardon-saturday.txt`, '--published', '14.09.2025', '--no-match']);
  assert.equal(d.status, 1);
  assert.match(d.stderr, /published/);
});
