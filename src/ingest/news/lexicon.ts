/**
 * The news lexicon (data/news/lexicon.json): issuers, countries with their leaders and capitals,
 * and the organisations that count political prisoners, each with the phrases that name them in
 * the languages we read. Country facts are data, so the extraction core stays country-neutral.
 */
import { readFileSync } from 'node:fs';
import { LeverageError } from '../../domain/errors.ts';

/** The shape of `NewsLexicon` in src/analysis/news/patterns.ts (ingest may not import analysis). */
export interface NewsLexiconData {
  issuers: Record<string, string[]>;
  actors: Record<string, string[]>;
  counters: Record<string, string[]>;
}

export const NEWS_LEXICON_FILE = new URL('../../../data/news/lexicon.json', import.meta.url).pathname;

let cached: NewsLexiconData | undefined;

/** Reads and checks the lexicon (cached for the default file). */
export function loadNewsLexicon(file = NEWS_LEXICON_FILE): NewsLexiconData {
  if (file === NEWS_LEXICON_FILE && cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new LeverageError('bad_format', `cannot read the news lexicon: ${(err as Error).message}`, { location: { file } });
  }
  const lex = raw as Record<string, unknown>;
  for (const table of ['issuers', 'actors', 'counters'] as const) {
    const t = lex[table];
    if (!t || typeof t !== 'object') throw new LeverageError('missing_field', `the news lexicon has no '${table}' table`, { location: { file, path: table } });
    for (const [code, aliases] of Object.entries(t)) {
      if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string' && a.length > 0)) {
        throw new LeverageError('invalid_value', `'${table}.${code}' must be a list of phrases`, { location: { file, path: `${table}/${code}` } });
      }
      for (const a of aliases) {
        try {
          new RegExp(a, 'u');
        } catch {
          throw new LeverageError('invalid_value', `'${table}.${code}' has a phrase that is not a valid pattern: ${a}`, {
            location: { file, path: `${table}/${code}` },
          });
        }
      }
    }
  }
  const result = { issuers: lex.issuers, actors: lex.actors, counters: lex.counters } as NewsLexiconData;
  if (file === NEWS_LEXICON_FILE) cached = result;
  return result;
}
