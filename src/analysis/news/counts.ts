/**
 * Counts written in digits or words, with their qualifier: "52", "1,150", "fifty-two", "more than
 * 30", "una veintena", "более 30", "dwudziestu", "über 30", "zweiundfünfzig". The number words of
 * each language come in a `NumberWords` table (lang/*.ts); this file only walks them.
 */
import { rx } from './compile.ts';

export type CountQualifier = 'exact' | 'at_least' | 'about' | 'at_most';

export interface FoundCount {
  value: number;
  qualifier: CountQualifier;
  /** Offsets into the sentence, qualifier included. */
  start: number;
  end: number;
}

/** A language's number words: each regex is tested against one whole lower-cased word. */
export interface NumberWords {
  /** Units, teens and tens ("fifty", "пятидесяти", "dwudziestu"). */
  words: ReadonlyArray<readonly [RegExp, number]>;
  /** Multipliers ("hundred", "тысяч"). */
  multipliers?: ReadonlyArray<readonly [RegExp, number]>;
  /** Words allowed between number words ("and", "y", "и"). */
  connectors?: RegExp;
  /** Whole phrases that stand for an approximate number ("una veintena", "a dozen"). */
  approximate?: ReadonlyArray<readonly [string, number, CountQualifier]>;
  /** Qualifiers written before a number ("more than", "более", "ponad"), matched at the end of the text before it. */
  qualifiers: ReadonlyArray<readonly [string, CountQualifier]>;
  /** A compound word to split into two number words (German "zweiundfünfzig"). */
  compound?: RegExp;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*/gu;
const DIGITS = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{1,3}(?:\.\d{3})+(?!\.\d)|\d+)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Every count in `sentence`, left to right, non-overlapping. */
export function findCounts(sentence: string, words: NumberWords): FoundCount[] {
  const found: FoundCount[] = [];
  for (const m of sentence.matchAll(DIGITS)) {
    const value = Number(m[1]!.replace(/[,.\u00a0\u202f ]/g, ''));
    if (Number.isFinite(value)) found.push(qualify(sentence, { value, qualifier: 'exact', start: m.index!, end: m.index! + m[0].length }, words));
  }
  for (const [re, value, qualifier] of words.approximate ?? []) {
    for (const m of sentence.matchAll(rx(re, 'giu'))) {
      if (!overlaps(found, m.index!, m.index! + m[0].length)) found.push({ value, qualifier, start: m.index!, end: m.index! + m[0].length });
    }
  }
  const tokens = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
  for (let i = 0; i < tokens.length; i++) {
    if (overlaps(found, tokens[i]!.start, tokens[i]!.end)) continue;
    let total = 0;
    let group = 0;
    let j = i;
    let last = -1;
    while (j < tokens.length) {
      const t = tokens[j]!.text;
      const v = wordValue(t, words);
      if (v !== undefined) {
        group += v;
        last = j;
        j++;
        continue;
      }
      const mult = words.multipliers?.find(([re]) => re.test(t));
      if (mult && last >= 0) {
        group = (group || 1) * mult[1];
        if (mult[1] >= 1000) {
          total += group;
          group = 0;
        }
        last = j;
        j++;
        continue;
      }
      if (last >= 0 && words.connectors?.test(t) && j + 1 < tokens.length && wordValue(tokens[j + 1]!.text, words) !== undefined) {
        j++;
        continue;
      }
      break;
    }
    if (last < 0) continue;
    const value = total + group;
    if (value > 0) found.push(qualify(sentence, { value, qualifier: 'exact', start: tokens[i]!.start, end: tokens[last]!.end }, words));
    i = last;
  }
  return found.sort((a, b) => a.start - b.start);
}

function wordValue(word: string, words: NumberWords): number | undefined {
  const parts = word.split('-');
  if (parts.length > 1) {
    let sum = 0;
    for (const p of parts) {
      const v = simpleValue(p, words);
      if (v === undefined) return undefined;
      sum += v;
    }
    return sum;
  }
  const v = simpleValue(word, words);
  if (v !== undefined) return v;
  const c = words.compound?.exec(word);
  if (c) {
    const a = simpleValue(c[1]!, words);
    const b = simpleValue(c[2]!, words);
    if (a !== undefined && b !== undefined) return a + b;
  }
  return undefined;
}

const memo = new WeakMap<NumberWords, Map<string, number | undefined>>();

/** The value of one number word; memoised per table, since every word of every sentence is asked. */
function simpleValue(word: string, words: NumberWords): number | undefined {
  let seen = memo.get(words);
  if (!seen) memo.set(words, (seen = new Map()));
  if (seen.has(word)) return seen.get(word);
  let value: number | undefined;
  for (const [re, v] of words.words) {
    if (re.test(word)) {
      value = v;
      break;
    }
  }
  if (seen.size < 50_000) seen.set(word, value);
  return value;
}

function qualify(sentence: string, c: FoundCount, words: NumberWords): FoundCount {
  const before = sentence.slice(Math.max(0, c.start - 30), c.start);
  for (const [re, qualifier] of words.qualifiers) {
    const m = rx(`(?:${re})\\s*$`).exec(before);
    if (m) return { ...c, qualifier, start: c.start - (before.length - m.index) };
  }
  return c;
}

function overlaps(found: FoundCount[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}
