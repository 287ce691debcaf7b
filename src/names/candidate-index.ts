/**
 * The candidate index for screening: blocking keys per name so a query touches a small
 * candidate set, then full scoring of the best candidates. Keys are the consonant codes of
 * every phonetic spelling of every word (so any romanisation or the Cyrillic original meet),
 * their first three letters (typo tolerance at the end of a word), and distinctive org
 * concepts. Built from a plain array; pure, in memory.
 */
import { consonantCode } from './phonetic.ts';
import { compareNames, parseSchema, THRESHOLDS, type Explanation, type Schema } from './score/index.ts';
import { explainOrgNames, prepareOrgName, type PreparedOrgName } from './score/org.ts';
import { explainPersonNames } from './score/person.ts';
import { parsePersonName, type ParsedName } from './structure.ts';

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
  /** Blocking key → indices into `names`. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
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
}

export interface ScreenResult {
  id: string;
  entry: ScreeningEntry;
  /** The entry's name that scored best. */
  name: string;
  score: number;
  match: boolean;
  threshold: number;
  explanation: Explanation;
}

// One scratch array of key weights per index size, zeroed after each query.
let scratch = new Float64Array(0);
function accumulator(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size);
  return scratch;
}

/** Blocking keys of a parsed name (person parts or organisation words). */
export function blockingKeys(parsed: ParsedName | PreparedOrgName): string[] {
  const keys = new Set<string>();
  const addSkeleton = (skel: string) => {
    const code = consonantCode(skel);
    if (code.length < 2) return;
    keys.add(`c:${code}`);
    if (code.length > 3) keys.add(`p:${code.slice(0, 3)}`);
  };
  if ('parts' in parsed) {
    for (const p of parsed.parts) if (!p.initial) for (const k of p.keys) addSkeleton(k.skeleton);
  } else {
    for (const w of parsed.words) {
      if (w.token.concept && !w.token.generic) keys.add(`k:${w.token.concept}`);
      else if (!w.token.generic) for (const k of w.part.keys) addSkeleton(k.skeleton);
    }
  }
  return [...keys];
}

/** Builds the index. Entries with no names are kept (for ids) but cannot be found. */
export function buildCandidateIndex(entries: readonly ScreeningEntry[]): CandidateIndex {
  const names: IndexedName[] = [];
  const postings = new Map<string, number[]>();
  entries.forEach((entry, e) => {
    const schema = parseSchema(entry.schema);
    for (const name of new Set(entry.names.filter((n) => n && n.trim()))) {
      const item: IndexedName = { entry: e, name, schema };
      if (schema === 'Organization') item.org = prepareOrgName(name);
      else item.person = parsePersonName(name);
      const i = names.push(item) - 1;
      for (const key of blockingKeys(item.org ?? item.person!)) {
        const list = postings.get(key);
        if (list) list.push(i);
        else postings.set(key, [i]);
      }
    }
  });
  return { entries, names, postings };
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
  const best = new Map<number, ScreenResult>();
  for (const schema of schemas) {
    const q = schema === 'Organization' ? prepareOrgName(query) : parsePersonName(query);
    // Keys shared by more than 2% of names (common given names, 3-letter prefixes) add
    // little and cost most; they are used only when the query has nothing rarer.
    const lists = blockingKeys(q).map((k) => index.postings.get(k)).filter((l): l is readonly number[] => !!l);
    const common = Math.max(2000, index.names.length * 0.02);
    const rare = lists.filter((l) => l.length <= common);
    const acc = accumulator(index.names.length);
    const touched: number[] = [];
    let bestWeight = 0;
    for (const list of rare.length ? rare : lists) {
      const idf = Math.log(1 + index.names.length / list.length);
      for (const i of list) {
        if (index.names[i]!.schema !== schema) continue;
        if (acc[i] === 0) touched.push(i);
        const w = (acc[i] = acc[i]! + idf);
        if (w > bestWeight) bestWeight = w;
      }
    }
    // Only names holding at least a third of the best key weight are scored in full.
    const floor = bestWeight / 3;
    const kept = touched.filter((i) => acc[i]! >= floor);
    const take = opts.candidates ?? Math.max(20, 2 * limit);
    const top = kept.sort((x, y) => acc[y]! - acc[x]! || x - y).slice(0, take).map((i) => [i] as const);
    for (const i of touched) acc[i] = 0;
    for (const [i] of top) {
      const item = index.names[i]!;
      const explanation = schema === 'Organization'
        ? explainOrgNames(q as PreparedOrgName, item.org!)
        : explainPersonNames(q as ParsedName, item.person!);
      if (explanation.score < cutoff) continue;
      const prev = best.get(item.entry);
      if (prev && prev.score >= explanation.score) continue;
      const entry = index.entries[item.entry]!;
      best.set(item.entry, {
        id: entry.id, entry, name: item.name, score: explanation.score,
        match: explanation.score >= THRESHOLDS[schema], threshold: THRESHOLDS[schema], explanation,
      });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

/** Re-exported for callers that score a pair found by screening. */
export { compareNames };
