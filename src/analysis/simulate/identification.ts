/**
 * How far the data pin a calibrated parameter down: one definition, read by the calibration's
 * notes, its Markdown table (`report.ts`), the API (`identification` on each estimate) and the
 * dashboard, so no two of them can disagree.
 *
 * - `not_identified`: the profile log-likelihood varies by less than 1.92 (half the 95% χ²₁
 *   quantile) over the whole range searched, so the data exclude no value of it.
 * - `weak`: the data exclude some values, but the 90% posterior interval still spans at least half
 *   the range searched.
 * - `identified`: the 90% posterior interval spans less than half the range searched (and, when a
 *   profile was computed, some value is excluded at 95%).
 */
export type Identification = 'identified' | 'weak' | 'not_identified';

/** Drop in log-likelihood that excludes a value at 95% (χ²₁ 0.95 quantile / 2). */
export const PROFILE_95 = 1.92;

/**
 * The status of a parameter from its 90% interval, the range searched and, when computed, the
 * spread of its profile log-likelihood over that range (best minus worst).
 */
export function identificationOf(interval90: readonly [number, number], box: readonly [number, number], profileSpread?: number): Identification {
  if (profileSpread !== undefined && profileSpread < PROFILE_95) return 'not_identified';
  return interval90[1] - interval90[0] < 0.5 * (box[1] - box[0]) ? 'identified' : 'weak';
}

/** The "identified" column of the calibration table. */
export const IDENTIFICATION_LABEL: Record<Identification, string> = { identified: 'yes', weak: '**weakly**', not_identified: '**no**' };
