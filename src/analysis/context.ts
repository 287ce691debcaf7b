/**
 * The flow context: everything the flow measures need, prepared once per registry and counter
 * (stock series, inflow profile, exits in day order, the ids as codes, see `records.ts`, and the
 * ledger's shared release rows, see `ledger-rows.ts`).
 */
import type { Registry } from '../domain/records.ts';
import { placeEdtf, compareText } from './dates.ts';
import { buildInflowProfile, FLOW_INFLOW, type InflowProfile } from './inflow.ts';
import { EXIT_BASES, exactRunningSums, lowerBound, OUTFLOW_MODES, prepareRecords, sameRecords, type RecordParts, type Records } from './records.ts';
import { buildSeries, defaultCounter, type StockSeries } from './stock.ts';
import { windowRows } from './ledger-rows.ts';
import { notedExits, notedReleases } from './political-outflow.ts';

export { EXIT_BASES, OUTFLOW_MODES, type OutflowMode } from './records.ts';

const DEATH = OUTFLOW_MODES.indexOf('death_in_custody');
const EVENT = EXIT_BASES.indexOf('event');

/** Codes of the rows behind the series and the inflow profile (internal). */
export interface ProfileCodes {
  /** Per point of the series. */
  series: Int32Array;
  /** Per segment of the profile, in the order of its `source_ids`. */
  segments: Int32Array[];
  /** Per row of the profile (`profile.rows`). */
  rows: Int32Array;
  /** Per entry of `counterReleases`. */
  counterReleases: Int32Array;
}

/** Everything the flow measures need, prepared once (series, inflow profile, exits sorted by day, then id). */
export interface FlowContext {
  counter: string | null;
  other_counters: string[];
  series: StockSeries | null;
  profile: InflowProfile | null;
  /** Exits (releases and deaths in custody) by day, then id: one entry per position. */
  exitDays: Int32Array;
  exitCounts: Float64Array;
  /** Positions of the modes in OUTFLOW_MODES and of the bases in EXIT_BASES. */
  exitModeCodes: Uint8Array;
  exitBasisCodes: Uint8Array;
  /** The modes and bases as written, only when some are in neither list (else null). */
  exitModes: string[] | null;
  exitBases: string[] | null;
  exitPrecise: Uint8Array;
  exitIds: string[];
  exitCodes: Int32Array;
  /** Running sums of `exitCounts` when the counts are whole and the sums exact, else null (see `exactRunningSums`). */
  exitCountSums: Float64Array | null;
  /** Day numbers of the registry's dated records: the default span of the analyses. */
  first: number;
  last: number;
  /** released_in_period rows of the counter: published release counts, for cross-checks. */
  counterReleases: Array<{ id: string; start: number; end: number; value: number }>;
  /** The registry's ids as codes, its releases placed and ordered, and the codes of the profile's rows (internal). */
  rec: Records;
  codes: ProfileCodes;
}

/**
 * Prepares the context of `counter` (default: the dataset profile's counter when it has rows, else
 * the counter with the most `current` rows, else with the most rows).
 */
export function prepareFlows(registry: Pick<Registry, 'observations' | 'releases' | 'events' | 'profile'>, counter?: string): FlowContext {
  // Without any stock counts, fall back to the counter with the most rows of any metric.
  const chosen = counter ?? profileCounter(registry) ?? defaultCounter(registry.observations) ?? mostRows(registry.observations) ?? null;
  const rec = prepareRecords(registry as RecordParts);
  // Exits: releases by (day, id), merged with deaths in custody by (day, id); a release first on a tie.
  const deaths: Death[] = [];
  registry.events.forEach((e, j) => {
    if (e.kind !== 'death_in_custody') return;
    const p = placeEdtf(e.date, e.id);
    deaths.push({ j, day: p.at, code: rec.event[j], precise: p.precise, count: e.quantity ?? 1 });
  });
  deaths.sort((a, b) => a.day - b.day || a.code - b.code);
  const exits = exitsOf(rec, deaths, registry.events);
  const { exitDays } = exits;
  const n = exitDays.length;
  let first = n ? exitDays[0] : Infinity;
  let last = n ? exitDays[n - 1] : -Infinity;
  for (const o of registry.observations) {
    const d = placeEdtf(o.date, o.id);
    if (d.start < first) first = d.start;
    if (d.end > last) last = d.end;
  }
  const others = new Set<string>();
  const counterReleases: FlowContext['counterReleases'] = [];
  for (const o of registry.observations) {
    if (o.source_org !== chosen) {
      others.add(o.source_org);
      continue;
    }
    if (o.metric === 'released_in_period') {
      counterReleases.push({
        id: o.id,
        start: placeEdtf(o.period_start ?? o.date, o.id).start,
        end: placeEdtf(o.period_end ?? o.date, o.id).end,
        value: o.value,
      });
    }
  }
  const series = chosen ? buildSeries(registry.observations, chosen) : null;
  const profile = chosen ? buildInflowProfile(registry.observations, chosen, FLOW_INFLOW) : null;
  // The same whatever the query, so made here, once (each module keeps it per record list): the
  // ledger's "by window" row of every release, and the releases (and exits) whose note gives an
  // on-list count.
  windowRows(rec);
  const noted = notedReleases(registry.releases);
  const ctx: FlowContext = {
    counter: chosen,
    other_counters: [...others].sort(),
    series,
    profile,
    ...exits,
    exitCountSums: exits.exitCounts === rec.qCounts ? rec.qCountSums : exactRunningSums(exits.exitCounts),
    first: first === Infinity ? 0 : first,
    last: last === -Infinity ? -1 : last,
    counterReleases,
    rec,
    codes: profileCodes(rec, series, profile, counterReleases),
  };
  notedExits(ctx, noted);
  return ctx;
}

