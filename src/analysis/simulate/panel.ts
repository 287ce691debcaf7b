/**
 * The monthly panel the calibration reads: one counter's month-end stock, discretionary releases
 * per month, recognitions as non-overlapping counted intervals, and deaths in custody, all known on
 * `asOf`. Months are integers (year·12 + month − 1); days are integers from 1970-01-01 (UTC).
 *
 * Choices, each because of a real shape of the data (see the dataset's NOTES on observations):
 * - A `current` row within 7 days of a month end stands for that month end ("as of 1 December"
 *   is the end of November); the row nearest the month end wins. Other rows are not used.
 * - Recognitions come from the one inflow estimate (`../inflow.ts`), read with `RATE_INFLOW`:
 *   `recognised_in_period` rows of at least 28 days (one-day rows are batch announcements, not
 *   rates), and cumulative differences only when asked. Each of its figures (a published period,
 *   or a longer period's remainder over the days the shorter ones leave free) becomes one
 *   interval, cut to the window. Nothing is counted twice.
 */
import type { Observation, Registry } from '../../domain/records.ts';
import { LeverageError } from '../../domain/errors.ts';
import { dayOf, firstDayOfMonth, isoOf, monthOfDay, placeEdtf } from '../dates.ts';
import { buildInflowProfile, type InflowOptions, type InflowProfile } from '../inflow.ts';
import { profileCounter } from '../context.ts';

/** Middle day of a record's date: where an imprecise date (a month, a year) is counted. */
export function placeDay(value: string, id: string): number {
  return placeEdtf(value, id).at;
}

/** A counted interval of recognitions: `count` people over the days it owns, spread over months by `weights` (month fractions). */
export interface RecognitionInterval {
  ids: string[];
  kind: 'period' | 'cumulative';
  from: string;
  to: string;
  count: number;
  /** Month fractions owned, indexed like the panel's window (0 = first window month). */
  weights: Float64Array;
  /** Σ weights: exposure in months. */
  exposure: number;
}

/** The panel; every series is indexed from the window's first month. */
export interface Panel {
  counter: string;
  asOf: string;
  firstMonth: number;
  months: number;
  /** Month-end stock where observed (NaN otherwise) and the observation's id. */
  stock: Float64Array;
  stockIds: Array<string | null>;
  /** 1 where the month-end count is a lower bound ("at least N": see `isAtLeast`), else 0. */
  stockAtLeast: Uint8Array;
  /** Stock carried and interpolated between observed month ends: a covariate, never reported as observed. */
  stockPath: Float64Array;
  /** Discretionary releases (registry `releases`) per month; `history` months before the window come first. */
  releases: Float64Array;
  history: number;
  recognitions: RecognitionInterval[];
  /** Recognition rows and cumulative differences left out, with why. */
  unused: Array<{ ids: string[]; reason: string }>;
  /** The last observed month end: where simulations start. */
  start: { month: number; stock: number; date: string; id: string; at_least: boolean };
  /** Deaths in custody between the first and last cumulative rows (whole history to asOf), or null. */
  deaths: { count: number; exposure: number; from: string; to: string; ids: string[] } | null;
  /** Rows read (stock, recognitions, deaths) and their date span. */
  n: number;
  span: { from: string; to: string } | null;
}

/** Options of `buildPanel`. */
export interface PanelOptions {
  /** Last day of data used (ISO). Default: the latest date among observations and releases. */
  asOf?: string;
  /** Window length in months, ending at the last observed month end. Default 36. */
  windowMonths?: number;
  /** Counter (`source_org`) of the stock. Default: the dataset profile's counter when it has rows, else the one with the most `current` rows. */
  counter?: string;
  /** Months of release history kept before the window (the arrival response's memory). Default 3. */
  history?: number;
  /**
   * Fill gaps with differences of `recognised_cumulative` rows. Default false: a counter's
   * cumulative figure may also count names added for rehabilitation and be a round "about" figure,
   * so its differences exceed the period counts where both exist (see the dataset's NOTES).
   */
  useCumulative?: boolean;
}

/** The latest date (ISO) among observations and releases, or null for an empty registry. */
export function latestDate(registry: Registry): string | null {
  let max = -Infinity;
  for (const r of [...registry.observations, ...registry.releases]) max = Math.max(max, placeDay(r.date, r.id));
  return max === -Infinity ? null : isoOf(max);
}

