/**
 * Measures read off sanctions lists: what a diff of two snapshots implies (a candidate), and the
 * curated measures a candidate may confirm. Derived in src/analysis/list-diff, stored in
 * `list_measure` by the store.
 */
import type { EntityKind } from './designation.ts';

/** A candidate measure, shaped like a row of the `measure` table (origin `list_diff`). */
export interface CandidateMeasure {
  id: string;
  date: string | null;
  issuer: string;
  action: 'impose' | 'expand' | 'delist';
  programme: string;
  legalAct?: string;
  targetKind: EntityKind | 'mixed';
  targets: { sourceId: string; name: string; kind: EntityKind }[];
  summary: string;
  /** `A..B`: the two snapshot ids. */
  sourceId: string;
  snapshots: [string, string];
  /** Ids of curated measures describing the same act (see `linkCuratedMeasures`). */
  curatedMeasureIds: string[];
}

/** The fields of a curated `measure` row used for linking. */
export interface CuratedMeasure {
  id: string;
  date: string | null;
  issuer: string | null;
  action?: string | null;
  /** Programme tag(s); the `measure` table stores them as jsonb. */
  programme: string | string[] | null;
}
