/**
 * Posting lists by indexed word (internal to `candidate-index.ts`). A key does not list the
 * names holding it but the indexed words holding it — a word being one part's set of keys, so
 * "Ivanov" is one word however many names carry it — and each word lists its names, per
 * schema. A query word reaches the indexed words of its keys through short lists, takes each
 * word once at its heaviest key (`top-candidates.ts`), and walks each name once per word it
 * holds instead of once per key: the keys of one word (its spellings, code, prefix,
 * substitutions and deletions) would list the same names ten times over.
 */

/** The names holding one blocking key, counted, and the indexed words holding it. */
export interface KeyList {
  /** Dense number of the key (position in `nameKeys`). */
  id: number;
  /** Names holding the key, all schemas (the key's idf). */
  size: number;
  /** Names holding the key per schema (Person, Organization). */
  count: [number, number];
  /** Indexed words holding the key, ascending. */
  words: Int32Array;
}

/** The names of each indexed word per schema: word w's are `names[start[w] … start[w+1])`, ascending. */
export interface WordNames {
  start: Int32Array;
  names: Int32Array;
}

export interface WordPostings {
  keyLists: Map<string, KeyList>;
  /** Per schema (Person, Organization). */
  wordNames: readonly [WordNames, WordNames];
  /** The keys of each name as `KeyList.id`s (`nameKeys[nameKeyStart[i] … nameKeyStart[i+1])`). */
  nameKeyStart: Int32Array;
  nameKeys: Int32Array;
  /** The token texts of each indexed word (one word may stand for several texts of equal keys). */
  wordTexts: string[][];
}

/**
 * Builds the postings from each name's words (`words[i]`: one key list per word of name i, in
 * order; `schemas[i]`: 0 for a person, 1 for an organisation). A name's keys are the union of
 * its words' keys, in first-seen order; `texts[i][j]` is the token text of `words[i][j]`. Key lists of one word shared between names (the
 * parser shares them per token) are recognised by identity, others by their contents.
 */
export function buildWordPostings(
  words: readonly (readonly (readonly string[])[])[],
  schemas: readonly number[],
  texts: readonly (readonly string[])[],
): WordPostings {
  const byArray = new Map<readonly string[], number>();
  const byContents = new Map<string, number>();
  const keys = new Map<string, { id: number; size: number; count: [number, number]; words: number[] }>();
  const namesOf: [number[], number[]][] = [];
  const wordTexts: string[][] = [];
  const keyOf = (key: string) => {
    let k = keys.get(key);
    if (!k) keys.set(key, (k = { id: keys.size, size: 0, count: [0, 0], words: [] }));
    return k;
  };
  const wordOf = (list: readonly string[]): number => {
    let w = byArray.get(list);
    if (w !== undefined) return w;
    const contents = list.join('\u0000');
    w = byContents.get(contents);
    if (w === undefined) {
      w = namesOf.length;
      byContents.set(contents, w);
      namesOf.push([[], []]);
      wordTexts.push([]);
      for (const key of new Set(list)) keyOf(key).words.push(w);
    }
    byArray.set(list, w);
    return w;
  };
  const keyStart: number[] = [0];
  const keyIds: number[] = [];
  const own = new Set<string>();
  words.forEach((lists, i) => {
    const code = schemas[i]!;
    const seen: number[] = [];
    own.clear();
    for (const [j, list] of lists.entries()) {
      if (list.length === 0) continue;
      const w = wordOf(list);
      const text = texts[i]![j]!;
      if (!wordTexts[w]!.includes(text)) wordTexts[w]!.push(text);
      if (!seen.includes(w)) {
        seen.push(w);
        namesOf[w]![code]!.push(i);
      }
      for (const key of list) {
        if (own.has(key)) continue;
        own.add(key);
        const k = keyOf(key);
        k.size++;
        k.count[code]!++;
        keyIds.push(k.id);
      }
    }
    keyStart.push(keyIds.length);
  });
  const keyLists = new Map<string, KeyList>();
  for (const [key, k] of keys) keyLists.set(key, { id: k.id, size: k.size, count: k.count, words: Int32Array.from(k.words) });
  return {
    keyLists,
    wordNames: [wordNamesOf(namesOf, 0), wordNamesOf(namesOf, 1)],
    nameKeyStart: Int32Array.from(keyStart),
    nameKeys: Int32Array.from(keyIds),
    wordTexts,
  };
}

function wordNamesOf(namesOf: readonly [number[], number[]][], code: number): WordNames {
  const start = new Int32Array(namesOf.length + 1);
  let total = 0;
  namesOf.forEach((per, w) => {
    start[w] = total;
    total += per[code]!.length;
  });
  start[namesOf.length] = total;
  const names = new Int32Array(total);
  for (let w = 0; w < namesOf.length; w++) names.set(namesOf[w]![code]!, start[w]!);
  return { start, names };
}
