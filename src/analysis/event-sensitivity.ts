/**
 * The event study as it can stand review: a sensitivity curve over pre-specified windows rather than
 * one p-value. For each k in `WINDOWS` and each side (engagement, pressure):
 *
 * - **Day 0 excluded.** Contacts were collected starting from known releases, so a release on the
 *   event's own day is counted mechanically; the outcome is days t+1 … t+k, and releases on day 0
 *   are shown apart (`same_day`).
 * - **Events collapsed.** Events of one side starting within k days of the previous kept event are
 *   one event (the first one's day), so no release is counted twice through overlapping windows.
 * - **Release events and people.** Both the number of release rows and the people in them.
 * - **Holiday pardons excluded.** Releases within a day of a customary pardon day (the dataset
 *   profile's `holiday_pardons`) are left out of the outcome series for events and placebo alike.
 * - **Circular-shift test.** The whole set of event days is shifted by every offset 1 … L−1 around
 *   the study period (length L), keeping their spacing and clustering; p is the share of shifts with
 *   a mean at least the observed one (one-sided, exact, no randomness). Periods longer than
 *   `MAX_SHIFTS` + 1 days use that many evenly spaced offsets instead (still no randomness).
 * - **Description only** below `MIN_EVENTS` events: no test is computed.
 */
import type { Registry } from '../domain/records.ts';
import { isoOf, placeEdtf, round2 } from './dates.ts';
import type { Episode } from './episodes.ts';

/** Pre-specified windows (days after the event). */
export const WINDOWS = [7, 14, 30, 60, 90] as const;
/** Fewer collapsed events than this: description only. */
export const MIN_EVENTS = 8;
/** Most offsets tried by the circular-shift test (a real study period of a few years is below it: exact). */
export const MAX_SHIFTS = 1000;

export interface SensitivityPoint {
  k: number;
  side: Episode['side'];
  /** Events after collapsing (and the ids of the first event of each). */
  n: number;
  event_ids: string[];
  /** Mean people and release rows on days t+1 … t+k, holiday-pardon releases left out. */
  mean_people: number | null;
  mean_release_events: number | null;
  /** The same over all circular shifts of the event days. */
  shift_mean_people: number;
  /** One-sided circular-shift p (people), or null when n < MIN_EVENTS. */
  p_value: number | null;
  /** Releases on an event's own day (not in the outcome). */
  same_day: { people: number; release_events: number };
  verdict: string;
}

export interface SensitivityResult {
  from: string;
  to: string;
  windows: number[];
  holiday_days_excluded: string[];
  excluded_release_ids: string[];
  method: string;
  points: SensitivityPoint[];
}

/**
 * The circular-shift test's loop (10^6–10^7 additions): the people in the windows of the event
 * starts `st` moved by each offset (wrapping at W's length), their total over all offsets and
 * the offsets whose sum reaches `observed`. A function of its own, with no branch that depends on
 * the size of the period, so its compiled code serves short and long periods alike.
 */
function shiftTest(W: Float64Array, st: Int32Array, offsets: Int32Array, observed: number): { total: number; hits: number } {
  const L = W.length;
  const n = st.length;
  let total = 0;
  let hits = 0;
  for (let o = 0; o < offsets.length; o++) {
    const s = offsets[o];
    let x = 0;
    for (let j = 0; j < n; j++) {
      let i = st[j] + s;
      if (i >= L) i -= L;
      x += W[i];
    }
    total += x;
    if (x >= observed - 1e-9) hits++;
  }
  return { total, hits };
}