/** Builds the panel. Throws `LeverageError('bad_input')` when no `current` row lies within 7 days of a month end. */
export function buildPanel(registry: Registry, options: PanelOptions = {}): Panel {
  const asOf = options.asOf ?? latestDate(registry);
  if (!asOf) throw new LeverageError('bad_input', 'the registry holds no observations to calibrate on');
  const asOfDay = dayOf(asOf);
  const obs = registry.observations.filter((o) => placeDay(o.date, o.id) <= asOfDay);
  const counter = options.counter ?? profileCounter(registry) ?? mostCurrentRows(obs);
  if (!counter) throw new LeverageError('bad_input', 'no `current` observations to calibrate on');
  const mine = obs.filter((o) => o.source_org === counter);
  const assigned = assignMonthEnds(mine.filter((o) => o.metric === 'current'));
  if (!assigned.size) throw new LeverageError('bad_input', `no \`current\` row of ${counter} lies within 7 days of a month end (on or before ${asOf})`);
  const observedMonths = [...assigned.keys()].sort((a, b) => a - b);
  const endMonth = observedMonths[observedMonths.length - 1];
  const firstObserved = observedMonths[0];
  const firstMonth = Math.max(firstObserved, endMonth - (options.windowMonths ?? 36) + 1);
  const months = endMonth - firstMonth + 1;
  const history = options.history ?? 3;

  const fullPath = interpolate(assigned, firstObserved, endMonth);
  const stock = new Float64Array(months).fill(NaN);
  const stockIds: Array<string | null> = new Array(months).fill(null);
  const stockAtLeast = new Uint8Array(months);
  for (const [m, o] of assigned)
    if (m >= firstMonth) {
      stock[m - firstMonth] = o.value;
      stockIds[m - firstMonth] = o.id;
      if (isAtLeast(o)) stockAtLeast[m - firstMonth] = 1;
    }
  const stockPath = fullPath.slice(firstMonth - firstObserved);

  const releases = new Float64Array(history + months);
  for (const r of registry.releases) {
    const m = monthOfDay(placeDay(r.date, r.id)) - firstMonth + history;
    if (placeDay(r.date, r.id) <= asOfDay && m >= 0 && m < releases.length) releases[m] += r.count;
  }

  const profile = buildInflowProfile(mine, counter, { ...RATE_INFLOW, cumulative: options.useCumulative ?? RATE_INFLOW.cumulative });
  const { recognitions, unused, rows: recRows } = recognitionIntervals(profile, mine, firstMonth, months);
  const deaths = deathsOf(mine, fullPath, firstObserved);
  const last = assigned.get(endMonth)!;
  const used = [...assigned.values(), ...recRows, ...(deaths?.rows ?? [])];
  const days = used.map((o) => placeDay(o.date, o.id));
  return {
    counter,
    asOf,
    firstMonth,
    months,
    stock,
    stockIds,
    stockAtLeast,
    stockPath,
    releases,
    history,
    recognitions,
    unused,
    start: { month: endMonth, stock: last.value, date: isoOf(placeDay(last.date, last.id)), id: last.id, at_least: isAtLeast(last) },
    deaths: deaths && { count: deaths.count, exposure: deaths.exposure, from: deaths.from, to: deaths.to, ids: deaths.rows.map((o) => o.id) },
    n: used.length,
    span: days.length ? { from: isoOf(Math.min(...days)), to: isoOf(Math.max(...days)) } : null,
  };
}

