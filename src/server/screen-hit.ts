/** A screening result as the API shows it (`POST /api/v1/screen`), made on the worker that screened it. */
import type { ScreenResult } from '../names/index.ts';
import { caseIdOfActor } from '../app/index.ts';

/** One candidate of a screening, with the matcher's explanation. */
export type ScreenHit = {
  id: string;
  /** `registry` (a person in the registry) or `designation` (a sanctions list entry). */
  origin: string;
  name: string;
  matched_name: string;
  score: number;
  match: boolean;
  threshold: number;
  schema?: string;
  case_id?: string;
  list_source?: string;
  explanation: Record<string, unknown>;
  /** With properties in the query: the score on the name alone, and what each property said. */
  name_score?: number;
  properties?: unknown[];
  /**
   * `matched_name` is one the list marks as a weak (low-quality) alias: `score` is the names'
   * similarity (`explanation.score`) × 0.7, so that a weak alias alone never alerts.
   */
  weak_alias?: true;
};

/** A matcher result with the fields of its entry the API shows. */
export function toHit(r: ScreenResult): ScreenHit {
  const e = r.entry as Record<string, unknown>;
  const caseId = typeof e.actorId === 'string' ? caseIdOfActor(e.actorId) : undefined;
  return {
    id: r.id,
    origin: String(e.origin ?? ''),
    name: String(e.primaryName ?? r.entry.names[0] ?? r.name),
    matched_name: r.name,
    score: r.score,
    match: r.match,
    threshold: r.threshold,
    ...(r.entry.schema ? { schema: r.entry.schema } : {}),
    ...(caseId ? { case_id: caseId } : {}),
    ...(typeof e.listSource === 'string' ? { list_source: e.listSource } : {}),
    explanation: r.explanation as unknown as Record<string, unknown>,
    ...(r.properties ? { name_score: r.nameScore, properties: r.properties } : {}),
    ...(r.weakAlias ? { weak_alias: true as const, name_score: r.nameScore } : {}),
  };
}
