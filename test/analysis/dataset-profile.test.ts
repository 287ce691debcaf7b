/** The analyses take their country-specific defaults from the registry's dataset profile, and run without one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFindings, findingsDocument, prepareFlows, readActors } from '../../src/analysis/index.ts';
import { backtest } from '../../src/analysis/simulate/index.ts';
import { parseDatasetProfile } from '../../src/domain/index.ts';
import { loadCsvRegistry } from './registry-fixture.ts';
import { contact, obs, registry } from './synthetic.ts';

const profile = (extra: object) => parseDatasetProfile({ country: { code: 'ZZ', name: 'Testland' }, counter: { name: 'Group B' }, ...extra });

test("the default counter is the profile's when it has rows, else the one with the most stock counts", () => {
  const rows = [
    obs('a1', '2024-01-31', 'current', 10, { source_org: 'Group A' }),
    obs('a2', '2024-02-29', 'current', 11, { source_org: 'Group A' }),
    obs('b1', '2024-01-31', 'current', 12, { source_org: 'Group B' }),
  ];
  assert.equal(prepareFlows(registry({ observations: rows })).counter, 'Group A');
  assert.equal(prepareFlows(registry({ observations: rows, profile: profile({}) })).counter, 'Group B');
  assert.equal(prepareFlows(registry({ observations: rows, profile: profile({ counter: { name: 'Group C' } }) })).counter, 'Group A');
});

test("the regime side of contacts is the profile's `regime` when given, else inferred", () => {
  const contacts = [
    contact('c1', '2024-03-01', 'visit', 'US', 'ZZ'),
    contact('c2', '2024-04-01', 'call', 'Envoy', 'ZZ'),
    contact('c3', '2024-05-01', 'letter', 'ZZ', 'Leader'),
  ];
  assert.deepEqual(readActors(registry({ contacts })).regime, ['ZZ', 'Leader']);
  assert.deepEqual(readActors(registry({ contacts, profile: profile({ regime: ['ZZ', 'Palace'] }) })).regime, ['ZZ', 'Palace']);
});

test('without a profile the report covers the data span, picks no release months, and runs no backtest', () => {
  const shipped = loadCsvRegistry();
  const bare = { ...shipped, profile: undefined };
  const { figures, markdown } = buildFindings(bare);
  assert.deepEqual(
    figures.filter((f) => f.key.startsWith('refill:') && f.key.split(':').length === 3).map((f) => f.key),
    ['refill:2020-07-21:2026-03-19'],
  );
  assert.equal(
    figures.some((f) => f.key.startsWith('replacement:')),
    false,
  );
  assert.match(markdown, /## Releases per concession by counterpart, \d{4}-\d{2}-\d{2}–2026-03-19\n/);
  assert.throws(() => backtest(bare, { runs: 10 }), /the backtest needs a cut/);
  assert.match(findingsDocument(bare, { runs: 10 }).markdown, /No backtest: neither the dataset profile nor the options name a cut/);
  // With the profile: its windows.
  assert.deepEqual(
    buildFindings(shipped)
      .figures.filter((f) => /^refill:[^:]+:[^:]+$/.test(f.key))
      .map((f) => f.key),
    ['refill:2024:2024', 'refill:2025:2025', 'refill:2024-07:2026-03'],
  );
});
