/**
 * An acronym made of the beginnings of a name's words, one letter or more each (SEBIN: SErvicio
 * Bolivariano de Inteligencia Nacional; FAES: Fuerzas de Acciones ESpeciales; Conviasa:
 * CONsorcio Venezolano de Industrias Aeronáuticas y Servicios Aéreos), the way Spanish and
 * Portuguese names are shortened, and one that leaves a word out (BANDES: BANco de DEsarrollo
 * Económico y Social). A word on one side that spells such a run of the other name's words
 * replaces that name, as the pure initials (`collapseWholeName`) and the syllabic contractions
 * (`collapseContractions`) do. Used by `org.ts`.
 */
import { countryKey } from '../countries.ts';
import { asciiFold } from '../normalise.ts';
import { isCountryOrForm } from './org-collapse.ts';
import { ORG_WEIGHTS, type Word } from './org.ts';

/** Letters of the short form at least: shorter ones are the pure initials' business. */
const MIN_LETTERS = 4;
/** Words of the long name at least (after stop words, legal form and country). */
const MIN_WORDS = 3;

export function collapsePrefixAcronym(A: Word[], B: Word[]): Word[] {
  if (A.length !== 1 || B.length < MIN_WORDS) return B;
  const w = A[0]!;
  if (w.token.concept || w.token.legalForm || w.token.location) return B;
  const letters = fold(w.token.text);
  if (letters.length < MIN_LETTERS || letters.includes(' ')) return B;
  // The country and legal form after the name are left out, as by a contraction.
  let end = B.length;
  while (end > 1 && (isCountryOrForm(B[end - 1]!) || isCountry(B[end - 1]!.token.text))) end--;
  const words = B.slice(0, end).flatMap((x) => fold(x.token.text).split(' '));
  if (words.length < MIN_WORDS || !sameAlphabet(letters, words[0]!)) return B;
  failed = undefined;
  steps = 0;
  if (!spells(letters, 0, words, 0, 1)) return B;
  return [{ token: { ...w.token, acronym: false }, part: w.part, weight: ORG_WEIGHTS.word }];
}

// Whether `s` from `at` is spelled by the beginnings of `words` from `k`, in order: every word
// gives one letter or more, but for `skips` words between the first and the last, which may give
// none (the last word must: Belaruskali is not Belarusian Potash Company, which it spells but
// for "Company"). After a few steps `failed` keeps the states that gave nothing, so that
// repeated letters against repeated words take polynomial time (a hostile "aaaa…" against
// "aaaa aaaa …").
let failed: Set<number> | undefined;
let steps = 0;
function spells(s: string, at: number, words: readonly string[], k: number, skips: number): boolean {
  if (at === s.length) return k === words.length;
  if (k === words.length) return false;
  const state = (at * (words.length + 1) + k) * 2 + skips;
  if (failed === undefined && ++steps > 64) failed = new Set();
  if (failed?.has(state)) return false;
  const word = words[k]!;
  let n = 0;
  while (n < word.length && at + n < s.length && word[n] === s[at + n]) n++;
  for (let len = n; len >= 1; len--) if (spells(s, at + len, words, k + 1, skips)) return true;
  if (k > 0 && k < words.length - 1 && skips > 0 && spells(s, at, words, k + 1, skips - 1)) return true;
  failed?.add(state);
  return false;
}

// A country's name (Venezuela, Belarus), which a name may end on and its acronym leave out.
const isCountry = (text: string): boolean => text.length > 2 && /^[a-z]{2}$/u.test(countryKey(text));

const fold = (text: string): string => asciiFold(text.toLowerCase());
const CYRILLIC = /\p{Script=Cyrillic}/u;
const sameAlphabet = (a: string, b: string): boolean => CYRILLIC.test(a) === CYRILLIC.test(b);
