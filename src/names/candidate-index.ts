/**
 * The candidate index for screening: blocking keys per name so a query touches a small
 * candidate set, then full scoring of the best candidates. Keys are the consonant codes of
 * every phonetic spelling of every word (so any romanisation or the Cyrillic original meet),
 * their first three letters (typo tolerance at the end of a word), and distinctive org
 * concepts. Built from a plain array; pure, in memory.
 */
import { compareNames, parseSchema, THRESHOLDS, type Explanation, type Schema } from './score/index.ts';
import { explainOrgNames, prepareOrgName, scoreOrgNames, type PreparedOrgName } from './score/org.ts';
import { explainPersonNames, scorePersonNames } from './score/person.ts';
import { acronymKeys, conceptKey, contractionKeys, exactWordKeys, fuzzyPartKeys, letterKeys, queryLetterKeys, wordKeys, wordTexts } from './blocking-keys.ts';
import { buildLetterPostings, type LetterPostings } from './letter-postings.ts';
import { buildWordPostings, type KeyList, type WordNames } from './word-postings.ts';
import { parsePersonName, type NamePart, type ParsedName } from './structure.ts';
import { applyProperties, hasProperties, type PropertyCheck, type QueryProperties } from './properties.ts';
import { FUZZY_KEY_FACTOR, FUZZY_UNSEEN_FACTOR, TRACKED_WORDS, topCandidates } from './top-candidates.ts';

export { blockingKeys, queryKeys } from './blocking-keys.ts';

/** One screenable entity: a designation or a registry actor with all its names. */
export interface ScreeningEntry {
  id: string;
  names: string[];
  /**
   * Names the list marks as weak (low-quality) aliases: OFAC "weak", the UN's "Low" quality, the
   * UK's "Low quality a.k.a", FtM `weakAlias`. Found and shown, but weighed × `WEAK_ALIAS_FACTOR`:
   * a hit on one alone never alerts (see docs/matching.md).
   */
  weakNames?: string[];
  /** Person or Organization; entries without one are indexed and matched as persons. */
  schema?: Schema;
  /** Birth dates as the source writes them (see `parseDate`), for telling namesakes apart. */
  birthDates?: string[];
  /** Nationalities or countries (ISO alpha-2 codes or English names). */
  nationalities?: string[];
  /** Identifiers (passport, national id, registration numbers). */
  identifiers?: string[];
  /** Free fields passed through to results (list, programme, kind…). */
  [extra: string]: unknown;
}

interface IndexedName {
  entry: number;
  name: string;
  schema: Schema;
  person?: ParsedName;
  org?: PreparedOrgName;
  /** One of the entry's `weakNames` (and not also one of its `names`). */
  weak?: boolean;
}

/**
 * The weight of a hit on a weak alias: the best it can score, 0.7, stays under the threshold
 * (0.75), so a weak alias alone never alerts; an identifier or an agreeing birth date beside it
 * can lift it to one (`applyProperties`).
 */
export const WEAK_ALIAS_FACTOR = 0.7;

export interface CandidateIndex {
  readonly entries: readonly ScreeningEntry[];
  readonly names: readonly IndexedName[];
  /** Blocking key → indices into `names`, ascending (built on first use from `keyLists`). */
  readonly postings: ReadonlyMap<string, Int32Array>;
  /** Blocking key → how many names hold it (in all and per schema) and the indexed words holding it. */
  readonly keyLists: ReadonlyMap<string, KeyList>;
  /** Per schema (Person, Organization): the names of each indexed word (see `word-postings.ts`). */
  readonly wordNames: readonly [WordNames, WordNames];
  /** The keys of each name, as `KeyList.id`s: name i holds `nameKeys[nameKeyStart[i] … nameKeyStart[i+1])`. */
  readonly nameKeyStart: Int32Array;
  readonly nameKeys: Int32Array;
  /** The indexed words under each letter key (see `letter-postings.ts`). */
  readonly letters: LetterPostings;
  /** The entry of each name (`names[i].entry`), for typed-array reads. */
  readonly nameEntry: Int32Array;
}

export type { KeyList } from './word-postings.ts';

/** Options of `buildCandidateIndex`. */
export interface BuildOptions {
  /**
   * A previous index whose parsed names are reused for names that are still present (same
   * text and schema): rebuilding after an import then parses only the new names.
   */
  reuse?: CandidateIndex;
}

export interface ScreenOptions {
  /** Only entries of this schema; default both. */
  schema?: Schema | string;
  /** Maximum results; default 10. */
  limit?: number;
  /** Maximum names scored in full; default 2 × limit, at least 20. */
  candidates?: number;
  /** Drop results scoring below this; default 0.5. */
  cutoff?: number;
  /** Build each result's explanation (default true); bulk output that shows none leaves it out. */
  explain?: boolean;
  /**
   * What the query states besides the name (birth date, nationality, identifiers): compared
   * with each candidate entry's (`applyProperties`), adjusting its score and order.
   */
  properties?: QueryProperties;
}

