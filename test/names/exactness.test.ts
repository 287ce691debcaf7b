/**
 * The speed-ups of screening (bounded edit distances, letter bounds, floors, memo tables,
 * typed postings, reuse of a previous index) must not change any result: each is checked
 * here against the plain computation it replaces.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { buildCandidateIndex, indexQueryKeys, screenName, type CandidateIndex, type ScreeningEntry } from '../../src/names/candidate-index.ts';
import { letterKeyList } from '../../src/names/letter-postings.ts';
import { keyWeight, PER_ENTRY, topCandidates } from '../../src/names/top-candidates.ts';
import { explainOrgNames, prepareOrgName, scoreOrgNames } from '../../src/names/score/org.ts';
import { compareParts } from '../../src/names/score/part.ts';
import { explainPersonNames, scorePersonNames } from '../../src/names/score/person.ts';
import { indelCost, substitutionCost } from '../../src/names/score/edit-cost.ts';
import { letterBoundOf } from '../../src/names/score/letter-bounds.ts';
import { editCost, editCostWithin, skeletonSimilarity, skeletonSimilarityAtLeast } from '../../src/names/score/token.ts';
import { parsePersonName } from '../../src/names/structure.ts';

const skel = fc.array(fc.constantFrom(...'aeioujvkHlmnprstcdbzSCZfg'.split('')), { maxLength: 14 }).map((cs) => cs.join(''));
const word = fc
  .array(fc.constantFrom(...'абвгдеёжзійклмнопрстуўфхцчшыьэюяabcdefghijklmnopqrstuvwxyzłščž'.split('')), { minLength: 1, maxLength: 9 })
  .map((cs) => cs.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));

// The textbook weighted edit distance on the same cost tables: full matrix, no bounds.
function plainCost(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) d[i]![0] = d[i - 1]![0]! + indelCost(a[i - 1]!);
  for (let j = 1; j <= b.length; j++) d[0]![j] = d[0]![j - 1]! + indelCost(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!),
        d[i - 1]![j]! + indelCost(a[i - 1]!),
        d[i]![j - 1]! + indelCost(b[j - 1]!),
      );
    }
  }
  return d[a.length]![b.length]!;
}

test('the table-driven edit distance is the textbook one', () => {
  fc.assert(
    fc.property(skel, skel, (a, b) => editCost(a, b) === plainCost(a, b)),
    { numRuns: 3000 },
  );
});

test('a bounded edit distance is exact within its budget and Infinity only beyond it', () => {
  fc.assert(
    fc.property(skel, skel, fc.double({ min: 0, max: 6, noNaN: true }), (a, b, budget) => {
      const exact = plainCost(a, b);
      const bounded = editCostWithin(a, b, budget);
      return bounded === Infinity ? exact > budget : bounded === exact;
    }),
    { numRuns: 3000 },
  );
});

test('the letter-count bound never exceeds the edit cost', () => {
  fc.assert(
    fc.property(skel, skel, (a, b) => letterBoundOf(a, b) <= plainCost(a, b) + 1e-12),
    { numRuns: 3000 },
  );
});

test('similarity with a floor is exact at or above the floor, and below it otherwise', () => {
  fc.assert(
    fc.property(skel, skel, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, floor) => {
      const exact = skeletonSimilarity(a, b);
      const cut = skeletonSimilarityAtLeast(a, b, floor);
      return exact >= floor ? cut === exact : cut < floor;
    }),
    { numRuns: 3000 },
  );
});

test('part comparisons with a floor agree with exact ones wherever the floor lets them matter', () => {
  fc.assert(
    fc.property(name, name, (a, b) => {
      const pa = parsePersonName(a).parts;
      const pb = parsePersonName(b).parts;
      for (const x of pa)
        for (const y of pb) {
          const exact = compareParts(x, y);
          const floored = compareParts(x, y, 0.7);
          if (exact.similarity >= 0.7 ? floored.similarity !== exact.similarity || floored.keyA !== exact.keyA : floored.similarity >= 0.7) return false;
        }
      return true;
    }),
    { numRuns: 400 },
  );
});

test('scores with a floor are exact at or above it (persons and organisations)', () => {
  fc.assert(
    fc.property(name, name, fc.constantFrom(0.3, 0.5, 0.75), (a, b, floor) => {
      const person = explainPersonNames(a, b).score;
      const personCut = scorePersonNames(parsePersonName(a), parsePersonName(b), floor);
      const org = explainOrgNames(a, b).score;
      const orgCut = scoreOrgNames(prepareOrgName(a), prepareOrgName(b), floor);
      return (person >= floor ? personCut === person : personCut < floor) && (org >= floor ? orgCut === org : orgCut < floor);
    }),
    { numRuns: 400 },
  );
});

// Screening without an index or any shortcut: every name of the schema explained. On this
// small index the optimised `screenName` (retrieval, floors, explaining only what it returns)
// must return exactly the same.
function referenceScreen(index: CandidateIndex, query: string, schema: 'Person' | 'Organization', limit = 10, cutoff = 0.5) {
  const q = schema === 'Organization' ? prepareOrgName(query) : parsePersonName(query);
  const top = index.names.map((_, i) => i).filter((i) => index.names[i]!.schema === schema);
  const best = new Map<number, { id: string; name: string; score: number; explanation: unknown }>();
  for (const i of top) {
    const item = index.names[i]!;
    const explanation =
      schema === 'Organization'
        ? explainOrgNames(q as ReturnType<typeof prepareOrgName>, item.org!)
        : explainPersonNames(q as ReturnType<typeof parsePersonName>, item.person!);
    if (explanation.score < cutoff) continue;
    const prev = best.get(item.entry);
    if (prev && prev.score >= explanation.score) continue;
    best.set(item.entry, { id: index.entries[item.entry]!.id, name: item.name, score: explanation.score, explanation });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id, 'en', { numeric: true })).slice(0, limit);
}

const pairs = parse(readFileSync(new URL('../fixtures/names/pairs-excerpt.csv', import.meta.url)), { columns: true, bom: true }) as Record<string, string>[];
const entries: ScreeningEntry[] = pairs.flatMap(
  (p, k) =>
    [
      { id: `a${k}`, schema: p.schema === 'Organization' ? 'Organization' : 'Person', names: [p.name1!] },
      { id: `b${k}`, schema: p.schema === 'Organization' ? 'Organization' : 'Person', names: [p.name2!, `${p.name2} ${p.name1!.split(' ')[0]}`] },
    ] as ScreeningEntry[],
);

test('screenName returns what the unoptimised screening returned (pairs.csv excerpt)', () => {
  const index = buildCandidateIndex(entries);
  for (const p of pairs) {
    const schema = p.schema === 'Organization' ? 'Organization' : 'Person';
    for (const query of [p.name1!, p.name2!, p.name1!.split(' ').reverse().join(' ')]) {
      for (const [limit, cutoff] of [
        [10, 0.75],
        [1, 0.75],
        [3, 0.9],
      ] as const) {
        const got = screenName(index, query, { schema, limit, cutoff }).map(({ id, name, score, explanation }) => ({ id, name, score, explanation }));
        assert.deepEqual(got, referenceScreen(index, query, schema, limit, cutoff), `${query} (${schema}, limit ${limit}, cutoff ${cutoff})`);
      }
    }
  }
});

test('an index built reusing a previous one screens the same (and picks up new names)', () => {
  const first = buildCandidateIndex(entries.slice(0, -4));
  const fresh = buildCandidateIndex(entries);
  const reused = buildCandidateIndex(entries, { reuse: first });
  assert.equal(reused.names.length, fresh.names.length);
  assert.deepEqual([...reused.postings.keys()].sort(), [...fresh.postings.keys()].sort());
  for (const e of entries) {
    for (const n of e.names) {
      const a = screenName(reused, n, { schema: e.schema }).map((r) => [r.id, r.name, r.score]);
      const b = screenName(fresh, n, { schema: e.schema }).map((r) => [r.id, r.name, r.score]);
      assert.deepEqual(a, b, n);
    }
  }
});

// Candidate retrieval walks the posting lists heaviest key first and stops when the keys left
// could not lift a name it has not reached into the top (`top-candidates.ts`). The plain
// computation: every name of the schema weighed by its own keys (each query word's best key
// it holds), sorted, at most `PER_ENTRY` names per entry. Generated names share syllables so
// that key lists are long and overlap (the walk stops early), and long queries (more than 7
// words) take the rescoring path.
function referenceCandidates(index: CandidateIndex, keys: string[], factors: number[], words: number[], code: number, take: number): number[] {
  const n = index.names.length;
  const byId = new Map<number, [number, number]>();
  // Letter keys are not among a name's keys: the names of their words hold them.
  const byLetters = new Map<number, [number, number][]>();
  keys.forEach((k, j) => {
    if (k.startsWith('l:')) {
      const list = letterKeyList(index.letters, index.wordNames, k);
      if (!list || list.count[code]! === 0) return;
      const { start, names } = index.wordNames[code]!;
      for (const w of list.words)
        for (let p = start[w]!; p < start[w + 1]!; p++)
          byLetters.set(names[p]!, [...(byLetters.get(names[p]!) ?? []), [keyWeight(n, list.size, factors[j]!), words[j]!]]);
      return;
    }
    const list = index.keyLists.get(k);
    if (list && list.count[code]! > 0) byId.set(list.id, [keyWeight(n, list.size, factors[j]!), words[j]!]);
  });
  const rows: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    if ((index.names[i]!.schema === 'Organization' ? 1 : 0) !== code) continue;
    const best = new Map<number, number>();
    const hits = [...(byLetters.get(i) ?? [])];
    for (let p = index.nameKeyStart[i]!; p < index.nameKeyStart[i + 1]!; p++) {
      const hit = byId.get(index.nameKeys[p]!);
      if (hit) hits.push(hit);
    }
    for (const [wt, word] of hits) if (wt > (best.get(word) ?? 0)) best.set(word, wt);
    if (best.size === 0) continue;
    let w = 0;
    for (const v of best.values()) w += v;
    rows.push([w, index.nameKeyStart[i + 1]! - index.nameKeyStart[i]!, i]);
  }
  rows.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const out: number[] = [];
  const perEntry = new Map<number, number>();
  for (const [, , i] of rows) {
    const e = index.nameEntry[i]!;
    if ((perEntry.get(e) ?? 0) >= PER_ENTRY) continue;
    perEntry.set(e, (perEntry.get(e) ?? 0) + 1);
    out.push(i);
    if (out.length === take) break;
  }
  return out;
}

test('candidate retrieval returns the best candidates of a scan of every name (bounded walk, rescoring)', () => {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const given = ['Ivan', 'Pavel', 'Olga', 'Anna', 'Siarhei', 'Mikalai', 'Тацяна', 'Андрэй', 'Viktar', 'Nina', 'Ihar', 'Alena'];
  const syllables = ['ka', 'val', 'len', 'ko', 'ma', 'zur', 'sha', 'pa', 'vich', 'ski', 'nov', 'ra', 'bets', 'lo', 'ву', 'ка', 'ліч'];
  const surname = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(syllables)).join('');
  const entries: ScreeningEntry[] = Array.from({ length: 1500 }, (_, k) => {
    const s = surname();
    const g = pick(given);
    const names = [`${g} ${s}`, `${s.toUpperCase()}, ${g} ${pick(given)}ovich`];
    if (rand() < 0.5) names.push(`${s} ${g}`, `${g[0]}. ${s}`);
    return k % 5 === 4
      ? { id: `o${k}`, schema: 'Organization', names: [`${s} ${pick(['Bank', 'Plant', 'Zavod'])} ${pick(['JSC', 'OOO'])}`] }
      : { id: `p${k}`, schema: 'Person', names };
  });
  const index = buildCandidateIndex(entries);
  const all = entries.flatMap((e) => e.names.map((name) => ({ name, schema: e.schema! })));
  let lettered = 0; // queries looking up letter keys (a mistyped word: see `letter-postings.ts`)
  for (let q = 0; q < 300; q++) {
    const { name, schema } = pick(all);
    const words = name.replace(/,/gu, '').split(' ').reverse();
    if (q % 3 === 1) words[0] = `${words[0]!.slice(0, 2)}e${words[0]!.slice(3)}`;
    const query = q % 7 === 6 ? `${words.join(' ')} ${pick(all).name} ${pick(all).name}` : words.join(' ');
    const parsed = schema === 'Organization' ? prepareOrgName(query) : parsePersonName(query);
    const { keys, factors, words: of } = indexQueryKeys(index, parsed);
    const code = schema === 'Organization' ? 1 : 0;
    if (keys.some((k) => k.startsWith('l:') && letterKeyList(index.letters, index.wordNames, k))) lettered++;
    for (const take of [1, 5, 20]) {
      assert.deepEqual(
        [...topCandidates(index, keys, code, take, factors, of)],
        referenceCandidates(index, keys, factors, of, code, take),
        `${query} (take ${take})`,
      );
    }
  }
  assert.ok(lettered >= 30, `${lettered} queries reached words by their letters`);
});
