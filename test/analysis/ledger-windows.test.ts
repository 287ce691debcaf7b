/**
 * The ledger's by-window ties (src/analysis/ledger-windows.ts): per release position, the latest
 * recorded engagement episode whose window covers its day, as a scan of every episode finds it;
 * then only untied releases take it, and a release code tied at an earlier position keeps its tie.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Episode } from '../../src/analysis/episodes.ts';
import { latestWindows, tieToWindows, untiedWindows } from '../../src/analysis/ledger-windows.ts';

const episode = (start: number, length: number, recorded: boolean): Episode =>
  ({
    id: `e${start}`,
    side: 'engagement',
    counterpart: 'US',
    start,
    end: start + length,
    from: '',
    to: '',
    relief: false,
    kinds: [],
    rows: recorded ? [{ id: 'r', source: 'contact', kind: 'visit', start, end: start + length }] : [],
    named_in_source: undefined,
  }) as Episode;

/** The latest (highest index) recorded episode with start ≤ day ≤ end + windowDays, by a scan of all. */
const scan = (engagement: Episode[], day: number, windowDays: number) => {
  for (let k = engagement.length - 1; k >= 0; k--) {
    const e = engagement[k];
    if (e.rows.length && e.start <= day && day <= e.end + windowDays) return k;
  }
  return -1;
};

test('latestWindows: the latest recorded episode covering each release day, as a scan finds it', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 30 }),
      fc.array(fc.integer({ min: -10, max: 260 }), { maxLength: 200 }),
      fc.integer({ min: -5, max: 60 }),
      (eps, releaseDays, windowDays) => {
        // Episodes sorted by start (ties in list order), as the ledger passes them.
        const engagement = eps.map(([s, l, r]) => episode(s, l, r)).sort((a, b) => a.start - b.start);
        const days = Int32Array.from(releaseDays).sort();
        const latest = latestWindows(engagement, days, windowDays);
        assert.deepEqual(
          Array.from(latest),
          Array.from(days, (d) => scan(engagement, d, windowDays)),
        );
      },
    ),
  );
});

test('untiedWindows and tieToWindows: only untied codes take their window tie; a code keeps its first tie', () => {
  // Positions 0–4; codes 0, 1, 2, 1, 3 (code 1 appears twice); code 2 is tied already (tie 7).
  const latest = Int32Array.of(0, 1, -1, 0, 1);
  const qCodes = Int32Array.of(0, 1, 2, 1, 3);
  const tieOf = Int32Array.of(-1, -1, 7, -1);
  assert.deepEqual(Array.from(untiedWindows(latest, qCodes, tieOf, 2)), [0, 1, 1]);
  // Episode 0 → tie 10, episode 1 → tie 11; [0] is "none".
  tieToWindows(latest, qCodes, tieOf, Int32Array.of(-1, 10, 11));
  // Code 1 takes episode 1's tie at position 1 and keeps it at position 3 (episode 0's window).
  assert.deepEqual(Array.from(tieOf), [10, 11, 7, 11]);
});