export interface ScreenResult {
  id: string;
  entry: ScreeningEntry;
  /** The entry's name that scored best. */
  name: string;
  score: number;
  match: boolean;
  threshold: number;
  /** Why it scored so (absent when screened with `explain: false`). */
  explanation?: Explanation;
  /**
   * With query properties: the name's own score (`score` includes the properties' effect). On a
   * weak alias: its score × `WEAK_ALIAS_FACTOR` (the explanation's score is the names' own).
   */
  nameScore?: number;
  /** The entry's name that scored best is one the list marks as a weak alias. */
  weakAlias?: boolean;
  /** With query properties: each property both sides state, and whether it agreed. */
  properties?: PropertyCheck[];
}

const SCHEMA_CODE: Readonly<Record<Schema, number>> = { Person: 0, Organization: 1 };

/**
 * The keys a query looks up in `index`, each with its factor: 1 for a word's own keys; for the
 * keys meeting a word one consonant away, `FUZZY_KEY_FACTOR`, or `FUZZY_UNSEEN_FACTOR` when no
 * indexed name has the word as spelled (no `w:` key of it is indexed: likely a typing error,
 * and its neighbours are the only evidence for it; such a word also looks up its letter keys).
 * A key shared by several words keeps its highest factor.
 */
export function indexQueryKeys(index: CandidateIndex, parsed: ParsedName | PreparedOrgName): { keys: string[]; factors: number[]; words: number[] } {
  const factorOf = new Map<string, number>();
  const wordOf = new Map<string, number>();
  let current = 0;
  const put = (k: string, f: number) => {
    const had = factorOf.get(k);
    if (had === undefined) wordOf.set(k, current);
    if (had === undefined || had < f) factorOf.set(k, f);
  };
  // `also`: more keys of the word itself, at full weight (a lone acronym's initials keys).
  const word = (part: NamePart, concept?: string, also: readonly string[] = []) => {
    if (concept) put(conceptKey(concept), 1);
    for (const k of also) put(k, 1);
    const exact = exactWordKeys(part);
    for (const k of exact) put(k, 1);
    const seen = exact.some((k) => k.startsWith('w:') && index.keyLists.has(k));
    for (const k of fuzzyPartKeys(part.keys)) put(k, seen ? FUZZY_KEY_FACTOR : FUZZY_UNSEEN_FACTOR);
    // A word not listed as spelled may be mistyped: its letter keys find the listed word one
    // letter away. A listed word's own names are found by its exact keys, and its letter keys
    // would only crowd the candidates with its one-letter neighbours.
    // (Only for the words the walk tracks: rescoring a later word reads a name's own keys, which
    // do not include letter keys.)
    if (!seen && current < TRACKED_WORDS) for (const k of queryLetterKeys(part.text)) put(k, FUZZY_UNSEEN_FACTOR);
    current++;
  };
  if ('parts' in parsed) {
    for (const p of parsed.parts) if (!p.initial) word(p);
  } else {
    // A name that is one acronym (PDVSA) also meets the names whose initials it spells whole;
    // a contraction (Гомсельмаш) and the long name it runs together meet on contraction keys.
    const lone = parsed.words.length === 1 && parsed.words[0]!.token.acronym;
    const contraction = contractionKeys(parsed, 'query');
    for (const [k, w] of parsed.words.entries()) word(w.part, w.token.concept, lone ? acronymKeys(w.part) : k === 0 ? contraction : undefined);
  }
  // Grouped by word (a key shared by two words belongs to the first): words are visited in
  // order and a key's word is set when it is first put, so insertion order is word order.
  const keys = [...factorOf.keys()];
  return { keys, factors: keys.map((k) => factorOf.get(k)!), words: keys.map((k) => wordOf.get(k)!) };
}