/** The sensitivity curve over the study period [a, b] (day numbers) for the given episodes. */
export function eventSensitivity(
  registry: Pick<Registry, 'releases' | 'profile'>,
  episodes: readonly Episode[],
  a: number,
  b: number,
  windows: readonly number[] = WINDOWS,
  /** The releases' day, count and id (registry order), when already prepared: reading these columns costs far less than reading 100,000s of records. */
  columns?: { at: ArrayLike<number>; counts: ArrayLike<number>; ids: readonly string[] },
): SensitivityResult {
  const L = Math.max(0, b - a + 1);
  const holidays = (registry.profile?.holiday_pardons ?? []).map((h) => h.month_day);
  const people = new Float64Array(L);
  const events = new Float64Array(L);
  const excluded: string[] = [];
  // Days of the period within a day of a holiday-pardon day, marked once per day (not per release:
  // a registry has far more releases than days).
  const nearHoliday = new Uint8Array(L);
  if (holidays.length)
    for (let i = 0; i < L; i++) {
      const md = isoOf(a + i).slice(5);
      if (holidays.includes(md)) for (let d = Math.max(0, i - 1); d <= Math.min(L - 1, i + 1); d++) nearHoliday[d] = 1;
    }
  // A holiday just outside the period still marks the period's first or last day.
  if (holidays.length && L) {
    if (holidays.includes(isoOf(a - 1).slice(5))) nearHoliday[0] = 1;
    if (holidays.includes(isoOf(b + 1).slice(5))) nearHoliday[L - 1] = 1;
  }
  const release = (at: number, count: number, id: string) => {
    if (at < a || at > b) return;
    if (nearHoliday[at - a]) {
      excluded.push(id);
      return;
    }
    people[at - a] += count;
    events[at - a] += 1;
  };
  if (columns) {
    const { at, counts, ids } = columns;
    for (let j = 0; j < ids.length; j++) release(at[j], counts[j], ids[j]);
  } else for (const r of registry.releases) release(placeEdtf(r.date, r.id).at, r.count, r.id);
  // Circular prefix sums over two laps, so a window wrapping past b is one subtraction.
  const pp = new Float64Array(2 * L + 1);
  const pe = new Float64Array(2 * L + 1);
  for (let i = 0; i < 2 * L; i++) {
    pp[i + 1] = pp[i] + people[i % L];
    pe[i + 1] = pe[i] + events[i % L];
  }
  const points: SensitivityPoint[] = [];
  const shifts = Math.min(Math.max(0, L - 1), MAX_SHIFTS);
  // The offsets tried: `shifts` evenly spaced ones, j · (L − 1) / shifts rounded (halves up),
  // which are every one when shifts = L − 1. Written as ⌊(2j(L − 1) + shifts) / 2·shifts⌋, the
  // same whole numbers, so that the division gives fractions on every registry: one whose
  // divisions all came out whole (a period of at most MAX_SHIFTS + 1 days) would leave compiled
  // code that expects whole numbers, thrown back to the interpreter by the first longer period.
  const offsets = new Int32Array(shifts);
  for (let j = 1; j <= shifts; j++) offsets[j - 1] = Math.floor((2 * j * (L - 1) + shifts) / (2 * shifts));
  for (const k of windows) {
    for (const side of ['engagement', 'pressure'] as const) {
      // Collapse: keep an event only when it starts more than k days after the last kept one.
      const starts: number[] = [];
      const ids: string[] = [];
      let lastKept = -Infinity;
      for (const e of [...episodes].filter((x) => x.side === side && x.start >= a && x.start <= b - k).sort((x, y) => x.start - y.start)) {
        if (e.start - lastKept <= k) continue;
        starts.push(e.start - a);
        ids.push(e.id);
        lastKept = e.start;
      }
      const n = starts.length;
      const windowSum = (p: Float64Array, t: number) => p[t + k + 1] - p[t + 1];
      let sumP = 0;
      let sumE = 0;
      let sameP = 0;
      let sameE = 0;
      for (const t of starts) {
        sumP += windowSum(pp, t);
        sumE += windowSum(pe, t);
        sameP += people[t];
        sameE += events[t];
      }
      let shiftTotal = 0;
      let hits = 0;
      if (n && L > 1) {
        // W[i]: people on days i+1 … i+k (circularly); a shift s moves every event start t to t+s.
        const W = new Float64Array(L);
        for (let i = 0; i < L; i++) W[i] = pp[i + k + 1] - pp[i + 1];
        const tested = shiftTest(W, Int32Array.from(starts), offsets, sumP);
        shiftTotal = tested.total;
        hits = tested.hits;
      }
      const mean = n ? sumP / n : null;
      const shiftMean = n && L > 1 ? shiftTotal / shifts / n : 0;
      const p = n >= MIN_EVENTS && L > 1 ? (1 + hits) / (shifts + 1) : null;
      const head = n
        ? `${n} ${side} event${n === 1 ? '' : 's'} (collapsed): ${round2(mean!)} people per event on days 1–${k}, ${round2(shiftMean)} at shifted dates`
        : `no ${side} events`;
      points.push({
        k,
        side,
        n,
        event_ids: ids,
        mean_people: mean === null ? null : round2(mean),
        mean_release_events: n ? round2(sumE / n) : null,
        shift_mean_people: round2(shiftMean),
        p_value: p === null ? null : Math.round(p * 10000) / 10000,
        same_day: { people: sameP, release_events: sameE },
        verdict: !n
          ? head
          : p === null
            ? `${head}; too few events for a test (< ${MIN_EVENTS}): description only`
            : `${head}; circular-shift p = ${p.toFixed(4)}`,
      });
    }
  }
  // Both texts made, one kept: a text that only long periods build would throw this function back
  // to the interpreter at its end on the first one.
  const spaced = `one-sided circular-shift test over ${shifts} evenly spaced offsets of the study period`;
  const test = shifts === L - 1 ? 'one-sided circular-shift test over every offset of the study period' : spaced;
  return {
    from: isoOf(a),
    to: isoOf(b),
    windows: [...windows],
    holiday_days_excluded: holidays,
    excluded_release_ids: excluded,
    method: `outcome on days t+1 … t+k (day 0 shown apart); events within k days of the previous one collapsed; releases within a day of a holiday-pardon day left out; ${test}`,
    points,
  };
}
