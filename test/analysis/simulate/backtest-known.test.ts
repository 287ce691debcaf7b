/**
 * The backtest has no look-ahead: its calibration sees only rows published by the cut. Pinned on
 * the shipped data, where Viasna's June 2024 review (BY-0092: 1,413 at the end of June) came out on
 * 9 July, after the default cut of 30 June.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backtest, knownOn } from '../../../src/analysis/simulate/index.ts';
import { dayOf } from '../../../src/analysis/dates.ts';
import type { Observation, Registry } from '../../../src/domain/index.ts';
import { loadCsvRegistry } from '../registry-fixture.ts';

const cited = { source_url: 'https://example.org/x', publisher: 'x', evidence: 'x' };
const row = (id: string, date: string, published?: string): Observation => ({
  id,
  date,
  metric: 'current',
  value: 100,
  source_org: 'C',
  ...cited,
  ...(published ? { published } : {}),
});

test('knownOn keeps rows published by the day (or undated ones by their date) and lists those dated earlier but published later', () => {
  const registry: Registry = {
    releases: [],
    measures: [],
    contacts: [],
    events: [],
    observations: [
      row('same-day', '2024-06-30', '2024-06-30'),
      row('no-published', '2024-06-15'),
      row('review-later', '2024-06-30', '2024-07-09'),
      row('month-published', '2024-06-20', '2024-06'),
      row('month-after', '2024-06-25', '2024-07'),
      row('future', '2024-08-31', '2024-09-05'),
    ],
  };
  const { registry: known, left } = knownOn(registry, dayOf('2024-06-30'));
  assert.deepEqual(
    known.observations.map((o) => o.id),
    ['same-day', 'no-published', 'month-published'],
  );
  // "future" is neither dated nor published by the day: not listed as left out (it is simply later).
  assert.deepEqual(left, ['month-after', 'review-later']);
});

test('on the shipped data the backtest starts from the last count published by the cut, not one published after it', () => {
  const registry = loadCsvRegistry();
  const published = backtest(registry, { runs: 50, seed: 1 });
  assert.equal(published.known_by, 'published');
  assert.ok(published.published_after_cut_ids.includes('BY-0092'));
  assert.notEqual(published.start.id, 'BY-0092');
  const byDate = backtest(registry, { runs: 50, seed: 1, knownBy: 'date' });
  assert.equal(byDate.start.id, 'BY-0092');
  assert.deepEqual(byDate.published_after_cut_ids, []);
  // The release dated before the cut but published after it is still applied where it happened (given releases).
  const june = published.variants[1].rows.find((r) => r.month === '2024-06');
  assert.ok(june && june.releases >= 5, `June 2024 given releases: ${june?.releases}`);
});
