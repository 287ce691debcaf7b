/**
 * Names written without spaces ("johnmichaelsmith") for the yente-compatible matcher. The names
 * matcher compares names word by word, so one run-together word meets no stored name. Here every
 * stored name is also kept as its letters alone (folded to ASCII, lower case, in each rotation of
 * its words, so "SMITH John Michael" gives "johnmichaelsmith" too), indexed by letter trigrams;
 * a run-together query finds the names sharing most of its trigrams, scored by edit distance over
 * the letters. Built once per data version from the screening entries, on first use.
 */
import { asciiFold } from '../names/index.ts';
import type { Queryable } from '../store/db.ts';
import { loadScreeningEntries } from './read.ts';
import type { NameHit } from './yente-match.ts';

/** A query name is run together when it is one word of at least this many letters. */
export const RUN_TOGETHER_MIN = 10;
/** The lowest letter similarity reported. */
export const COMPACT_CUTOFF = 0.8;

interface CompactIndex {
  forms: { form: string; entry: string; name: string }[];
  trigrams: Map<string, number[]>;
}

/** The letters of a name: ASCII-folded, lower case, nothing else. */
export function compactForm(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Whether a query name is one run-together word (no separators, long enough to be a full name). */
export function runTogether(name: string): boolean {
  const t = name.trim();
  return !/[\s,.;\-_/]/.test(t) && compactForm(t).length >= RUN_TOGETHER_MIN;
}

function trigramsOf(form: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= form.length; i++) out.add(form.slice(i, i + 3));
  return out;
}

function build(entries: { id: string; names: string[] }[]): CompactIndex {
  const forms: CompactIndex['forms'] = [];
  const trigrams = new Map<string, number[]>();
  for (const e of entries)
    for (const name of e.names) {
      const words = asciiFold(name)
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      if (words.length < 2) continue;
      const seen = new Set<string>();
      for (let r = 0; r < Math.min(words.length, 4); r++) {
        const form = [...words.slice(r), ...words.slice(0, r)].join('');
        if (form.length < RUN_TOGETHER_MIN || seen.has(form)) continue;
        seen.add(form);
        const i = forms.push({ form, entry: e.id, name }) - 1;
        for (const t of trigramsOf(form)) {
          const list = trigrams.get(t);
          if (list) list.push(i);
          else trigrams.set(t, [i]);
        }
      }
    }
  return { forms, trigrams };
}

/** Levenshtein distance (two rows). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** The stored names nearest a run-together query name, best per entry, at or above `COMPACT_CUTOFF`. */
function search(index: CompactIndex, query: string): NameHit[] {
  const q = compactForm(query);
  const qt = trigramsOf(q);
  const shared = new Map<number, number>();
  for (const t of qt) for (const i of index.trigrams.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const best = new Map<string, NameHit>();
  for (const [i, n] of shared) {
    const f = index.forms[i]!;
    // At most as many trigrams as the longer form has: under half shared cannot reach the cutoff.
    if (n / Math.max(qt.size, f.form.length - 2) < 0.5) continue;
    const edits = distance(q, f.form);
    const score = Math.round((1 - edits / Math.max(q.length, f.form.length)) * 1000) / 1000;
    if (score < COMPACT_CUTOFF || (best.get(f.entry)?.score ?? -1) >= score) continue;
    best.set(f.entry, {
      id: f.entry,
      score,
      name_score: score,
      matched_name: f.name,
      explanation: { method: 'letters without spaces', query: q, name: f.form, edits },
    });
  }
  return [...best.values()];
}

/** One index per store, for its current data version. */
const caches = new WeakMap<object, { version: string; index: Promise<CompactIndex> }>();

/** One answer per name: the entries whose names, spaces removed, are nearest it. */
export async function compactMatches(db: Queryable, version: string, names: string[]): Promise<NameHit[][]> {
  let cache = caches.get(db);
  if (!cache || cache.version !== version) caches.set(db, (cache = { version, index: loadScreeningEntries(db).then(build) }));
  const index = await cache.index;
  return names.map((n) => search(index, n));
}
