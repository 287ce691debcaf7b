/**
 * The flow context: everything the flow measures need, prepared once per registry and counter
 * (stock series, inflow profile, exits in day order, and the ids as codes, see `records.ts`).
 */
import type { Registry } from '../domain/records.ts';
import type { ReleaseMode } from '../domain/schema/types.ts';
import { placeEdtf, compareText } from './dates.ts';
import { buildInflowProfile, type InflowProfile } from './inflow.ts';
import { prepareRecords, sameRecords, type RecordParts, type Records } from './records.ts';
import { buildSeries, defaultCounter, type StockSeries } from './stock.ts';

/** Outflow modes: the release modes plus deaths in custody. */
export type OutflowMode = ReleaseMode | 'death_in_custody';
export const OUTFLOW_MODES: readonly OutflowMode[] = ['pardon', 'deportation', 'exchange', 'amnesty', 'sentence_served', 'death_in_custody', 'unknown'];
/** How firm an exit's count is (the keys of `Outflow.by_basis`, in order). */
export const EXIT_BASES = ['announced', 'confirmed', 'reported', 'event'] as const;

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
  exitModes: string[];
  exitBases: string[];
  /** Positions of `exitModes` in OUTFLOW_MODES and of `exitBases` in EXIT_BASES; `exitCoded` is false when some are in neither. */
  exitModeCodes: Uint8Array;
  exitBasisCodes: Uint8Array;
  exitCoded: boolean;
  exitPrecise: Uint8Array;
  exitIds: string[];
  exitCodes: Int32Array;
  /** Day numbers of the registry's dated records: the default span of the analyses. */
  first: number;
  last: number;
  /** released_in_period rows of the counter: published release counts, for cross-checks. */
  counterReleases: Array<{ id: string; start: number; end: number; value: number }>;
  /** The registry's ids as codes, its releases placed and ordered, and the codes of the profile's rows (internal). */
  rec: Records;
  codes: ProfileCodes;
}

/** Prepares the context of `counter` (default: the counter with the most `current` rows, else with the most rows). */
export function prepareFlows(registry: Pick<Registry, 'observations' | 'releases' | 'events'>, counter?: string): FlowContext {
  // Without any stock counts, fall back to the counter with the most rows of any metric.
  const chosen = counter ?? defaultCounter(registry.observations) ?? mostRows(registry.observations) ?? null;
  const rec = prepareRecords(registry as RecordParts);
  // Exits: releases by (day, id), merged with deaths in custody by (day, id); a release first on a tie.
  const deaths: Array<{ j: number; day: number; code: number; precise: boolean; count: number }> = [];
  registry.events.forEach((e, j) => {
    if (e.kind !== 'death_in_custody') return;
    const p = placeEdtf(e.date, e.id);
    deaths.push({ j, day: p.at, code: rec.event[j], precise: p.precise, count: e.quantity ?? 1 });
  });
  deaths.sort((a, b) => a.day - b.day || a.code - b.code);
  const n = rec.byDayId.length + deaths.length;
  const exitDays = new Int32Array(n);
  const exitCounts = new Float64Array(n);
  const exitModes: string[] = [];
  const exitBases: string[] = [];
  const exitPrecise = new Uint8Array(n);
  const exitIds: string[] = [];
  const exitCodes = new Int32Array(n);
  const { events } = registry;
  for (let i = 0, r = 0, d = 0; i < n; i++) {
    const ri = r < rec.byDayId.length ? rec.byDayId[r] : -1;
    const x = d < deaths.length ? deaths[d] : undefined;
    if (ri >= 0 && (!x || rec.at[ri] < x.day || (rec.at[ri] === x.day && rec.release[ri] <= x.code))) {
      exitDays[i] = rec.at[ri]; exitCounts[i] = rec.counts[ri]; exitModes.push(rec.modes[ri]); exitBases.push(rec.bases[ri]);
      exitPrecise[i] = rec.precise[ri]; exitIds.push(rec.ids[ri]); exitCodes[i] = rec.release[ri];
      r++;
    } else {
      exitDays[i] = x!.day; exitCounts[i] = x!.count; exitModes.push('death_in_custody'); exitBases.push('event');
      exitPrecise[i] = x!.precise ? 1 : 0; exitIds.push(events[x!.j].id); exitCodes[i] = x!.code;
      d++;
    }
  }
  const exitModeCodes = new Uint8Array(n);
  const exitBasisCodes = new Uint8Array(n);
  let exitCoded = true;
  const modeIndex = new Map(OUTFLOW_MODES.map((m, i) => [m as string, i]));
  const basisIndex = new Map(EXIT_BASES.map((m, i) => [m as string, i]));
  for (let i = 0; i < n; i++) {
    const m = modeIndex.get(exitModes[i]);
    const b = basisIndex.get(exitBases[i]);
    if (m === undefined || b === undefined) { exitCoded = false; break; }
    exitModeCodes[i] = m;
    exitBasisCodes[i] = b;
  }
  let first = n ? exitDays[0] : Infinity;
  let last = n ? exitDays[n - 1] : -Infinity;
  for (const o of registry.observations) { const d = placeEdtf(o.date, o.id); if (d.start < first) first = d.start; if (d.end > last) last = d.end; }
  const others = new Set<string>();
  const counterReleases: FlowContext['counterReleases'] = [];
  for (const o of registry.observations) {
    if (o.source_org !== chosen) { others.add(o.source_org); continue; }
    if (o.metric === 'released_in_period') {
      counterReleases.push({ id: o.id, start: placeEdtf(o.period_start ?? o.date, o.id).start, end: placeEdtf(o.period_end ?? o.date, o.id).end, value: o.value });
    }
  }
  const series = chosen ? buildSeries(registry.observations, chosen) : null;
  const profile = chosen ? buildInflowProfile(registry.observations, chosen) : null;
  return {
    counter: chosen,
    other_counters: [...others].sort(),
    series,
    profile,
    exitDays, exitCounts, exitModes, exitBases, exitModeCodes, exitBasisCodes, exitCoded, exitPrecise, exitIds, exitCodes,
    first: first === Infinity ? 0 : first,
    last: last === -Infinity ? -1 : last,
    counterReleases,
    rec,
    codes: profileCodes(rec, series, profile, counterReleases),
  };
}

function profileCodes(rec: Records, series: StockSeries | null, profile: InflowProfile | null, counterReleases: FlowContext['counterReleases']): ProfileCodes {
  const code = (id: string) => rec.other.get(id) ?? -1;
  const codesOf = (ids: string[]) => { const out = new Int32Array(ids.length); for (let i = 0; i < ids.length; i++) out[i] = code(ids[i]); return out; };
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

function mostRows(observations: Registry['observations']): string | undefined {
  const counts = new Map<string, number>();
  for (const o of observations) counts.set(o.source_org, (counts.get(o.source_org) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
}
