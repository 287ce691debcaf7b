/**
 * Deal channels: who releases prisoners, how often and in what sizes, read from the registry's
 * `releases` between the window's first month and `asOf`. A release with a broker (`brokered_by`)
 * belongs to the channel of that broker; with several brokers, to the one that brokered the most
 * people in the window (a swap brokered by three states counts under the one that brokered the
 * most people). A release without a broker belongs to the `domestic` channel (pardon decrees,
 * amnesties). Sizes are monthly totals of people, because the model moves month by month.
 */
import type { Release } from '../../domain/records.ts';
import { monthLabel, monthOfDay } from '../dates.ts';
import { placeDay } from './panel.ts';

/** The channel name of releases without a broker. */
export const DOMESTIC = 'domestic';

/** A monthly probability with its 90% interval (Wilson score). */
export interface Rate {
  estimate: number;
  low: number;
  high: number;
  /** Months with at least one release, out of `months`. */
  hits: number;
  months: number;
}

/** One channel's history. Sizes are people released per month with a release, in date order. */
export interface DealChannel {
  name: string;
  kind: 'brokered' | 'domestic';
  /** Release records and people released in the window. */
  releases: number;
  people: number;
  first: string | null;
  last: string | null;
  /** Monthly probability of a release from the channel's first release month to `asOf`. */
  rate: Rate;
  /** The same over the last `recentMonths` months (the status quo). */
  recentRate: Rate;
  /** Mean months between release months (null with fewer than two). */
  meanGapMonths: number | null;
  sizes: number[];
  size: { median: number; mean: number; min: number; max: number };
  source_ids: string[];
}

/** Wilson score interval of x successes in n trials at 90%. An empty trial set gives 0 [0, 1]. */
export function wilson(x: number, n: number): Rate {
  if (n <= 0) return { estimate: 0, low: 0, high: 1, hits: x, months: n };
  const z = 1.6448536269514722;
  const p = x / n;
  const den = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / den;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / den;
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), hits: x, months: n };
}

/**
 * The channels with releases between month `firstMonth` and day `asOfDay` (inclusive), largest
 * (by people) first. `recentMonths` (default 12) sets the status-quo rate's look-back.
 */
export function dealChannels(releases: readonly Release[], firstMonth: number, asOfDay: number, recentMonths = 12): DealChannel[] {
  const lastMonth = monthOfDay(asOfDay);
  const inWindow = releases
    .map((r) => ({ r, day: placeDay(r.date, r.id) }))
    .filter(({ day }) => day <= asOfDay && monthOfDay(day) >= firstMonth)
    .sort((a, b) => a.day - b.day || a.r.id.localeCompare(b.r.id));
  const brokered = new Map<string, number>();
  for (const { r } of inWindow) for (const b of r.brokered_by ?? []) brokered.set(b, (brokered.get(b) ?? 0) + r.count);
  const channelOf = (r: Release): string => {
    const brokers = r.brokered_by ?? [];
    if (!brokers.length) return DOMESTIC;
    return [...brokers].sort((a, b) => (brokered.get(b) ?? 0) - (brokered.get(a) ?? 0) || a.localeCompare(b))[0];
  };
  const groups = new Map<string, Array<{ r: Release; day: number }>>();
  for (const item of inWindow) {
    const name = channelOf(item.r);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  const channels: DealChannel[] = [];
  for (const [name, items] of groups) {
    const byMonth = new Map<number, number>();
    for (const { r, day } of items) byMonth.set(monthOfDay(day), (byMonth.get(monthOfDay(day)) ?? 0) + r.count);
    const months = [...byMonth.keys()].sort((a, b) => a - b);
    const sizes = months.map((m) => byMonth.get(m)!);
    const sorted = [...sizes].sort((a, b) => a - b);
    const recentFrom = lastMonth - recentMonths + 1;
    const gaps = months.slice(1).map((m, i) => m - months[i]);
    channels.push({
      name,
      kind: name === DOMESTIC ? 'domestic' : 'brokered',
      releases: items.length,
      people: sizes.reduce((a, b) => a + b, 0),
      first: monthLabel(months[0]),
      last: monthLabel(months[months.length - 1]),
      rate: wilson(months.length, lastMonth - months[0] + 1),
      recentRate: wilson(months.filter((m) => m >= recentFrom).length, recentMonths),
      meanGapMonths: gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : null,
      sizes,
      size: {
        median: sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2,
        mean: sizes.reduce((a, b) => a + b, 0) / sizes.length,
        min: sorted[0],
        max: sorted[sorted.length - 1],
      },
      source_ids: items.map(({ r }) => r.id),
    });
  }
  return channels.sort((a, b) => b.people - a.people || a.name.localeCompare(b.name));
}

/** The brokered channel that released the most people: "engagement" in the scenarios. Undefined when none. */
export function mainBroker(channels: readonly DealChannel[]): DealChannel | undefined {
  return channels.find((c) => c.kind === 'brokered');
}
