/**
 * The `weights` and `config` of a yente match request, for our algorithm. yente passes both to its
 * scoring model and refuses (400) a config option the model does not have; we do the same with
 * ours. `weights` multiply the features before they are summed into the score; `config` holds
 * the options below. An unknown key or a value of the wrong type is a 400 naming it.
 */
import { LeverageError } from '../domain/errors.ts';

/** The features a result's score is the sum of (each check's effect is signed). */
export const FEATURES: Record<string, string> = {
  name_match: 'The best score of a query name against a candidate name',
  name_compact_match: 'A name written without spaces against a candidate name, letter by letter (with `fuzzy`)',
  birthDate_match: 'What an agreeing birth date added',
  birthDate_mismatch: 'What a disagreeing birth date took away',
  nationality_match: 'What an agreeing nationality added',
  nationality_mismatch: 'What a disagreeing nationality took away',
  identifier_match: 'What a shared identifier added (it lifts the score to a match)',
};

/** The options of our algorithm, with their defaults. */
export interface MatchConfig {
  /** Match names written without spaces by their letters (yente's fuzzy retrieval). */
  fuzzy: boolean;
  /** Use birth date, nationality and identifiers; `false` scores names alone. */
  properties: boolean;
  /** The lowest name score a candidate keeps (the matcher itself stops at 0.5). */
  min_name_score: number;
}

export const CONFIG_DEFAULTS: MatchConfig = { fuzzy: true, properties: true, min_name_score: 0.5 };

export const CONFIG_HELP: Record<keyof MatchConfig, string> = {
  fuzzy: 'boolean, default true: names written without spaces are matched by their letters',
  properties: 'boolean, default true: false scores names alone, without birth date, nationality or identifiers',
  min_name_score: 'number from 0.5 to 1, default 0.5: candidates whose best name scores lower are dropped',
};

function bad(where: string, message: string, expected: string): never {
  throw new LeverageError('invalid_value', message, { location: { column: where }, expected });
}

/** The request's `config` checked and completed with the defaults. */
export function matchConfig(raw: Record<string, unknown> | undefined): MatchConfig {
  const out = { ...CONFIG_DEFAULTS };
  for (const [key, value] of Object.entries(raw ?? {})) {
    const where = `config.${key}`;
    if (key === 'fuzzy' || key === 'properties') {
      if (typeof value !== 'boolean') bad(where, `${where} is ${JSON.stringify(value)}`, 'true or false');
      out[key] = value;
    } else if (key === 'min_name_score') {
      if (typeof value !== 'number' || !(value >= 0.5 && value <= 1)) bad(where, `${where} is ${JSON.stringify(value)}`, 'a number from 0.5 to 1');
      out.min_name_score = value;
    } else bad(where, `unknown config option ${JSON.stringify(key)}`, Object.keys(CONFIG_HELP).join(', '));
  }
  return out;
}

/** The request's `weights` checked: known features, finite numbers of at least 0. */
export function matchWeights(raw: Record<string, unknown> | undefined): Record<string, number> | undefined {
  if (!raw || !Object.keys(raw).length) return undefined;
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(raw)) {
    const where = `weights.${key}`;
    if (!(key in FEATURES)) bad(where, `unknown feature ${JSON.stringify(key)}`, Object.keys(FEATURES).join(', '));
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) bad(where, `${where} is ${JSON.stringify(value)}`, 'a number of at least 0');
    out[key] = value;
  }
  return out;
}

/** The score from features and weights (a feature without a weight counts once), within 0–1. */
export function weightedScore(features: Record<string, number>, weights: Record<string, number>): number {
  let score = 0;
  for (const [f, v] of Object.entries(features)) score += (weights[f] ?? 1) * v;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
