/**
 * Compiles a language's pattern set and the lexicon into regular expressions once. `\b` in the
 * pattern sources is rewritten to a Unicode word boundary, so Cyrillic and Polish words get the
 * same edges as English ones.
 */
import type { LanguagePatterns, NewsLexicon } from './patterns.ts';

export interface CompiledPatterns {
  source: LanguagePatterns;
  release: RegExp;
  releaseContext: RegExp;
  releaseModes: Array<[string, RegExp]>;
  arrest: RegExp;
  politicalContext: RegExp;
  recognition: RegExp;
  total: RegExp;
  sanction: RegExp;
  sanctionActions: Array<[string, RegExp]>;
  contact: Array<[string, RegExp]>;
  statement: RegExp;
  statementTopic: RegExp;
  offer: RegExp;
  negation: RegExp;
  backgroundClause: RegExp;
  pastMarker: RegExp;
  peopleNoun: RegExp;
  listingNoun: RegExp;
  /** A people noun within three words at the start of a text (after a count). */
  peopleAfter: RegExp;
  /** A listing noun within two words at the start of a text (after a count). */
  listingAfter: RegExp;
  releaseNot?: RegExp;
  singlePerson?: RegExp;
  priorContact?: RegExp;
  visitor?: [after: RegExp, before: RegExp];
}

export interface CompiledLexicon {
  issuers: Array<[string, RegExp]>;
  actors: Array<[string, RegExp]>;
  counters: Array<[string, RegExp]>;
  /** Every alias word, lower-cased: kept out of the names of people. */
  aliasWords: Set<string>;
}

const WORD_START = '(?<![\\p{L}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{N}_])';
const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';

/** A case-insensitive Unicode regex from pattern source text, with `\b` made Unicode-aware. */
export function rx(source: string, flags = 'iu'): RegExp {
  let re = RX_CACHE.get(source + flags);
  if (!re) {
    re = new RegExp(unicodeWords(source), flags);
    RX_CACHE.set(source + flags, re);
  }
  return re;
}

const RX_CACHE = new Map<string, RegExp>();

/** `\b` and `\w` as Unicode word edges and letters, so "prorrogó" and "помиловал" are whole words. */
export function unicodeWords(source: string): string {
  // A `\b` with a word part only after it opens a word, one with a word part only before it closes
  // one: a single lookaround each, much cheaper than the two-sided boundary used when unsure.
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\' && source[i + 1] === 'b' && source[i - 1] !== '\\') {
      const prev = source[i - 1] ?? '';
      const next = source.slice(i + 2, i + 5);
      const wordAfter = /^(?:\p{L}|\\|\((?!\?[=!<]))/u.test(next);
      const wordBefore = /^[)\]\p{L}*+?}]$/u.test(prev);
      out += wordAfter && !wordBefore ? WORD_START : wordBefore && !wordAfter ? WORD_END : BOUNDARY;
      i++;
    } else out += source[i];
  }
  return out.replaceAll('\\w', '[\\p{L}\\p{N}_]');
}

const cache = new Map<LanguagePatterns, CompiledPatterns>();

export function compilePatterns(p: LanguagePatterns): CompiledPatterns {
  let c = cache.get(p);
  if (c) return c;
  c = {
    source: p,
    release: rx(p.release),
    releaseContext: rx(p.releaseContext),
    releaseModes: p.releaseModes.map(([m, s]) => [m, rx(s)]),
    arrest: rx(p.arrest),
    politicalContext: rx(p.politicalContext),
    recognition: rx(p.recognition),
    total: rx(p.total),
    sanction: rx(p.sanction),
    sanctionActions: p.sanctionActions.map(([a, s]) => [a, rx(s)]),
    contact: p.contact.map(([m, s]) => [m, rx(s)]),
    statement: rx(p.statement),
    statementTopic: rx(p.statementTopic),
    offer: rx(p.offer),
    negation: rx(p.negation),
    backgroundClause: rx(p.backgroundClause),
    pastMarker: rx(p.pastMarker),
    peopleNoun: rx(p.peopleNoun),
    listingNoun: rx(p.listingNoun),
    releaseNot: p.releaseNot ? rx(p.releaseNot) : undefined,
    singlePerson: p.singlePerson ? rx(p.singlePerson) : undefined,
    priorContact: p.priorContact ? rx(`(?:${p.priorContact})$`) : undefined,
    visitor: p.visitor ? [rx(`^(?:${p.visitor[0]})`), rx(`(?:${p.visitor[1]})$`)] : undefined,
    peopleAfter: rx(`^(?:\\s*[\\p{L}\\-’']+){0,3}?\\s*(?:${p.peopleNoun})`),
    listingAfter: rx(`^(?:\\s*[\\p{L}\\-’']+){0,2}?\\s*(?:${p.listingNoun})`),
  };
  cache.set(p, c);
  return c;
}

const lexCache = new WeakMap<NewsLexicon, CompiledLexicon>();

/**
 * Aliases are matched case-sensitively when they are written with a capital or are short codes
 * ("US" must not match "us"), case-insensitively otherwise.
 */
export function compileLexicon(lex: NewsLexicon): CompiledLexicon {
  let c = lexCache.get(lex);
  if (c) return c;
  const table = (t: Record<string, string[]>): Array<[string, RegExp]> =>
    Object.entries(t).map(([code, aliases]) => [code, new RegExp(unicodeWords(`(?<![\\p{L}\\p{N}])(?:${aliases.join('|')})(?![\\p{L}\\p{N}])`), 'u')]);
  const aliasWords = new Set<string>();
  for (const t of [lex.issuers, lex.actors, lex.counters]) {
    for (const aliases of Object.values(t))
      for (const a of aliases) for (const w of a.replace(/\\./g, '.').split(/[^\p{L}]+/u)) if (w) aliasWords.add(w.toLowerCase());
  }
  c = { issuers: table(lex.issuers), actors: table(lex.actors), counters: table(lex.counters), aliasWords };
  lexCache.set(lex, c);
  return c;
}

/** Codes of a lexicon table found in `text`, in order of first appearance, each with its position. */
export function codesIn(text: string, table: Array<[string, RegExp]>): Array<{ code: string; index: number; text: string }> {
  const out: Array<{ code: string; index: number; text: string }> = [];
  for (const [code, re] of table) {
    const m = re.exec(text);
    if (m) out.push({ code, index: m.index, text: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}
