/**
 * Organisation words that stand for runs of the other name's words: an acronym whose letters
 * are the run's initials (CEC / Central Election Commission), and a syllabic contraction built
 * from the run's first syllables. Each run collapses into one word equal to the short form, so
 * the scorer pairs them as one. Used by `org.ts`.
 */
import { CONCEPTS } from '../org.ts';
import { guessConventions, skeleton } from '../phonetic.ts';
import { BoundedMemo } from '../memo.ts';
import { detectScript } from '../script.ts';
import { romaniseAll } from '../transliterate/index.ts';
import type { OrgToken } from '../org.ts';
import { ORG_WEIGHTS, type Word } from './org.ts';

// An acronym (CEC) on one side replaces the run of words on the other side whose initials
// spell it (Central Election Commission); the run becomes one word equal to the acronym.
export function collapseAcronyms(A: Word[], B: Word[]): Word[] {
  if (!A.some(isAcronym)) return B;
  for (const acr of A.filter(isAcronym)) {
    const run = spelledRun(acr, B);
    if (run) {
      const merged: Word = { token: { ...acr.token, acronym: false }, part: acr.part, weight: ORG_WEIGHTS.word };
      return [...B.slice(0, run.start), merged, ...B.slice(run.end)];
    }
  }
  return B;
}

// Where in `B` a run of words has the acronym's letters as initials: `[start, end)`, or undefined.
function spelledRun(acr: Word, B: readonly Word[]): { start: number; end: number } | undefined {
  // As written, and as romanised (ПМЗ against a name in Latin letters reads PMZ).
  const spellings = [[...acr.token.text], ...acr.part.keys.map((k) => [...k.skeleton]).filter((l) => l.length === acr.token.text.length)];
  for (const letters of spellings) {
    for (let start = 0; start + letters.length <= B.length; start++) {
      const run = B.slice(start, start + letters.length);
      // A legal form is no part of the name an acronym abbreviates (RGS is not Rechitsa
      // Holding SAL).
      if (run.every((w, k) => w !== acr && !w.token.legalForm && initialsOfWord(w).has(letterKey(letters[k]!)))) return { start, end: start + letters.length };
    }
  }
  return undefined;
}

/**
 * A name that writes an acronym beside its own expansion ("BMZ Belarusian Metallurgical Works",
 * "Minsk Automobile Plant MAZ") says the same thing twice: the acronym is left out, so the name
 * meets the acronym alone, the expansion alone, and not another company with the same acronym
 * and another expansion ("BMZ Bryansk Machine-Building Plant", which otherwise read as "BMZ BMZ"
 * on both sides and scored 1).
 */
export function withoutOwnAcronyms(words: readonly Word[]): readonly Word[] {
  let out = OWN_DROPPED.get(words);
  if (!out) {
    out = words.filter((w) => !(isAcronym(w) && spelledRun(w, words)));
    if (out.length === words.length) out = words;
    OWN_DROPPED.set(words, out);
  }
  return out;
}
const OWN_DROPPED = new WeakMap<readonly Word[], readonly Word[]>();

const isAcronym = (w: Word): boolean => w.token.acronym;

// A syllabic contraction (Soviet-style names: Гомсельмаш = Гомельский завод
// сельскохозяйственного машиностроения, Минтранс = Министерство транспорта) on one side
// replaces the other name when it runs the beginnings of that name's words together, in
// order: each piece is the first three letters or more of a word, a linking o / e may follow
// a piece (нефтехим), and descriptor words (plant, state, concern) between pieces may be left
// out. The other name becomes one word equal to the contraction.
export function collapseContractions(A: Word[], B: Word[]): Word[] {
  // (No contraction runs together a thousand words; the searches' states are numbered within that.)
  if (B.length < 2 || B.length >= LONGEST) return B;
  for (const w of A) {
    if (w.token.acronym || w.token.concept || w.token.legalForm) continue;
    for (const key of w.part.keys) {
      if (key.skeleton.length < 6 || key.skeleton.length >= LONGEST) continue;
      // The contraction names the whole organisation: it must spell all of the other name
      // (Belaruskali is not Belarusian Potash Company, whose "company" it leaves out), but for
      // the country and legal form that may follow it, which stay as words of their own
      // (Минобороны / Министерство обороны Республики Беларусь).
      steps = 0;
      seen = undefined;
      const end = contractionEnd(key.skeleton, 0, B, 0, 0);
      if (end >= 2 && B.slice(end).every(isCountryOrForm)) {
        return [{ token: { ...w.token }, part: w.part, weight: ORG_WEIGHTS.word }, ...B.slice(end)];
      }
    }
  }
  return B;
}

/**
 * A word written as a syllable and capitals (БелАЗ, BelOMO, БелГИСС; `OrgToken.syllable`) on one
 * side replaces the other name when the syllable begins its first word and the capitals are the
 * initials of the words after it, every one of them (Белорусский автомобильный завод), but for the
 * country and legal form that may follow. The other name becomes one word equal to it.
 */
