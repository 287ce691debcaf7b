/**
 * `compareNames`: the one entry point for scoring two names, with the decision threshold
 * and an explanation made of plain objects (safe to serialise as JSON).
 */
import { explainOrgNames, type OrgExplanation } from './org.ts';
import { explainPersonNames, type PersonExplanation } from './person.ts';

export type Schema = 'Person' | 'Organization';

/**
 * Match thresholds per schema, tuned on the training half of the Belarus pairs
 * (`bench/names.ts --sweep`): F1 is flat for Person over 0.65–0.80 and for Organization
 * over 0.60–0.975, so 0.75 sits inside both plateaus. A score at or above it is a match.
 */
export const THRESHOLDS: Readonly<Record<Schema, number>> = { Person: 0.75, Organization: 0.75 };

export interface CompareOptions {
  /** Person or Organization; default Person. Unknown strings are read as Person. */
  schema?: Schema | string;
}

export type Explanation = PersonExplanation | OrgExplanation;

export interface Comparison {
  /** Similarity in [0, 1], rounded to 4 decimals. */
  score: number;
  match: boolean;
  threshold: number;
  schema: Schema;
  explanation: Explanation;
}

/** Reads a schema name leniently (`organisation`, `Company`, `LegalEntity` → Organization). */
export function parseSchema(schema: string | undefined): Schema {
  if (!schema) return 'Person';
  return /^(org|company|legal|business)/iu.test(schema.trim()) ? 'Organization' : 'Person';
}

/**
 * Compares two names. Empty names score 0. Symmetric: compareNames(a, b).score equals
 * compareNames(b, a).score.
 */
export function compareNames(a: string, b: string, opts: CompareOptions = {}): Comparison {
  const schema = parseSchema(opts.schema);
  const threshold = THRESHOLDS[schema];
  const explanation = schema === 'Organization' ? explainOrgNames(a, b) : explainPersonNames(a, b);
  return { score: explanation.score, match: explanation.score >= threshold, threshold, schema, explanation };
}
