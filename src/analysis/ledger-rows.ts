/**
 * The ledger's release rows (internal: the type is exported from `index.ts` through `ledger.ts`).
 * A release shown "by window" (after an engagement or a pressure episode) has the same row
 * whatever the query, so one row per release is made with the prepared context (`prepareFlows`),
 * once per data version, and every ledger over that context shares them.
 */
import type { Records } from './records.ts';

/** A release as the ledger shows it. */
export interface LedgerRelease {
  id: string;
  date: string;
  count: number;
  count_basis: string;
  mode: string;
  link: 'strong' | 'by_window';
  /** Why it is tied: `linked_concession`, `contact_outcome` (with the contact id) or `window`. */
  via: string;
}

/**
 * The ledger row of a release tied another way than by window: its "by window" row (`windowRows`)
 * with `link` and `via` replaced. Read off that row, one object, rather than off the release
 * columns, whose positions are in registry order (five scattered reads per row).
 */
export function tiedRow(byWindow: LedgerRelease, link: LedgerRelease['link'], via: string): LedgerRelease {
  return { id: byWindow.id, date: byWindow.date, count: byWindow.count, count_basis: byWindow.count_basis, mode: byWindow.mode, link, via };
}

/** "By window" rows per prepared record set. */
const made = new WeakMap<Records, LedgerRelease[]>();

/**
 * The "by window" row of every release position, made once per prepared record set (results share
 * these rows; nothing may modify them). `prepareFlows` makes them with the rest of the context; a
 * record set prepared elsewhere gets them on first use.
 */
export function windowRows(rec: Records): LedgerRelease[] {
  const cached = made.get(rec);
  if (cached) return cached;
  // Columns in locals: this loop runs once, 100,000s of times.
  const { byDayId, byDayIdIds, dates, countValues, bases, modes } = rec;
  const n = byDayId.length;
  const rows: LedgerRelease[] = new Array(n);
  for (let q = 0; q < n; q++) {
    const j = byDayId[q];
    rows[q] = { id: byDayIdIds[q], date: dates[j], count: countValues[j], count_basis: bases[j], mode: modes[j], link: 'by_window', via: 'window' };
  }
  made.set(rec, rows);
  return rows;
}