export function collapseMixed(A: Word[], B: Word[]): Word[] {
  if (B.length < 2) return B;
  for (const w of A) {
    const head = w.token.syllable;
    if (!head) continue;
    let end = B.length;
    while (end > 1 && isCountryOrForm(B[end - 1]!)) end--;
    const letters = w.token.text.slice(head);
    if (end - 1 !== letters.length || B[0]!.token.acronym) continue;
    const begins = w.part.keys.some(
      (k) => k.skeleton.length === w.token.text.length && B[0]!.part.keys.some((b) => b.skeleton.startsWith(k.skeleton.slice(0, head))),
    );
    const spelled = begins && [...letters].every((l, i) => !B[i + 1]!.token.legalForm && initialsOfWord(B[i + 1]!).has(letterKey(l)));
    if (spelled) return [{ token: { ...w.token }, part: w.part, weight: ORG_WEIGHTS.word }, ...B.slice(end)];
  }
  return B;
}

// A place ("Беларусь"), "Republic", "Federation" or a legal form: what a contraction leaves out after it.
export const isCountryOrForm = (w: Word | OrgToken): boolean => {
  const t = 'token' in w ? w.token : w;
  return !!(t.location || t.concept === 'republic' || t.concept === 'federation' || t.legalForm);
};

/** Minimum letters of a contraction's piece. */
const CONTRACTION_PIECE = 3;

// The searches below remember what each state gave once they have taken more than a few steps
// (how many pieces matters only as none, one, or two and more), so that a word of repeated
// letters against a name of repeated words takes polynomial time, not exponential (a hostile
// caller's "aaaa…" against "aaaa aaaa …"); the ordinary names of a list never need it.
let seen: Map<number, number> | undefined;
let steps = 0;
const REMEMBER_AFTER = 64;
const LONGEST = 1024;
function remembered(state: number): number | undefined {
  if (seen === undefined && ++steps > REMEMBER_AFTER) seen = new Map();
  return seen?.get(state);
}

// Where a contraction of `skel` (from position `at`) ends in B, starting at word `k` (which
// must supply a piece when `pieces` is 0): the index after its last word, or −1.
function contractionEnd(skel: string, at: number, B: Word[], k: number, pieces: number): number {
  if (at === skel.length) return pieces >= 2 ? k : -1;
  const state = -((at * LONGEST + k) * 3 + Math.min(pieces, 2)) - 1;
  const known = remembered(state);
  if (known !== undefined) return known;
  let end = -1;
  for (let j = k; j < B.length && end < 0; j++) {
    const word = B[j]!;
    if (!word.token.acronym) {
      const keys = word.part.keys;
      for (let kk = 0; kk < keys.length && kk < 64 && end < 0; kk++)
        if (keys[kk]!.skeleton.length < LONGEST) end = piecesOf(skel, at, keys[kk]!.skeleton, kk, 0, B, j, pieces);
    }
    // Only a descriptor word may be left out between pieces (not before the first).
    if (end < 0 && (pieces === 0 || !word.token.generic)) break;
  }
  seen?.set(state, end);
  return end;
}

// The pieces word `j` of B (its spelling `kk`, `text`) gives the contraction from `skel[at]`,
// starting at `from` in the word: the longest piece first, as far as the word agrees with the
// contraction. A piece may be followed by another piece of the same word, from the start of a
// compound's element after its linking o / e (сельхоз: сельско-хозяйственный, внешторг:
// внешне-торговый), and a letter doubled where two pieces meet is written once (Рос-сельхоз:
// Россельхозбанк, whose skeleton has one s).
function piecesOf(skel: string, at: number, text: string, kk: number, from: number, B: Word[], j: number, pieces: number): number {
  const state = (((at * LONGEST + j) * 64 + kk) * LONGEST + from) * 3 + Math.min(pieces, 2);
  const known = remembered(state);
  if (known !== undefined) return known;
  let found = -1;
  let start = from;
  if (pieces > 0 && text[start] !== skel[at] && text[start] === skel[at - 1]) start++;
  let n = 0;
  while (start + n < text.length && at + n < skel.length && text[start + n] === skel[at + n]) n++;
  for (let len = n; found < 0 && len + (start - from) >= CONTRACTION_PIECE; len--) {
    let next = at + len;
    found = contractionEnd(skel, next, B, j + 1, pieces + 1);
    if (found < 0 && (skel[next] === 'o' || skel[next] === 'e') && next + 1 <= skel.length) found = contractionEnd(skel, ++next, B, j + 1, pieces + 1);
    // The next element of the same compound word.
    for (let e = start + len + 1; found < 0 && e <= text.length - CONTRACTION_PIECE; e++) {
      if ((text[e - 1] === 'o' || text[e - 1] === 'e') && text[e] === skel[at + len]) found = piecesOf(skel, at + len, text, kk, e, B, j, pieces + 1);
    }
  }
  seen?.set(state, found);
  return found;
}

