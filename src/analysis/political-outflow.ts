/**
 * Political outflow: people leaving the counter's list, as against everyone released. A batch
 * decree may free people who are not on the counter's list (other convictions, foreigners held
 * for other reasons), and a person may be announced as freed but stay in custody. Where the data
 * say how many of a batch were on the list, the row's `note` carries it in one fixed phrase,
 * "On the counter's list: N." (see docs/methodology.md); otherwise the whole count is taken.
 * Deaths in custody of listed people leave the list too. Each release is shown on its own.
 */
import type { Registry, Release } from '../domain/records.ts';
import { isoOf, settle } from './dates.ts';
import { lowerBound, upperBound } from './records.ts';
import type { FlowContext } from './context.ts';

const ON_LIST = /on the counter's list:\s*(\d+)/i;

/** The number of a release's people on the counter's list when its note states it, else null. */
export function onListCount(release: Pick<Release, 'note'>): number | null {
  const m = release.note ? ON_LIST.exec(release.note) : null;
  return m ? Number(m[1]) : null;
}

/** One exit in the window: what was released and how many of them left the counter's list. */
export interface PoliticalExit {
  id: string;
  date: string;
  /** People released (or dead) as recorded. */
  count: number;
  /** Of them, people leaving the counter's list. */
  on_list: number;
  /** `note`: the row says how many were on the list; `count`: taken whole. */
  basis: 'note' | 'count';
}

/** Windows with more exits than this list only the adjusted ones (`exits_listed` says which); all ids stay in the outflow's `source_ids`. */
export const MAX_EXITS_LISTED = 2000;

export interface PoliticalOutflow {
  /** People leaving the counter's list. */
  total: number;
  /** Every recorded exit (release or death in custody), each on its own. */
  total_recorded: number;
  exits: PoliticalExit[];
  /** `all` exits, or only the `adjusted` ones when the window has more than MAX_EXITS_LISTED. */
  exits_listed: 'all' | 'adjusted';
  /** Exits whose on-list count differs from their recorded count. */
  adjusted_ids: string[];
}

/** Releases whose note states their on-list count, by id, per release list (and its length then). */
const notedOf = new WeakMap<readonly Release[], { length: number; noted: Map<string, Release> }>();

/**
 * Only releases with a note can differ from their count: those, by id (found once per release
 * list, not per window; `prepareFlows` finds them with the rest of the context).
 */
export function notedReleases(releases: readonly Release[]): Map<string, Release> {
  const hit = notedOf.get(releases);
  if (hit && hit.length === releases.length) return hit.noted;
  const noted = new Map<string, Release>();
  for (const r of releases) if (r.note && ON_LIST.test(r.note)) noted.set(r.id, r);
  notedOf.set(releases, { length: releases.length, noted });
  return noted;
}

/** Positions of the exits whose id is a noted release's, per context (found once, with the context). */
const notedAt = new WeakMap<FlowContext, { noted: Map<string, Release>; at: Int32Array }>();

/**
 * The exit positions (ascending) whose id names a release in `noted`: the only exits whose
 * on-list count can differ from their count. Found once per context and noted list
 * (`prepareFlows` finds them with the rest of the context).
 */
export function notedExits(ctx: FlowContext, noted: Map<string, Release>): Int32Array {
  const hit = notedAt.get(ctx);
  if (hit && hit.noted === noted) return hit.at;
  const at: number[] = [];
  if (noted.size) for (let i = 0; i < ctx.exitIds.length; i++) if (noted.has(ctx.exitIds[i])) at.push(i);
  const found = { noted, at: Int32Array.from(at) };
  notedAt.set(ctx, found);
  return found.at;
}

/**
 * The on-list people of exits [lo, hi) and all their people; pushes the ids whose two counts
 * differ onto `adjusted`. With whole counts (running sums exact, see `exactRunningSums`) all
 * people are a difference of running sums and the on-list people that less what the noted exits
 * in the range leave out: the same sums as added one by one, without a loop over every exit.
 */
function countOnList(ctx: FlowContext, noted: Map<string, Release>, lo: number, hi: number, adjusted: string[]): { total: number; recorded: number } {
  const sums = ctx.exitCountSums;
  if (!sums) return countEach(ctx, noted, lo, hi, adjusted);
  const { exitIds, exitCounts } = ctx;
  const at = notedExits(ctx, noted);
  const recorded = sums[hi] - sums[lo];
  let total = recorded;
  for (let k = lowerBound(at, lo); k < at.length && at[k] < hi; k++) {
    const i = at[k];
    const count = exitCounts[i];
    const listed = Math.min(count, onListCount(noted.get(exitIds[i])!)!);
    if (listed !== count) {
      total -= count - listed;
      adjusted.push(exitIds[i]);
    }
  }
  return { total, recorded };
}

/** `countOnList` one exit at a time (counts that are not all whole: sums then depend on their order). */
function countEach(ctx: FlowContext, noted: Map<string, Release>, lo: number, hi: number, adjusted: string[]): { total: number; recorded: number } {
  const { exitIds, exitCounts } = ctx;
  let total = 0;
  let recorded = 0;
  for (let i = lo; i < hi; i++) {
    const count = exitCounts[i];
    const r = noted.size ? noted.get(exitIds[i]) : undefined;
    const listed = r ? Math.min(count, onListCount(r)!) : count;
    total += listed;
    recorded += count;
    if (listed !== count) adjusted.push(exitIds[i]);
  }
  return { total, recorded };
}

/** Exits [lo, hi) as listed: every one (`all`), or only those whose on-list count differs from their count. */
function listExits(ctx: FlowContext, noted: Map<string, Release>, lo: number, hi: number, all: boolean): PoliticalExit[] {
  const exits: PoliticalExit[] = [];
  // One date string per day (exits share days).
  let lastDay = NaN;
  let lastIso = '';
  for (let i = lo; i < hi; i++) {
    const id = ctx.exitIds[i];
    const count = ctx.exitCounts[i];
    const r = noted.size ? noted.get(id) : undefined;
    const listed = r ? Math.min(count, onListCount(r)!) : count;
    if (!all && listed === count) continue;
    const day = ctx.exitDays[i];
    if (day !== lastDay) {
      lastDay = day;
      lastIso = isoOf(day);
    }
    exits.push({ id, date: r?.date ?? lastIso, count, on_list: listed, basis: r ? 'note' : 'count' });
  }
  return exits;
}

/** Political outflow over days [a, b], from the context's exits (releases and deaths in custody). */
export function politicalOutflow(registry: Pick<Registry, 'releases'>, ctx: FlowContext, a: number, b: number, withExits = true): PoliticalOutflow {
  const lo = lowerBound(ctx.exitDays, a);
  const hi = Math.max(lo, upperBound(ctx.exitDays, b));
  const noted = notedReleases(registry.releases);
  const listAll = withExits && hi - lo <= MAX_EXITS_LISTED;
  const adjusted: string[] = [];
  const { total, recorded } = countOnList(ctx, noted, lo, hi, adjusted);
  // The exits listed: all of them, or those whose on-list count differs (a second pass, only when there are any).
  const exits: PoliticalExit[] = withExits && (listAll || adjusted.length) ? listExits(ctx, noted, lo, hi, listAll) : [];
  return { total: settle(total), total_recorded: settle(recorded), exits, exits_listed: listAll ? 'all' : 'adjusted', adjusted_ids: adjusted };
}
