/**
 * Deduplication suggestions: pairs of registry entries whose names match each other, found
 * through the candidate index (each name is screened against the others), best first.
 */
import type { CandidateIndex } from './candidate-index.ts';
import { screenName } from './candidate-index.ts';
import { THRESHOLDS } from './score/index.ts';

export interface DedupeSuggestion {
  a: string;
  b: string;
  nameA: string;
  nameB: string;
  score: number;
}

/**
 * Pairs of entries with `origin === 'registry'` scoring at least `minScore` (default: the
 * Person match threshold), each pair once, sorted by score (highest first), then by ids.
 */
export function dedupeSuggestions(index: CandidateIndex, options: { minScore?: number } = {}): DedupeSuggestion[] {
  const min = options.minScore ?? THRESHOLDS.Person;
  const seen = new Set<string>();
  const found: DedupeSuggestion[] = [];
  for (const entry of index.entries) {
    if (entry.origin !== 'registry') continue;
    for (const name of entry.names) {
      for (const r of screenName(index, name, { schema: entry.schema, limit: 10, cutoff: min })) {
        if (r.id === entry.id || r.entry.origin !== 'registry') continue;
        const key = [entry.id, r.id].sort().join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ a: entry.id, b: r.id, nameA: name, nameB: r.name, score: r.score });
      }
    }
  }
  return found.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