// Letters are compared as skeleton letters, so G stands for Г, Gosudarstvenny and Hrodna.
const LETTER_KEYS = new Map<string, string>();
export function letterKey(letter: string): string {
  let key = LETTER_KEYS.get(letter);
  if (key === undefined) {
    key = (skeleton(letter, 'english')[0] ?? letter).toLowerCase();
    if (LETTER_KEYS.size < 10_000) LETTER_KEYS.set(letter, key);
  }
  return key;
}

// Per word object (prepared names live as long as the index that holds them).
const WORD_INITIALS = new WeakMap<Word, Set<string>>();
export function initialsOfWord(w: Word): Set<string> {
  let set = WORD_INITIALS.get(w);
  if (!set) {
    set = new Set<string>([letterKey(w.token.text[0]!)]);
    for (const k of w.part.keys) set.add(k.skeleton[0]!.toLowerCase());
    // A concept word stands for its translations' initials too: the acronym was often made in
    // another language (MAZ: Минский Автомобильный Завод, so Z for "Plant").
    if (w.token.concept) for (const i of conceptInitials(w.token.concept)) set.add(i);
    WORD_INITIALS.set(w, set);
  }
  return set;
}

// The first letters of every form of a concept, as written and as romanised.
const CONCEPT_INITIALS = new Map<string, Set<string>>();
function conceptInitials(id: string): Set<string> {
  let set = CONCEPT_INITIALS.get(id);
  if (!set) {
    set = new Set();
    for (const form of CONCEPTS.find((c) => c.id === id)?.forms ?? []) {
      set.add(letterKey(form[0]!));
      for (const r of romaniseAll(form, detectScript(form))) if (r.text) set.add(letterKey(r.text[0]!));
    }
    CONCEPT_INITIALS.set(id, set);
  }
  return set;
}

/**
 * The initials of a whole name, as the acronyms of Spanish, Portuguese and Soviet names take
 * them: every word's first letter, with the stop words (PDVSA: Petróleos de Venezuela S.A.) or
 * without them (CANTV: Compañía Anónima Nacional Teléfonos de Venezuela), and a legal form's own
 * letters (S.A. gives S and A; Compañía Anónima C and A; Corporación C). Only names of three
 * words or more, and only the distinct strings of three letters or more.
 */
export function wholeNameInitials(tokens: readonly OrgToken[]): string[] {
  if (tokens.length < 3) return [];
  const letters = (t: OrgToken): string => {
    const words = t.text.split(' ');
    if (words.length > 1) return words.map((w) => w[0]).join('');
    return t.legalForm && t.text.length <= 3 ? t.text : t.text[0]!;
  };
  const initials = (ts: readonly OrgToken[]) => ts.map(letters).join('');
  // Also the name proper, without the country and legal form after it (КГБ: Комитет
  // государственной безопасности Республики Беларусь).
  let end = tokens.length;
  while (end > 0 && (tokens[end - 1]!.stop || isCountryOrForm(tokens[end - 1]!))) end--;
  const proper = tokens.slice(0, end);
  const variants = [initials(tokens), initials(tokens.filter((t) => !t.stop)), initials(proper), initials(proper.filter((t) => !t.stop))];
  return [...new Set(variants)].filter((x) => x.length >= 3);
}

/**
 * A name that is one acronym (PDVSA, CANTV, CVG) against a name of three words or more whose
 * initials it spells whole (`wholeNameInitials`): the longer name becomes one word equal to the
 * acronym. Runs that leave out stop words or legal forms are `collapseAcronyms`' job.
 */
export function collapseWholeName(A: Word[], B: Word[], initialsOfB: readonly string[] | undefined): Word[] {
  if (A.length !== 1 || !A[0]!.token.acronym || !initialsOfB || B.length < 2) return B;
  const acr = A[0]!;
  // Compared as spelled (MVD meets мвд: Министерство внутренних дел).
  const spelled = initialSpellings(initialsOfB);
  if (!acr.part.keys.some((k) => spelled.has(k.skeleton))) return B;
  return [{ token: { ...acr.token, acronym: false }, part: acr.part, weight: ORG_WEIGHTS.word }];
}

/** The spellings (skeletons) of a name's initials in every reading, as a part's keys are made (one set per distinct initials). */
export function initialSpellings(initials: readonly string[]): ReadonlySet<string> {
  const key = initials.join(' ');
  return INITIAL_SPELLINGS.get(key) ?? INITIAL_SPELLINGS.set(key, new Set(initials.flatMap(spellingsOf)));
}
const INITIAL_SPELLINGS = new BoundedMemo<ReadonlySet<string>>(20_000);

// The skeletons of a string of initials in every reading, as a part's keys are made (not
// through `makePart`, whose cache would keep a parsed part for every name's initials).
function spellingsOf(x: string): string[] {
  const script = detectScript(x);
  if (script === 'latin' || script === 'lacinka') return guessConventions(x).map((c) => skeleton(x, c));
  return romaniseAll(x, script).map((r) => skeleton(r.text, r.convention));
}
