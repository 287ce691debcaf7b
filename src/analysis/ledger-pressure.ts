/**
 * The pressure side of the ledger: what followed each issuer's packages, as a list per issuer and
 * never as a total (see `PressureFollowed`).
 */
import { compareText } from './dates.ts';
import { sizedLike } from './ids.ts';
import type { LedgerRelease } from './ledger-rows.ts';

/** A pressure package as the ledger codes it: its episode, and the positions [lo, hi) of the releases in its window (sorted by day). */
export interface PackageSpan {
  entry: { id: string; counterpart: string };
  lo: number;
  hi: number;
}

/**
 * What followed one issuer's pressure packages: the releases within the window after any of them,
 * each once (deduplicated within the issuer), with the first package it followed. Deliberately
 * without a people total: a release follows many issuers' packages at once, so totals per issuer
 * would add up to more people than were released. Nothing here is a link.
 */
export interface PressureFollowed {
  issuer: string;
  /** The issuer's packages (pressure episode ids), in date order. */
  packages: string[];
  /** The releases (shared ledger rows) and, at the same positions, the first package each followed. */
  releases: LedgerRelease[];
  after_package: string[];
  note: string;
}

/** Releases after each issuer's packages, deduplicated within the issuer (see `PressureFollowed`). */
export function pressureFollowed(pressure: readonly PackageSpan[], rows: readonly LedgerRelease[]): PressureFollowed[] {
  const byIssuer = new Map<string, PackageSpan[]>();
  for (const c of pressure) {
    const list = byIssuer.get(c.entry.counterpart);
    if (list) list.push(c);
    else byIssuer.set(c.entry.counterpart, [c]);
  }
  const out: PressureFollowed[] = [];
  for (const [issuer, list] of [...byIssuer].sort((x, y) => compareText(x[0], y[0]))) {
    // Entries come by start day, so lo never decreases: positions below the highest hi were listed already.
    // Each package adds the positions past the highest hi so far: one contiguous run, copied whole.
    let seen = 0;
    const runs: Array<[number, number, string]> = [];
    let total = 0;
    for (const c of list) {
      const from = Math.max(c.lo, seen);
      if (c.hi > from) {
        runs.push([from, c.hi, c.entry.id]);
        total += c.hi - from;
      }
      if (c.hi > seen) seen = c.hi;
    }
    // Sized from lists at least as long (total ≤ the number of releases), see `sizedLike`.
    const releases = sizedLike<LedgerRelease>(rows, total);
    const after = sizedLike<string>(rows, total);
    let i = 0;
    for (const [from, to, id] of runs) {
      for (let q = from; q < to; q++) releases[i + q - from] = rows[q];
      after.fill(id, i, i + to - from);
      i += to - from;
    }
    out.push({
      issuer,
      packages: list.map((c) => c.entry.id),
      releases,
      after_package: after,
      note: "released within the window after a package (not a link); not additive across issuers, one release can follow several issuers' packages",
    });
  }
  return out;
}