/** Builds the index. Entries with no names are kept (for ids) but cannot be found. */
export function buildCandidateIndex(entries: readonly ScreeningEntry[], opts: BuildOptions = {}): CandidateIndex {
  const names: IndexedName[] = [];
  const words: (readonly string[])[][] = [];
  const texts: string[][] = [];
  const schemas: number[] = [];
  const reusable = new Map<string, IndexedName>();
  for (const old of opts.reuse?.names ?? []) reusable.set(`${old.schema}\u0000${old.name}`, old);
  const reuse = reusable.size > 0;
  entries.forEach((entry, e) => {
    const schema = parseSchema(entry.schema);
    const strong = new Set(entry.names.filter((n) => n?.trim()));
    const weak = (entry.weakNames ?? []).filter((n) => n?.trim() && !strong.has(n));
    for (const name of new Set([...strong, ...weak])) {
      const old = reuse ? reusable.get(`${schema}\u0000${name}`) : undefined;
      const item: IndexedName = { entry: e, name, schema };
      if (!strong.has(name)) item.weak = true;
      if (old) {
        item.org = old.org;
        item.person = old.person;
      } else if (schema === 'Organization') item.org = prepareOrgName(name);
      else item.person = parsePersonName(name);
      names.push(item);
      words.push(wordKeys(item.org ?? item.person!));
      texts.push(wordTexts(item.org ?? item.person!));
      schemas.push(SCHEMA_CODE[schema]);
    }
  });
  const { keyLists, wordNames, nameKeyStart, nameKeys, wordTexts: textsOfWords } = buildWordPostings(words, schemas, texts);
  const letters = buildLetterPostings(textsOfWords, letterKeys);
  let postings: Map<string, Int32Array> | undefined;
  return {
    entries,
    names,
    keyLists,
    wordNames,
    nameKeyStart,
    nameKeys,
    letters,
    nameEntry: Int32Array.from(names, (x) => x.entry),
    get postings() {
      postings ??= new Map(
        [...keyLists].map(([key, l]) => {
          const all = new Set<number>();
          for (const { start, names: of } of wordNames) for (const w of l.words) for (let p = start[w]!; p < start[w + 1]!; p++) all.add(of[p]!);
          return [key, Int32Array.from(all).sort()];
        }),
      );
      return postings;
    },
  };
}

/**
 * Screens one name against the index: gathers names sharing blocking keys (rarer keys count
 * more), scores the best candidates in full and returns one result per entry, best first.
 * An empty query returns `[]`.
 */
export function screenName(index: CandidateIndex, query: string, opts: ScreenOptions = {}): ScreenResult[] {
  const limit = opts.limit ?? 10;
  const cutoff = opts.cutoff ?? 0.5;
  const only = opts.schema ? parseSchema(opts.schema) : undefined;
  const schemas: Schema[] = only ? [only] : ['Person', 'Organization'];
  const take = opts.candidates ?? Math.max(20, 2 * limit);
  // The best name of each entry: scored with the cutoff as floor (exact at or above it).
  const best = new Map<number, { score: number; item: IndexedName; q: ParsedName | PreparedOrgName }>();
  for (const schema of schemas) {
    const q = schema === 'Organization' ? prepareOrgName(query) : parsePersonName(query);
    const { keys, factors, words } = indexQueryKeys(index, q);
    for (const i of topCandidates(index, keys, SCHEMA_CODE[schema], take, factors, words)) {
      const item = index.names[i]!;
      // (A weak alias is scored exactly down to the raw score that its factor brings to the cutoff.)
      const factor = item.weak ? WEAK_ALIAS_FACTOR : 1;
      const floor = cutoff / factor;
      if (floor > 1) continue;
      const raw = schema === 'Organization' ? scoreOrgNames(q as PreparedOrgName, item.org!, floor) : scorePersonNames(q as ParsedName, item.person!, floor);
      const score = item.weak ? Math.round(raw * factor * 10000) / 10000 : raw;
      if (score < cutoff) continue;
      const prev = best.get(item.entry);
      if (!prev || score > prev.score) best.set(item.entry, { score, item, q });
    }
  }
  const props = hasProperties(opts.properties) ? opts.properties : undefined;
  const kept = [...best.values()]
    .map((b) => {
      const entry = index.entries[b.item.entry]!;
      if (!props) return { ...b, id: entry.id, nameScore: b.score, checks: undefined, lead: 0 };
      // Properties adjust the score; at equal scores the entry with more agreeing ones leads.
      const { score, checks } = applyProperties(b.score, props, entry);
      const lead = checks.reduce((s, c) => s + (c.result === 'agrees' ? 1 : -1), 0);
      return { ...b, id: entry.id, score, nameScore: b.score, checks, lead };
    })
    .filter((b) => b.score >= cutoff)
    .sort((a, b) => b.score - a.score || b.lead - a.lead || ID_ORDER.compare(a.id, b.id)) // ties: list ids in number order (OFAC ent_num: earliest listed first)
    .slice(0, limit);
  // Explanations (the same score, with its pieces) only for the results returned, and not at all
  // when the caller shows none (bulk CSV).
  return kept.map(({ score, item, q, id, nameScore, checks }) => {
    const threshold = THRESHOLDS[item.schema];
    const result: ScreenResult = { id, entry: index.entries[item.entry]!, name: item.name, score, match: score >= threshold, threshold };
    if (checks || item.weak) result.nameScore = nameScore;
    if (checks) result.properties = checks;
    if (item.weak) result.weakAlias = true;
    if (opts.explain !== false) {
      result.explanation =
        item.schema === 'Organization' ? explainOrgNames(q as PreparedOrgName, item.org!) : explainPersonNames(q as ParsedName, item.person!);
    }
    return result;
  });
}

// One collator for every tie: `localeCompare` with options builds a new one per call (tens of µs).
const ID_ORDER = new Intl.Collator('en', { numeric: true });

/** Re-exported for callers that score a pair found by screening. */
export { compareNames };