function mostCurrentRows(obs: Observation[]): string | undefined {
  const counts = new Map<string, number>();
  for (const o of obs) if (o.metric === 'current') counts.set(o.source_org, (counts.get(o.source_org) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** Month end → the `current` row nearest it (within 7 days; ties to the later row). */
/**
 * Whether a stock count is a lower bound: its evidence says the counter counts "at least" (or
 * "more than", "no fewer than") that many, e.g. "rights defenders count at least 1,140; real number
 * higher". Such a count is a bound, not a value: the likelihood treats it one-sided, and runs
 * starting from it say so.
 */
export function isAtLeast(o: Pick<Observation, 'evidence'>): boolean {
  return /\b(at least|more than|no fewer than|not fewer than)\b/i.test(o.evidence ?? '');
}

function assignMonthEnds(rows: Observation[]): Map<number, Observation> {
  const best = new Map<number, { o: Observation; dist: number; day: number }>();
  for (const o of rows) {
    const day = placeDay(o.date, o.id);
    const m = monthOfDay(day);
    // The nearer of this month's end and the previous month's end.
    const endThis = firstDayOfMonth(m + 1) - 1;
    const endPrev = firstDayOfMonth(m) - 1;
    const [month, dist] = endThis - day <= day - endPrev ? [m, endThis - day] : [m - 1, day - endPrev];
    if (dist > 7) continue;
    const cur = best.get(month);
    if (!cur || dist < cur.dist || (dist === cur.dist && (day > cur.day || (day === cur.day && o.id > cur.o.id)))) best.set(month, { o, dist, day });
  }
  return new Map([...best].map(([m, v]) => [m, v.o]));
}

function interpolate(assigned: Map<number, Observation>, first: number, last: number): Float64Array {
  const path = new Float64Array(last - first + 1);
  const known = [...assigned].sort((a, b) => a[0] - b[0]);
  for (let k = 0; k < known.length; k++) {
    const [m0, o0] = known[k];
    path[m0 - first] = o0.value;
    const next = known[k + 1];
    if (!next) continue;
    const [m1, o1] = next;
    for (let m = m0 + 1; m < m1; m++) path[m - first] = o0.value + ((o1.value - o0.value) * (m - m0)) / (m1 - m0);
  }
  return path;
}

/** The calibration's choice of inflow rows: periods of at least 28 days; cumulative differences only when asked. */
export const RATE_INFLOW: InflowOptions = { minPeriodDays: 28, cumulative: false };

/** Intervals shorter than this many owned days inside the window are left out (too short to be a rate). */
const MIN_OWNED_DAYS = 14;

/** The profile's figures as counted intervals inside the window, with the rows left out and why. */
function recognitionIntervals(profile: InflowProfile, rows: Observation[], firstMonth: number, months: number) {
  const winStart = firstDayOfMonth(firstMonth);
  const winEnd = firstDayOfMonth(firstMonth + months) - 1;
  const unused: Panel['unused'] = profile.excluded.map((e) => ({ ids: [e.id], reason: e.reason }));
  const parts = profile.figures.map(() => ({ owned: 0, days: 0, count: 0, start: Infinity, end: -Infinity }));
  for (const s of profile.segments) {
    const p = parts[s.figure];
    p.owned += s.end - s.start + 1;
    const a = Math.max(s.start, winStart);
    const b = Math.min(s.end, winEnd);
    if (b < a) continue;
    p.days += b - a + 1;
    p.count += (s.value * (b - a + 1)) / (s.end - s.start + 1);
    p.start = Math.min(p.start, a);
    p.end = Math.max(p.end, b);
  }
  const named = new Set(profile.figures.flatMap((f) => f.ids));
  for (const r of profile.rows) if (!named.has(r.id)) unused.push({ ids: [r.id], reason: 'its days are already counted by shorter periods' });
  const used = new Set<string>();
  const recognitions: RecognitionInterval[] = [];
  for (const [i, f] of profile.figures.entries()) {
    const p = parts[i];
    if (f.clamped) {
      unused.push({ ids: f.ids, reason: 'smaller than the shorter periods it contains' });
      continue;
    }
    if (p.owned < MIN_OWNED_DAYS) {
      unused.push({ ids: f.ids, reason: 'its days are already counted by shorter periods' });
      continue;
    }
    if (p.days < MIN_OWNED_DAYS) {
      unused.push({ ids: f.ids, reason: 'outside the window' });
      continue;
    }
    const weights = new Float64Array(months);
    for (const s of profile.segments) {
      if (s.figure !== i) continue;
      for (let d = Math.max(s.start, winStart); d <= Math.min(s.end, winEnd); d++) {
        const m = monthOfDay(d);
        weights[m - firstMonth] += 1 / (firstDayOfMonth(m + 1) - firstDayOfMonth(m));
      }
    }
    let exposure = 0;
    for (const w of weights) exposure += w;
    for (const id of f.ids) used.add(id);
    recognitions.push({
      ids: f.ids,
      kind: f.method === 'cumulative_difference' ? 'cumulative' : 'period',
      from: isoOf(p.start),
      to: isoOf(p.end),
      count: p.count,
      weights,
      exposure,
    });
  }
  return { recognitions, unused, rows: rows.filter((o) => used.has(o.id)) };
}

function deathsOf(rows: Observation[], path: Float64Array, firstObserved: number) {
  const d = rows.filter((o) => o.metric === 'died_in_custody_cumulative').sort((a, b) => placeDay(a.date, a.id) - placeDay(b.date, b.id));
  if (!d.length) return null;
  const b = d[d.length - 1];
  // With one row, its count is taken to run from the start of the stock series (an assumption).
  const a = d.length > 1 ? d[0] : { ...b, value: 0, date: isoOf(firstDayOfMonth(firstObserved) - 1), id: b.id };
  const m0 = monthOfDay(placeDay(a.date, a.id));
  const m1 = monthOfDay(placeDay(b.date, b.id));
  let exposure = 0;
  for (let m = m0 + 1; m <= m1; m++) exposure += path[Math.min(path.length - 1, Math.max(0, m - firstObserved))];
  if (exposure <= 0 || b.value < a.value) return null;
  return { count: b.value - a.value, exposure, from: isoOf(placeDay(a.date, a.id)), to: isoOf(placeDay(b.date, b.id)), rows: d.length > 1 ? [a, b] : [b] };
}
