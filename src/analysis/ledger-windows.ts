/**
 * The ledger's ties "by window" (internal): a release not tied strongly is tied to the latest
 * recorded engagement episode whose window [start, end + windowDays] covers its day (see
 * `ledger.ts`). Each step is a loop of its own over the release positions (by day, then id) with
 * no branch that only some registries take: code compiled on a small registry whose releases are
 * all tied strongly then serves a large one unchanged (the first query after load stays compiled).
 */
import type { Episode } from './episodes.ts';
import { lowerBound, upperBound } from './records.ts';

/**
 * Per release position q, the index in `engagement` (sorted by start) of the latest recorded
 * episode whose window covers `days[q]` (−1: none). "Latest" is the highest index: the last to
 * start, the later in list order on a tie. Each window is a range of positions (`days` ascends),
 * written in episode order, so a later episode overwrites an earlier one (typed-array fills: with
 * 30-day windows, a few writes per release).
 */
export function latestWindows(engagement: readonly Episode[], days: Int32Array, windowDays: number): Int32Array {
  const latest = new Int32Array(days.length).fill(-1);
  for (let k = 0; k < engagement.length; k++) {
    const e = engagement[k];
    if (!e.rows.length) continue;
    latest.fill(k, lowerBound(days, e.start), upperBound(days, e.end + windowDays));
  }
  return latest;
}

/**
 * Which episodes get a window tie: `open[k + 1]` is 1 when some release position whose latest
 * window is episode k has no tie yet (`tieOf` by release code, −1: none; `open[0]` collects the
 * positions outside every window). Every position is visited the same way, tied or not.
 */
export function untiedWindows(latest: Int32Array, qCodes: Int32Array, tieOf: Int32Array, episodes: number): Uint8Array {
  const open = new Uint8Array(episodes + 1);
  const n = latest.length;
  for (let q = 0; q < n; q++) open[latest[q] + 1] |= tieOf[qCodes[q]] >>> 31;
  return open;
}

/**
 * Ties each release position still untied to its latest window's tie (`windowTie[k + 1]` for
 * episode k, −1 in `windowTie[0]`). A release code tied already keeps its tie, as does a code
 * seen at an earlier position (two rows with one id share a tie).
 */
export function tieToWindows(latest: Int32Array, qCodes: Int32Array, tieOf: Int32Array, windowTie: Int32Array): void {
  const n = latest.length;
  for (let q = 0; q < n; q++) {
    const code = qCodes[q];
    const own = tieOf[code];
    const byWindow = windowTie[latest[q] + 1];
    tieOf[code] = own >= 0 ? own : byWindow;
  }
}
