/**
 * The candidate index for screening: blocking keys per name so a query touches a small
 * candidate set, then full scoring of the best candidates. Keys are the consonant codes of
 * every phonetic spelling of every word (so any romanisation or the Cyrillic original meet),
 * their first three letters (typo tolerance at the end of a word), and distinctive org
 * concepts. Built from a plain array; pure, in memory.
 */
import { consonantCode } from './phonetic.ts';
import { compareNames, parseSchema, THRESHOLDS, type Explanation, type Schema } from './score/index.ts';
import { explainOrgNames, prepareOrgName, scoreOrgNames, type PreparedOrgName } from './score/org.ts';
import { explainPersonNames, scorePersonNames } from './score/person.ts';
import { BoundedMemo } from './memo.ts';
import { parsePersonName, type ParsedName, type PartKey } from './structure.ts';
import { topCandidates } from './top-candidates.ts';

/** One screenable entity: a designation or a registry actor with all its names. */
export interface ScreeningEntry {
  id: string;
  names: string[];
  /** Person or Organization; entries without one are indexed and matched as persons. */
  schema?: Schema;
  /** Free fields passed through to results (list, programme, kind…). */
  [extra: string]: unknown;
}

interface IndexedName {
  entry: number;
  name: string;
  schema: Schema;
  person?: ParsedName;
  org?: PreparedOrgName;
}

export interface CandidateIndex {
  readonly entries: readonly ScreeningEntry[];
  readonly names: readonly IndexedName[];
  /** Blocking key → indices into `names`, ascending (built on first use from `keyLists`). */
  readonly postings: ReadonlyMap<string, Int32Array>;
  /** Blocking key → how many names hold it, and their indices per schema (Person, Organization). */
  readonly keyLists: ReadonlyMap<string, KeyList>;
  /** The keys of each name, as `KeyList.id`s: name i holds `nameKeys[nameKeyStart[i] … nameKeyStart[i+1])`. */
  readonly nameKeyStart: Int32Array;
  readonly nameKeys: Int32Array;
}

/** The names holding one blocking key: the count (all schemas) and the indices per schema. */
export interface KeyList {
  /** Dense number of the key (position in `nameKeys`). */
  id: number;
  size: number;
  bySchema: readonly [Int32Array, Int32Array];
}

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
}

const SCHEMA_CODE: Readonly<Record<Schema, number>> = { Person: 0, Organization: 1 };

/** Blocking keys of a parsed name (person parts or organisation words), in first-seen order. */
export function blockingKeys(parsed: ParsedName | PreparedOrgName): string[] {
  const keys = new Set<string>();
  if ('parts' in parsed) {
    for (const p of parsed.parts) if (!p.initial) for (const k of partKeys(p.keys)) keys.add(k);
  } else {
    for (const w of parsed.words) {
      if (w.token.concept && !w.token.generic) keys.add(conceptKey(w.token.concept));
      else if (!w.token.generic) for (const k of partKeys(w.part.keys)) keys.add(k);
    }
  }
  return [...keys];
}

// The keys of one word depend on its spellings alone, and parts share their spelling lists
// per distinct token (see `makePart`): computed once per list. The same string objects are
// reused, so the posting look-ups hash nothing new.
const PART_KEYS = new WeakMap<readonly PartKey[], readonly string[]>();
function partKeys(spellings: readonly PartKey[]): readonly string[] {
  let keys = PART_KEYS.get(spellings);
  if (!keys) {
    const set = new Set<string>();
    for (const { skeleton } of spellings) {
      const code = consonantCode(skeleton);
      if (code.length < 2) continue;
      set.add(internKey(`c:${code}`));
      if (code.length > 3) set.add(internKey(`p:${code.slice(0, 3)}`));
    }
    PART_KEYS.set(spellings, (keys = [...set]));
  }
  return keys;
}

const CONCEPT_KEYS = new Map<string, string>();
function conceptKey(concept: string): string {
  let key = CONCEPT_KEYS.get(concept);
  if (key === undefined) CONCEPT_KEYS.set(concept, (key = `k:${concept}`));
  return key;
}

