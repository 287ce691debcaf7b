/**
 * The "what followed each issuer's packages" table, shown on the Ledger and the Pressure and
 * engagement pages: one row per release per issuer. A list, never a total: one release follows
 * several issuers' packages at once, so its people column must not be summed.
 */
import type { AnalysisResponses } from '../../../src/server/routes/analysis.ts';
import type { Column } from './panel.ts';

type PressureFollowed = AnalysisResponses['ledger']['pressure_followed'];

export interface FollowedRow {
  issuer: string;
  packages: number;
  after_package: string;
  id: string;
  date: string;
  count: number;
}

/** One row per release an issuer's package preceded. */
export function followedRows(followed: PressureFollowed): FollowedRow[] {
  return followed.flatMap((p) =>
    p.releases.map((r, i) => ({ issuer: p.issuer, packages: p.packages.length, after_package: p.after_package[i], id: r.id, date: r.date, count: r.count })),
  );
}

/** Its columns, in the order both pages show them. */
export const FOLLOWED_COLUMNS: Column<FollowedRow>[] = [
  { key: 'issuer', label: 'Issuer' },
  { key: 'packages', label: 'Packages' },
  { key: 'after_package', label: 'First package it followed' },
  { key: 'id', label: 'Release' },
  { key: 'date', label: 'Date' },
  { key: 'count', label: 'People in the release' },
];

/** The rows' sources: each release and the package it followed. */
export function followedSources(rows: FollowedRow[]) {
  return rows.flatMap((r) => [{ id: r.id }, { id: r.after_package }]);
}
