/** Sanctions issuers: who imposes or eases a measure (DESIGN.md conventions). */
export const ISSUERS = ['EU', 'US', 'UK', 'CA', 'CH', 'UA', 'UN', 'JP', 'AU', 'NZ', 'NO'] as const;
export type Issuer = (typeof ISSUERS)[number];

/** Measure actions: the first three add pressure, `ease` and `lift`/`delist` relieve it; `extend` renews. */
export const MEASURE_ACTIONS = ['impose', 'expand', 'extend', 'ease', 'lift', 'delist'] as const;
export type MeasureAction = (typeof MEASURE_ACTIONS)[number];

/** Whether an action is relief (a concession) or pressure. */
export function actionDirection(action: MeasureAction): 'relief' | 'pressure' {
  return action === 'ease' || action === 'lift' || action === 'delist' ? 'relief' : 'pressure';
}
