/**
 * The registry prepared once for the analyses (internal: not exported from `index.ts`): the id
 * universe (`ids.ts`), every release placed on its day, and the releases in day order, so that a
 * window over them is a range of positions [lo, hi) rather than a list of strings.
 */
import type { Registry } from '../domain/records.ts';
import type { ReleaseMode } from '../domain/schema/types.ts';
import { buildIdIndex, type IdIndex } from './ids.ts';
import { placeEdtf, plainDay } from './dates.ts';

/** The record lists the analyses read (any may be absent). */
export type RecordParts = Partial<Pick<Registry, 'releases' | 'events' | 'observations' | 'measures' | 'contacts'>>;

export interface Records {
  /** The lists prepared, and their lengths then (to tell whether a registry is the same one). */
  src: RecordParts;
  lengths: number[];
  ix: IdIndex;
  /** Code of each release (registry order). */
  release: Int32Array;
  /** Code of each event (registry order). */
  event: Int32Array;
  /** Code of every id other than a release's. */
  other: Map<string, number>;
  /** Columns of the releases (registry order), read once: scattered reads of the records cost more than the analyses. */
  ids: string[];
  dates: string[];
  counts: Float64Array;
  /**
   * The counts again, as the records hold them (a list, not a typed array): a whole count stays a
   * small integer when a result row takes it, where a value read from `counts` is boxed in a
   * number object of its own (100,000 rows: 100,000 more objects for the garbage collector).
   */
  countValues: number[];
  bases: string[];
  modes: string[];
  /** Positions of `modes` in OUTFLOW_MODES and of `bases` in EXIT_BASES (ODD when in neither). */
  modeCodes: Uint8Array;
  basisCodes: Uint8Array;
  /** Releases with a broker or a named concession (positions, registry order). */
  flagged: Int32Array;
  /** Placement of each release (registry order): middle day, first and last day, day-precise. */
  at: Int32Array;
  start: Int32Array;
  end: Int32Array;
  precise: Uint8Array;
  /** The largest `at − start` of a release (0 when all are day-precise). */
  spread: number;
  /** People released per day from `dayFirst` (added in registry order), or null when the days span too far. */
  dayFirst: number;
  dayTotals: Float64Array | null;
  /** Release positions by day, registry order within a day. */
  byDay: Int32Array;
  /** Release positions by day, then id (code-unit order), then registry order. */
  byDayId: Int32Array;
  /** Days of `byDay` (and of `byDayId`), ascending. */
  days: Int32Array;
  /** Ids of `byDay` and of `byDayId`. */
  byDayIds: string[];
  byDayIdIds: string[];
  /** Codes of `byDay` and of `byDayId`. */
  dayCodes: Int32Array;
  qCodes: Int32Array;
  /** Counts, mode and basis codes and precision of `byDayId`; `odd` when some mode or basis is ODD. */
  qCounts: Float64Array;
  qModes: Uint8Array;
  qBases: Uint8Array;
  qPrecise: Uint8Array;
  odd: boolean;
  /** Running sums of `qCounts` (qCountSums[q] = counts of positions < q) when every count is a whole number and the sums stay exact, else null. */
  qCountSums: Float64Array | null;
}

const KEYS = ['releases', 'events', 'observations', 'measures', 'contacts'] as const;

/** Outflow modes: the release modes plus deaths in custody. */
export type OutflowMode = ReleaseMode | 'death_in_custody';
export const OUTFLOW_MODES: readonly OutflowMode[] = ['pardon', 'deportation', 'exchange', 'amnesty', 'sentence_served', 'death_in_custody', 'unknown'];
/** How firm an exit's count is (the keys of `Outflow.by_basis`, in order). */
export const EXIT_BASES = ['announced', 'confirmed', 'reported', 'event'] as const;
const MODE_INDEX = new Map<string, number>(OUTFLOW_MODES.map((m, i) => [m, i]));
const BASIS_INDEX = new Map<string, number>(EXIT_BASES.map((m, i) => [m, i]));
/** Code of a mode or basis outside the lists above (never in valid records). */
export const ODD = 255;