// One string object per distinct key (bounded), so equal keys share a cached hash.
const KEY_STRINGS = new BoundedMemo<string>(500_000);
function internKey(key: string): string {
  return KEY_STRINGS.get(key) ?? KEY_STRINGS.set(key, key);
}

/** Builds the index. Entries with no names are kept (for ids) but cannot be found. */
export function buildCandidateIndex(entries: readonly ScreeningEntry[], opts: BuildOptions = {}): CandidateIndex {
  const names: IndexedName[] = [];
  const lists = new Map<string, { id: number; names: number[] }>();
  const keyStart: number[] = [0];
  const keyIds: number[] = [];
  const reusable = new Map<string, IndexedName>();
  for (const old of opts.reuse?.names ?? []) reusable.set(`${old.schema}\u0000${old.name}`, old);
  const reuse = reusable.size > 0;
  entries.forEach((entry, e) => {
    const schema = parseSchema(entry.schema);
    for (const name of new Set(entry.names.filter((n) => n && n.trim()))) {
      const old = reuse ? reusable.get(`${schema}\u0000${name}`) : undefined;
      const item: IndexedName = { entry: e, name, schema };
      if (old) {
        item.org = old.org;
        item.person = old.person;
      } else if (schema === 'Organization') item.org = prepareOrgName(name);
      else item.person = parsePersonName(name);
      const i = names.push(item) - 1;
      for (const key of blockingKeys(item.org ?? item.person!)) {
        let list = lists.get(key);
        if (list) list.names.push(i);
        else lists.set(key, (list = { id: lists.size, names: [i] }));
        keyIds.push(list.id);
      }
      keyStart.push(keyIds.length);
    }
  });
  // Split per schema, so a query walks only the names of its own schema.
  const keyLists = new Map<string, KeyList>();
  for (const [key, { id, names: list }] of lists) {
    const persons = list.filter((i) => names[i]!.schema === 'Person');
    const orgs = persons.length === list.length ? [] : list.filter((i) => names[i]!.schema !== 'Person');
    keyLists.set(key, { id, size: list.length, bySchema: [Int32Array.from(persons), orgs.length ? Int32Array.from(orgs) : EMPTY] });
  }
  let postings: Map<string, Int32Array> | undefined;
  return {
    entries,
    names,
    keyLists,
    nameKeyStart: Int32Array.from(keyStart),
    nameKeys: Int32Array.from(keyIds),
    get postings() {
      postings ??= new Map([...keyLists].map(([key, l]) => [key, Int32Array.from([...l.bySchema[0], ...l.bySchema[1]]).sort()]));
      return postings;
    },
  };
}
const EMPTY = new Int32Array(0);

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
    for (const i of topCandidates(index, blockingKeys(q), SCHEMA_CODE[schema], take)) {
      const item = index.names[i]!;
      const score =
        schema === 'Organization' ? scoreOrgNames(q as PreparedOrgName, item.org!, cutoff) : scorePersonNames(q as ParsedName, item.person!, cutoff);
      if (score < cutoff) continue;
      const prev = best.get(item.entry);
      if (!prev || score > prev.score) best.set(item.entry, { score, item, q });
    }
  }
  const kept = [...best.values()]
    .map((b) => ({ ...b, id: index.entries[b.item.entry]!.id }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
  // Explanations (the same score, with its pieces) only for the results returned, and not at all
  // when the caller shows none (bulk CSV).
  return kept.map(({ score, item, q, id }) => {
    const threshold = THRESHOLDS[item.schema];
    const result: ScreenResult = { id, entry: index.entries[item.entry]!, name: item.name, score, match: score >= threshold, threshold };
    if (opts.explain !== false) {
      result.explanation =
        item.schema === 'Organization' ? explainOrgNames(q as PreparedOrgName, item.org!) : explainPersonNames(q as ParsedName, item.person!);
    }
    return result;
  });
}

/** Re-exported for callers that score a pair found by screening. */
export { compareNames };
