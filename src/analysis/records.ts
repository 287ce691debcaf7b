/**
 * The registry prepared once for the analyses (internal: not exported from `index.ts`): the id
 * universe (`ids.ts`), every release placed on its day, and the releases in day order, so that a
 * window over them is a range of positions [lo, hi) rather than a list of strings.
 */
import type { Registry } from '../domain/records.ts';
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
  bases: string[];
  modes: string[];
  /** Releases with a broker or a named concession (positions, registry order). */
  flagged: Int32Array;
  /** Placement of each release (registry order): middle day, first and last day, day-precise. */
  at: Int32Array;
  start: Int32Array;
  end: Int32Array;
  precise: Uint8Array;
  /** Release positions by day, registry order within a day. */
  byDay: Int32Array;
  /** Release positions by day, then id (code-unit order), then registry order. */
  byDayId: Int32Array;
  /** Days of `byDay` (and of `byDayId`), ascending. */
  days: Int32Array;
  /** Ids of `byDay` and of `byDayId`. */
  byDayIds: string[];
  byDayIdIds: string[];
}

const KEYS = ['releases', 'events', 'observations', 'measures', 'contacts'] as const;

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
  const bases: string[] = new Array(n);
  const modes: string[] = new Array(n);
  const flagged: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  // One pass over the release records: every field the analyses read.
  for (let i = 0; i < n; i++) {
    const r = releases[i];
    ids[i] = r.id;
    dates[i] = r.date; counts[i] = r.count; bases[i] = r.count_basis; modes[i] = r.mode;
    if (r.brokered_by?.length || r.linked_concession) flagged.push(i);
    const day = plainDay(r.date);
    if (day === day) {
      at[i] = start[i] = end[i] = day; precise[i] = 1;
    } else {
      const p = placeEdtf(r.date, r.id);
      at[i] = p.at; start[i] = p.start; end[i] = p.end; precise[i] = p.precise ? 1 : 0;
    }
    if (at[i] < lo) lo = at[i];
    if (at[i] > hi) hi = at[i];
  }
  let k = n;
  for (const list of lists.slice(1)) for (const r of list) ids[k++] = r.id;
  const ix = buildIdIndex(ids);
  const nEvents = lists[1].length;
  const other = new Map<string, number>();
  for (let i = n; i < ids.length; i++) other.set(ids[i], ix.codes[i]);
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  const release = ix.codes.slice(0, n);
  const byDay = stableOrder(identity, at, lo, hi);
  const byDayId = stableOrder(stableOrder(identity, release, 0, ix.names.length - 1), at, lo, hi);
  const days = new Int32Array(n);
  const byDayIds: string[] = new Array(n);
  const byDayIdIds: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    days[i] = at[byDay[i]];
    byDayIds[i] = ids[byDay[i]];
    byDayIdIds[i] = ids[byDayId[i]];
  }
  return {
    src: parts,
    lengths: lists.map((l) => l.length),
    ix,
    release,
    event: ix.codes.slice(n, n + nEvents),
    other,
    ids: ids.slice(0, n), dates, counts, bases, modes, flagged: Int32Array.from(flagged),
    at, start, end, precise,
    byDay, byDayId, days, byDayIds, byDayIdIds,
  };
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
  for (let i = 0; i < n; i++) { const e = input[i]; out[count[key[e] - min]++] = e; }
  return out;
}

/** First position in sorted `xs` whose value is ≥ `x`. */
export function lowerBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/** First position in sorted `xs` whose value is > `x`. */
export function upperBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] <= x) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Releases with a broker, in registry order, placed on their day (for `readActors`). */
export function brokeredOf(releases: RecordParts['releases'] & object, rec: Records): Array<{ at: number; by: string[] }> {
  const out: Array<{ at: number; by: string[] }> = [];
  for (const j of rec.flagged) { const by = releases[j].brokered_by; if (by?.length) out.push({ at: rec.at[j], by }); }
  return out;
}