/** Prepares `parts`: ranks all their ids and orders the releases by day. */
export function prepareRecords(parts: RecordParts): Records {
  const lists = KEYS.map((k) => (parts[k] ?? []) as ReadonlyArray<{ id: string }>);
  const releases = parts.releases ?? [];
  const n = releases.length;
  let total = 0;
  for (const list of lists) total += list.length;
  const ids: string[] = new Array(total);
  const at = new Int32Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const precise = new Uint8Array(n);
  const dates: string[] = new Array(n);
  const counts = new Float64Array(n);
  const countValues: number[] = new Array(n);
  const bases: string[] = new Array(n);
  const modes: string[] = new Array(n);
  const modeCodes = new Uint8Array(n);
  const basisCodes = new Uint8Array(n);
  const flagged: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  let spread = 0;
  let odd = false;
  // One pass over the release records: every field the analyses read.
  for (let i = 0; i < n; i++) {
    const r = releases[i];
    ids[i] = r.id;
    dates[i] = r.date;
    counts[i] = r.count;
    countValues[i] = r.count;
    bases[i] = r.count_basis;
    modes[i] = r.mode;
    modeCodes[i] = MODE_INDEX.get(r.mode) ?? ODD;
    basisCodes[i] = BASIS_INDEX.get(r.count_basis) ?? ODD;
    if (modeCodes[i] === ODD || basisCodes[i] === ODD) odd = true;
    if (r.brokered_by?.length || r.linked_concession) flagged.push(i);
    const day = plainDay(r.date);
    if (!Number.isNaN(day)) {
      at[i] = start[i] = end[i] = day;
      precise[i] = 1;
    } else {
      const p = placeEdtf(r.date, r.id);
      at[i] = p.at;
      start[i] = p.start;
      end[i] = p.end;
      precise[i] = p.precise ? 1 : 0;
    }
    if (at[i] < lo) lo = at[i];
    if (at[i] > hi) hi = at[i];
    if (at[i] - start[i] > spread) spread = at[i] - start[i];
  }
  let k = n;
  for (const list of lists.slice(1)) for (const r of list) ids[k++] = r.id;
  const ix = buildIdIndex(ids);
  const nEvents = lists[1].length;
  const other = new Map<string, number>();
  for (let i = n; i < ids.length; i++) other.set(ids[i], ix.codes[i]);
  let dayTotals: Float64Array | null = null;
  if (n && hi - lo < 4 * n + 65536) {
    dayTotals = new Float64Array(hi - lo + 1);
    for (let i = 0; i < n; i++) dayTotals[at[i] - lo] += counts[i];
  }
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  const release = ix.codes.slice(0, n);
  const byDay = stableOrder(identity, at, lo, hi);
  const byDayId = stableOrder(stableOrder(identity, release, 0, ix.names.length - 1), at, lo, hi);
  const days = new Int32Array(n);
  const byDayIds: string[] = new Array(n);
  const byDayIdIds: string[] = new Array(n);
  const dayCodes = new Int32Array(n);
  const qCodes = new Int32Array(n);
  const qCounts = new Float64Array(n);
  const qModes = new Uint8Array(n);
  const qBases = new Uint8Array(n);
  const qPrecise = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const j = byDayId[i];
    qCounts[i] = counts[j];
    qModes[i] = modeCodes[j];
    qBases[i] = basisCodes[j];
    qPrecise[i] = precise[j];
    days[i] = at[byDay[i]];
    byDayIds[i] = ids[byDay[i]];
    byDayIdIds[i] = ids[byDayId[i]];
    dayCodes[i] = release[byDay[i]];
    qCodes[i] = release[byDayId[i]];
  }
  const qCountSums = exactRunningSums(qCounts);
  return {
    src: parts,
    lengths: lists.map((l) => l.length),
    ix,
    release,
    event: ix.codes.slice(n, n + nEvents),
    other,
    ids: ids.slice(0, n),
    dates,
    counts,
    countValues,
    bases,
    modes,
    modeCodes,
    basisCodes,
    flagged: Int32Array.from(flagged),
    at,
    start,
    end,
    precise,
    spread,
    dayFirst: lo,
    dayTotals,
    byDay,
    byDayId,
    days,
    byDayIds,
    byDayIdIds,
    dayCodes,
    qCodes,
    qCounts,
    qModes,
    qBases,
    qPrecise,
    odd,
    qCountSums,
  };
}

/**
 * Running sums of `xs` (sums[i] = xs[0] + … + xs[i − 1]) when every value is a whole number and
 * the sums stay exact, else null. Whole numbers add up exactly in any order, so the sum of a range
 * [lo, hi) is then sums[hi] − sums[lo], equal to the sum added up one by one.
 */
export function exactRunningSums(xs: Float64Array): Float64Array | null {
  const n = xs.length;
  const sums = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    sums[i + 1] = sums[i] + x;
    if (!Number.isInteger(x) || Math.abs(sums[i + 1]) > 2 ** 52) return null;
  }
  return sums;
}

/** Whether `rec` was prepared from these very lists (those present in `parts`). */
export function sameRecords(rec: Records, parts: RecordParts): boolean {
  return KEYS.every((k, i) => parts[k] === undefined || (parts[k] === rec.src[k] && parts[k]!.length === rec.lengths[i]));
}

/**
 * `input` (element positions) stably ordered by `key[element]`, whose values lie in [min, max]:
 * a counting sort, or a comparison sort when the range is far wider than the input.
 */
export function stableOrder(input: Int32Array, key: Int32Array, min: number, max: number): Int32Array {
  const n = input.length;
  if (n === 0) return new Int32Array(0);
  const range = max - min + 1;
  if (range > 4 * n + 65536) return Int32Array.from(Array.from(input).sort((x, y) => key[x] - key[y]));
  const count = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) count[key[input[i]] - min + 1]++;
  for (let k = 1; k <= range; k++) count[k] += count[k - 1];
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = input[i];
    out[count[key[e] - min]++] = e;
  }
  return out;
}

/** First position in sorted `xs` whose value is ≥ `x`. */
export function lowerBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in sorted `xs` whose value is > `x`. */
export function upperBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Releases with a broker, in registry order, placed on their day (for `readActors`). */
export function brokeredOf(releases: RecordParts['releases'] & object, rec: Records): Array<{ at: number; by: string[] }> {
  const out: Array<{ at: number; by: string[] }> = [];
  for (const j of rec.flagged) {
    const by = releases[j].brokered_by;
    if (by?.length) out.push({ at: rec.at[j], by });
  }
  return out;
}