type Exits = Pick<
  FlowContext,
  'exitDays' | 'exitCounts' | 'exitModeCodes' | 'exitBasisCodes' | 'exitModes' | 'exitBases' | 'exitPrecise' | 'exitIds' | 'exitCodes'
>;
interface Death {
  j: number;
  day: number;
  code: number;
  precise: boolean;
  count: number;
}

/**
 * Exits: the releases by (day, id) with the deaths in custody, sorted the same way, put in
 * between (a release first on a tie). The releases' columns are copied in runs between deaths.
 */
function exitsOf(rec: Records, deaths: Death[], events: Registry['events']): Exits {
  const r = rec.byDayId.length;
  const n = r + deaths.length;
  if (!deaths.length && !rec.odd) {
    return {
      exitDays: rec.days,
      exitCounts: rec.qCounts,
      exitModeCodes: rec.qModes,
      exitBasisCodes: rec.qBases,
      exitModes: null,
      exitBases: null,
      exitPrecise: rec.qPrecise,
      exitIds: rec.byDayIdIds,
      exitCodes: rec.qCodes,
    };
  }
  const out: Exits = {
    exitDays: new Int32Array(n),
    exitCounts: new Float64Array(n),
    exitModeCodes: new Uint8Array(n),
    exitBasisCodes: new Uint8Array(n),
    exitModes: null,
    exitBases: null,
    exitPrecise: new Uint8Array(n),
    exitIds: [],
    exitCodes: new Int32Array(n),
  };
  // Where each exit comes from: a release position q, or a death (−1 − its place in `deaths`).
  const source = new Int32Array(n);
  const pieces: string[][] = [];
  let q = 0;
  const copy = (to: number, at: number) => {
    out.exitDays.set(rec.days.subarray(q, to), at);
    out.exitCounts.set(rec.qCounts.subarray(q, to), at);
    out.exitModeCodes.set(rec.qModes.subarray(q, to), at);
    out.exitBasisCodes.set(rec.qBases.subarray(q, to), at);
    out.exitPrecise.set(rec.qPrecise.subarray(q, to), at);
    out.exitCodes.set(rec.qCodes.subarray(q, to), at);
    pieces.push(rec.byDayIdIds.slice(q, to));
    for (let i = q; i < to; i++) source[at + i - q] = i;
  };
  deaths.forEach((x, d) => {
    // Releases before the death: earlier days, or the same day with an id not after the death's.
    let to = lowerBound(rec.days, x.day);
    while (to < r && rec.days[to] === x.day && rec.qCodes[to] <= x.code) to++;
    to = Math.max(to, q);
    const at = q + d;
    copy(to, at);
    const i = at + to - q;
    out.exitDays[i] = x.day;
    out.exitCounts[i] = x.count;
    out.exitModeCodes[i] = DEATH;
    out.exitBasisCodes[i] = EVENT;
    out.exitPrecise[i] = x.precise ? 1 : 0;
    out.exitCodes[i] = x.code;
    source[i] = -1 - d;
    pieces.push([events[x.j].id]);
    q = to;
  });
  copy(r, q + deaths.length);
  out.exitIds = ([] as string[]).concat(...pieces);
  if (rec.odd) {
    out.exitModes = Array.from(source, (s) => (s >= 0 ? rec.modes[rec.byDayId[s]] : 'death_in_custody'));
    out.exitBases = Array.from(source, (s) => (s >= 0 ? rec.bases[rec.byDayId[s]] : 'event'));
  }
  return out;
}

function profileCodes(rec: Records, series: StockSeries | null, profile: InflowProfile | null, counterReleases: FlowContext['counterReleases']): ProfileCodes {
  const code = (id: string) => rec.other.get(id) ?? -1;
  const codesOf = (ids: string[]) => {
    const out = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = code(ids[i]);
    return out;
  };
  return {
    series: codesOf(series ? series.points.map((p) => p.id) : []),
    segments: profile ? profile.segments.map((s) => codesOf(s.source_ids)) : [],
    rows: codesOf(profile ? profile.rows.map((r) => r.id) : []),
    counterReleases: codesOf(counterReleases.map((c) => c.id)),
  };
}

/**
 * The prepared records and profile codes for `registry`: the context's own when it was prepared
 * from the same lists, else prepared afresh (with the context's observations, whose rows the
 * series and profile name).
 */
export function preparedFor(ctx: FlowContext, registry: RecordParts): { rec: Records; codes: ProfileCodes } {
  if (sameRecords(ctx.rec, registry)) return ctx;
  const rec = prepareRecords({ ...registry, observations: ctx.rec.src.observations });
  return { rec, codes: profileCodes(rec, ctx.series, ctx.profile, ctx.counterReleases) };
}

/** The profile's primary counter, when some observation is its. */
export function profileCounter(registry: Pick<Registry, 'observations' | 'profile'>): string | undefined {
  const name = registry.profile?.counter.name;
  return name !== undefined && registry.observations.some((o) => o.source_org === name) ? name : undefined;
}

function mostRows(observations: Registry['observations']): string | undefined {
  const counts = new Map<string, number>();
  for (const o of observations) counts.set(o.source_org, (counts.get(o.source_org) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
}
