/**
 * The monthly panel the calibration reads: one counter's month-end stock, discretionary releases
 * per month, recognitions as non-overlapping counted intervals, and deaths in custody, all known on
 * `asOf`. Months are integers (year·12 + month − 1); days are integers from 1970-01-01 (UTC).
 *
 * Choices, each because of a real shape of the data (see data/belarus/NOTES-observations.md):
 * - A `current` row within 7 days of a month end stands for that month end ("as of 1 December"
 *   is the end of November); the row nearest the month end wins. Other rows are not used.
 * - Recognitions come from `recognised_in_period` rows of at least 28 days (one-day rows are
 *   batch announcements, not rates), shortest first, then from differences of consecutive
 *   `recognised_cumulative` rows (which also hold names added later, so they only fill gaps).
 *   A longer period that contains shorter ones keeps only its residual (count minus theirs, over
 *   the days they leave free); a shorter one it only partly overlaps is subtracted pro rata by
 *   days. Nothing is counted twice.
 */
import type { Observation, Registry } from '../../domain/records.ts';
import { parseEdtf } from '../../domain/types/edtf-date.ts';
import { LeverageError } from '../../domain/errors.ts';

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01 UTC) of an ISO `YYYY-MM-DD`. */
export function dayOf(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Month index (year·12 + month − 1) of a day number. */
export function monthOfDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** First day (day number) of a month index. */
export function firstDayOfMonth(month: number): number {
  return Math.round(Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS);
}

/** `YYYY-MM` label of a month index. */
export function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Month index of a `YYYY-MM` label (the inverse of `monthLabel`). */
export function monthOfLabel(label: string): number {
  return Number(label.slice(0, 4)) * 12 + Number(label.slice(5, 7)) - 1;
}

/** Day range of an EDTF date (first and last day), or a LeverageError naming the record. */
export function edtfDays(value: string, id: string): { start: number; end: number } {
  const p = parseEdtf(value);
  if (!p) throw new LeverageError('invalid_value', `not an EDTF date: ${JSON.stringify(value)}`, { location: { record: id }, expected: 'an EDTF date' });
  return { start: dayOf(p.start), end: dayOf(p.end) };
}

/** Middle day of a record's date: where an imprecise date (`2025-12`) is counted. */
export function placeDay(value: string, id: string): number {
  const r = edtfDays(value, id);
  return Math.floor((r.start + r.end) / 2);
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
  /** Stock carried and interpolated between observed month ends: a covariate, never reported as observed. */
  stockPath: Float64Array;
  /** Discretionary releases (registry `releases`) per month; `history` months before the window come first. */
  releases: Float64Array;
  history: number;
  recognitions: RecognitionInterval[];
  /** Recognition rows and cumulative differences left out, with why. */
  unused: Array<{ ids: string[]; reason: string }>;
  /** The last observed month end: where simulations start. */
  start: { month: number; stock: number; date: string; id: string };
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
  /** Counter (`source_org`) of the stock. Default: the one with the most `current` rows. */
  counter?: string;
  /** Months of release history kept before the window (the arrival response's memory). Default 3. */
  history?: number;
  /**
   * Fill gaps with differences of `recognised_cumulative` rows. Default false: Viasna's cumulative
   * also counts names added for rehabilitation and is often a round "about" figure (2,800; 3,200;
   * 3,600), so its differences exceed the monthly counts where both exist (Oct 2024: +69 vs 35).
   */
  useCumulative?: boolean;
}

/** The latest date (ISO) among observations and releases, or null for an empty registry. */
export function latestDate(registry: Registry): string | null {
  let max = -Infinity;
  for (const r of [...registry.observations, ...registry.releases]) max = Math.max(max, placeDay(r.date, r.id));
  return max === -Infinity ? null : isoOfDay(max);
}

/** Builds the panel. Throws `LeverageError('bad_input')` when no `current` row lies within 7 days of a month end. */
export function buildPanel(registry: Registry, options: PanelOptions = {}): Panel {
  const asOf = options.asOf ?? latestDate(registry);
  if (!asOf) throw new LeverageError('bad_input', 'the registry holds no observations to calibrate on');
  const asOfDay = dayOf(asOf);
  const obs = registry.observations.filter((o) => placeDay(o.date, o.id) <= asOfDay);
  const counter = options.counter ?? mostCurrentRows(obs);
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
  for (const [m, o] of assigned) if (m >= firstMonth) { stock[m - firstMonth] = o.value; stockIds[m - firstMonth] = o.id; }
  const stockPath = fullPath.slice(firstMonth - firstObserved);

  const releases = new Float64Array(history + months);
  for (const r of registry.releases) {
    const m = monthOfDay(placeDay(r.date, r.id)) - firstMonth + history;
    if (placeDay(r.date, r.id) <= asOfDay && m >= 0 && m < releases.length) releases[m] += r.count;
  }

  const { recognitions, unused, rows: recRows } = recognitionIntervals(mine, firstMonth, months, options.useCumulative ?? false);
  const deaths = deathsOf(mine, fullPath, firstObserved);
  const last = assigned.get(endMonth)!;
  const used = [...assigned.values(), ...recRows, ...(deaths?.rows ?? [])];
  const days = used.map((o) => placeDay(o.date, o.id));
  return {
    counter, asOf, firstMonth, months, stock, stockIds, stockPath, releases, history, recognitions, unused,
    start: { month: endMonth, stock: last.value, date: isoOfDay(placeDay(last.date, last.id)), id: last.id },
    deaths: deaths && { count: deaths.count, exposure: deaths.exposure, from: deaths.from, to: deaths.to, ids: deaths.rows.map((o) => o.id) },
    n: used.length,
    span: days.length ? { from: isoOfDay(Math.min(...days)), to: isoOfDay(Math.max(...days)) } : null,
  };
}

function mostCurrentRows(obs: Observation[]): string | undefined {
  const counts = new Map<string, number>();
  for (const o of obs) if (o.metric === 'current') counts.set(o.source_org, (counts.get(o.source_org) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** Month end → the `current` row nearest it (within 7 days; ties to the later row). */
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

interface Candidate { ids: string[]; kind: 'period' | 'cumulative'; start: number; end: number; count: number; row: Observation[] }

function recognitionIntervals(rows: Observation[], firstMonth: number, months: number, useCumulative: boolean) {
  const winStart = firstDayOfMonth(firstMonth);
  const winEnd = firstDayOfMonth(firstMonth + months) - 1;
  const unused: Panel['unused'] = [];
  const candidates: Candidate[] = [];
  for (const o of rows) {
    if (o.metric !== 'recognised_in_period') continue;
    const start = edtfDays(o.period_start ?? o.date, o.id).start;
    const end = edtfDays(o.period_end ?? o.date, o.id).end;
    if (end - start + 1 < 28) unused.push({ ids: [o.id], reason: 'period shorter than 28 days' });
    else if (start < winStart || end > winEnd) unused.push({ ids: [o.id], reason: 'outside the window' });
    else candidates.push({ ids: [o.id], kind: 'period', start, end, count: o.value, row: [o] });
  }
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const cumulative = rows.filter((o) => o.metric === 'recognised_cumulative').sort((a, b) => placeDay(a.date, a.id) - placeDay(b.date, b.id));
  const cumCandidates: Candidate[] = [];
  for (let k = 1; useCumulative && k < cumulative.length; k++) {
    const a = cumulative[k - 1];
    const b = cumulative[k];
    const start = placeDay(a.date, a.id) + 1;
    const end = placeDay(b.date, b.id);
    if (end - start + 1 < 28 || b.value < a.value || start < winStart || end > winEnd) continue;
    cumCandidates.push({ ids: [a.id, b.id], kind: 'cumulative', start, end, count: b.value - a.value, row: [a, b] });
  }
  cumCandidates.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);

  const owner = new Int32Array(winEnd - winStart + 1).fill(-1);
  const accepted: Array<Candidate & { residual: number; owned: number }> = [];
  for (const c of [...candidates, ...cumCandidates]) {
    const overlap = new Map<number, number>();
    let free = 0;
    for (let d = c.start; d <= c.end; d++) {
      const o = owner[d - winStart];
      if (o < 0) free++; else overlap.set(o, (overlap.get(o) ?? 0) + 1);
    }
    // Subtract what the already accepted intervals hold of c's days (all of it when they lie inside c).
    let residual = c.count;
    for (const [o, days] of overlap) residual -= (accepted[o].residual * days) / accepted[o].owned;
    if (free < 14) { unused.push({ ids: c.ids, reason: 'its days are already counted by shorter periods' }); continue; }
    if (residual < -0.5) { unused.push({ ids: c.ids, reason: 'smaller than the shorter periods it contains' }); continue; }
    const index = accepted.length;
    for (let d = c.start; d <= c.end; d++) if (owner[d - winStart] < 0) owner[d - winStart] = index;
    accepted.push({ ...c, residual: Math.max(0, residual), owned: free });
  }
  const recognitions: RecognitionInterval[] = accepted.map((a, index) => {
    const weights = new Float64Array(months);
    for (let d = a.start; d <= a.end; d++) {
      if (owner[d - winStart] !== index) continue;
      const m = monthOfDay(d);
      weights[m - firstMonth] += 1 / (firstDayOfMonth(m + 1) - firstDayOfMonth(m));
    }
    let exposure = 0;
    for (const w of weights) exposure += w;
    return { ids: a.ids, kind: a.kind, from: isoOfDay(a.start), to: isoOfDay(a.end), count: a.residual, weights, exposure };
  });
  return { recognitions, unused, rows: accepted.flatMap((a) => a.row) };
}

function deathsOf(rows: Observation[], path: Float64Array, firstObserved: number) {
  const d = rows.filter((o) => o.metric === 'died_in_custody_cumulative').sort((a, b) => placeDay(a.date, a.id) - placeDay(b.date, b.id));
  if (!d.length) return null;
  const b = d[d.length - 1];
  // With one row, its count is taken to run from the start of the stock series (an assumption).
  const a = d.length > 1 ? d[0] : { ...b, value: 0, date: isoOfDay(firstDayOfMonth(firstObserved) - 1), id: b.id };
  const m0 = monthOfDay(placeDay(a.date, a.id));
  const m1 = monthOfDay(placeDay(b.date, b.id));
  let exposure = 0;
  for (let m = m0 + 1; m <= m1; m++) exposure += path[Math.min(path.length - 1, Math.max(0, m - firstObserved))];
  if (exposure <= 0 || b.value < a.value) return null;
  return { count: b.value - a.value, exposure, from: isoOfDay(placeDay(a.date, a.id)), to: isoOfDay(placeDay(b.date, b.id)), rows: d.length > 1 ? [a, b] : [b] };
}
