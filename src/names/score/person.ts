/**
 * Person-name scoring and its explain twin. Parts are paired one to one (any word order);
 * the score is the weight-averaged similarity of the pairs, where unpaired parts add weight
 * with similarity 0, except a patronymic that the other side simply lacks. A gender
 * conflict (Siarhei Tsikhanouski / Sviatlana Tsikhanouskaya) multiplies the score down.
 */
import { CZECH_FEMININE_SYSTEM, PATRONYMIC_SUFFIX, parsePersonName, type NamePart, type ParsedName } from '../structure.ts';
import { bestAlignment, type Pair } from './align.ts';
import { SLOT_CONFLICT_FACTOR, SON_OF_REVERSED_FACTOR, slotConflict, sonOfReversed } from './chain.ts';
import { compareRow, type PairHow, type PartMatch } from './part.ts';
import { AlignmentScorer, pairWeight, roleOf, tally } from './person-tally.ts';
import { asciiFold } from '../normalise.ts';
import { bothPlainAscii, surfaceSimilarity } from './surface.ts';
import { joinedSimilarityAtLeast, sharpen } from './token.ts';

export { MISSING_WEIGHTS, ROLE_WEIGHTS } from './person-tally.ts';

/** A pair below this similarity is not formed; both parts count as unpaired. */
export const MIN_PAIR_SIMILARITY = 0.7;
/** Factor applied when the two names carry different genders. */
export const GENDER_CONFLICT_FACTOR = 0.7;
/** Factor on the solid-string similarity when words were merged or split. */
export const JOINED_FACTOR = 0.95;

export interface PairExplanation {
  a: string;
  b: string;
  roleA: string;
  roleB: string;
  similarity: number;
  weight: number;
  how: PairHow;
  /** Skeletons that paired and the romanisations they came from. */
  via?: string;
}
export interface UnpairedExplanation {
  side: 'a' | 'b';
  text: string;
  role: string;
  weight: number;
  reason: string;
}
export interface PersonExplanation {
  kind: 'person';
  score: number;
  pairs: PairExplanation[];
  unpaired: UnpairedExplanation[];
  genderA?: string;
  genderB?: string;
  penalties: { reason: string; factor: number }[];
}

/**
 * Scores two person names in [0, 1]; see `explainPersonNames` for the pieces. With a
 * `floor` (screening's cutoff), a score below the floor may come back as another value
 * below it: work that could only matter under the floor is skipped. Scores at or above the
 * floor are exact.
 */
export function scorePersonNames(a: string | ParsedName, b: string | ParsedName, floor = 0): number {
  return round(personScore(typeof a === 'string' ? parsePersonName(a) : a, typeof b === 'string' ? parsePersonName(b) : b, floor).score);
}

/** The explain twin of `scorePersonNames`: pairs, unpaired parts, penalties, score. */
export function explainPersonNames(a: string | ParsedName, b: string | ParsedName): PersonExplanation {
  const pa = typeof a === 'string' ? parsePersonName(a) : a;
  const pb = typeof b === 'string' ? parsePersonName(b) : b;
  const { A, B, matches, pairs, score, penalties } = personScore(pa, pb);
  return {
    kind: 'person',
    score: round(score),
    pairs: pairs.map(({ a: i, b: j }) => {
      const mt = matches[i]![j]!;
      return {
        a: A[i]!.text,
        b: B[j]!.text,
        roleA: roleOf(A[i]!),
        roleB: roleOf(B[j]!),
        similarity: round(mt.similarity),
        weight: pairWeight(A[i]!, B[j]!),
        how: mt.how,
        via: mt.keyA && mt.keyB ? `${mt.keyA.skeleton} (${mt.keyA.system}) ~ ${mt.keyB.skeleton} (${mt.keyB.system})` : undefined,
      };
    }),
    unpaired: tally(A, B, matches, pairs).unpaired,
    genderA: pa.gender,
    genderB: pb.gender,
    penalties,
  };
}

/**
 * The score before rounding, with what the explanation is built from. Part similarities
 * below `MIN_PAIR_SIMILARITY` are not computed exactly (such pairs are never formed).
 */
function personScore(pa: ParsedName, pb: ParsedName, floor = 0) {
  const A = pa.parts;
  const B = pb.parts;
  const n = A.length;
  const m = B.length;
  const matches: PartMatch[][] = new Array(n);
  let pairable = 0;
  for (let i = 0; i < n; i++) {
    const row: PartMatch[] = (matches[i] = new Array(m));
    compareRow(A[i]!, B, MIN_PAIR_SIMILARITY, row, 0);
    for (let j = 0; j < m; j++) {
      if (row[j]!.similarity < MIN_PAIR_SIMILARITY) continue;
      if (formationsDiffer(A[i]!, B[j]!) || patronymicMeetsOtherWord(A[i]!, B[j]!) || surnamesApart(A[i]!, B[j]!, row[j]!.similarity))
        row[j] = { ...row[j]!, similarity: FORMATION_CONFLICT_SIMILARITY };
      else pairable++;
    }
  }
  // With no pair allowed the only pairing is the empty one (what the search would return).
  const sims = pairable === 0 ? [] : matches.map((row) => row.map((mt) => mt.similarity));
  const scorer = new AlignmentScorer(A, B, sims);
  const pairs =
    pairable === 0
      ? []
      : bestAlignment(
          n,
          m,
          sims.map((row) => row.map((x) => x >= MIN_PAIR_SIMILARITY)),
          sims,
          (p) => scorer.score(p),
        );
  const penalties: { reason: string; factor: number }[] = [];
  let score = scorer.score(pairs);
  if (pairs.length > 1 && sonOfReversed(A, B, pairs, pa.raw.includes(','), pb.raw.includes(','))) {
    penalties.push({ reason: 'the words around "son of" (bin, ibn) pair in reverse order', factor: SON_OF_REVERSED_FACTOR });
    score *= SON_OF_REVERSED_FACTOR;
  }
  if (pairs.length > 1 && slotConflict(A, B, pairs)) {
    penalties.push({ reason: 'the two names differ in one place of the name (a middle component)', factor: SLOT_CONFLICT_FACTOR });
    score *= SLOT_CONFLICT_FACTOR;
  }
  const genderConflict = !!pa.gender && !!pb.gender && pa.gender !== pb.gender;
  const fullA = wordCount(A);
  const fullB = wordCount(B);
  if (fullA > 0 && fullB > 0 && (fullA !== fullB || particleLeft(A, B, pairs))) {
    // Words merged or split (SergeiLavrov, Van der Bilt), or a particle that paired with
    // nothing (al-Assad / xal-Assad: particles are glued to their neighbour and mistyped with
    // it): compare the names written solid.
    // Only a solid similarity above score / JOINED_FACTOR can change the score, and only
    // one that lifts the final score (rounded) to the floor can matter.
    const reach = Math.max(score, (floor - 1e-4) / (genderConflict ? GENDER_CONFLICT_FACTOR : 1));
    const joined = sharpen(joinedSimilarityAtLeast(A.filter(isWord).map(solid), B.filter(isWord).map(solid), reach / JOINED_FACTOR));
    if (joined * JOINED_FACTOR > score) {
      penalties.push({ reason: `compared as one word (${round(joined)})`, factor: JOINED_FACTOR });
      score = joined * JOINED_FACTOR;
    }
  }
  if (A.length === 1 && B.length === 1 && score > 0 && score < 1) {
    const single = singleWordCap(A[0]!, B[0]!, score);
    if (single < score) {
      penalties.push({ reason: `one word on each side, written ${round(single)} alike`, factor: round(single / score) });
      score = single;
    }
  }
  if (genderConflict) {
    penalties.push({ reason: `gender differs (${pa.gender} vs ${pb.gender})`, factor: GENDER_CONFLICT_FACTOR });
    score *= GENDER_CONFLICT_FACTOR;
  }
  return { A, B, matches, pairs, score, penalties };
}

const solid = (p: NamePart): string => p.keys[0]?.skeleton ?? p.text;

/**
 * A surname pairs only from this similarity, unless the two are one typing error apart: below
 * it two surnames a letter or a syllable apart are other families of a near stem far more
 * often than spellings of one (Lavrov / Lavrinov, Babaryka / Babarykin, Hanchar / Hancharyk,
 * Solovyov / Solovey: 0.74–0.78), and an exact given name carried such pairs over the
 * threshold. On pairs.csv and the team's probe sets no surname pair of one person scored under
 * 0.80; OpenSanctions' cases count one mistyped letter as the same name (Pulin / Putin, Vukić /
 * Vučić), which a screener must not miss: see `typingApart`.
 */
export const SURNAME_MIN_SIMILARITY = 0.8;
function surnamesApart(a: NamePart, b: NamePart, similarity: number): boolean {
  if (similarity >= SURNAME_MIN_SIMILARITY || (a.role !== 'surname' && b.role !== 'surname') || a.initial || b.initial) return false;
  return !typingApart(a, b);
}

// One letter changed, added or dropped (two in words of ten letters or more: Khordorovsky /
// Khodorkovsky), as written (Steinbaum / Sheinbaum) or on the nearest pair of spellings (so
// Cyrillic meets Latin).
function typingApart(a: NamePart, b: NamePart): boolean {
  const edits = Math.min(a.text.length, b.text.length) >= 10 ? 2 : 1;
  if (withinEdits(asciiFold(a.text), asciiFold(b.text), edits)) return true;
  for (const x of a.keys) for (const y of b.keys) if (withinEdits(x.skeleton, y.skeleton, edits)) return true;
  return false;
}

/** Whether `x` and `y` are at most `k` edits apart (Levenshtein, computed in the band |i − j| ≤ k). */
export function withinEdits(x: string, y: string, k: number): boolean {
  const n = x.length;
  const m = y.length;
  if (Math.abs(n - m) > k) return false;
  if (x === y) return true;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo - 1 === 0 ? i : k + 1;
    let rowMin = cur[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const up = j <= i - 1 + k ? prev[j]! : k + 1;
      const left = cur[j - 1]!;
      const diag = prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      const v = Math.min(up + 1, left + 1, diag);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = k + 1;
    if (rowMin > k) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[m]! <= k;
}

/** Similarity given to two surnames of one stem and different formations (below pairing). */
export const FORMATION_CONFLICT_SIMILARITY = 0.6;

// East Slavic surname formations, on the skeleton: Miklashevich (-ich) and Miklashevsky (-sky)
// are two families, however close the stems; romanisations of one formation (-ski / -sky /
// -skaja, -ich / -icz / -itch) share it. Genders of one formation (-ov / -ova) share it too.
const FORMATIONS: readonly [string, RegExp][] = [
  ['ski', /[sc]k(?:i|ij|a|aja|ie)$/u],
  ['ich', /i[cCH]$/u],
  ['enko', /enk[oa]$/u],
  ['ov', /(?:ov|ev|ova|eva|ou|ava|au)$/u],
  ['in', /(?:in|ina|yn|yna)$/u],
];
function formation(p: NamePart): string | undefined {
  if (p.initial || p.role === 'given' || p.role === 'patronymic') return undefined;
  // A Czech feminine (Sabalenková) has the formation of the surname it is made from.
  for (const k of p.keys)
    if (k.system === CZECH_FEMININE_SYSTEM) {
      const f = formationOf(k.skeleton);
      if (f) return f;
    }
  return formationOf(p.keys[0]?.skeleton);
}
function formationOf(skel: string | undefined): string | undefined {
  if (!skel || skel.length < 6) return undefined;
  for (const [name, re] of FORMATIONS) if (re.test(skel)) return name;
  return undefined;
}
function formationsDiffer(a: NamePart, b: NamePart): boolean {
  const fa = formation(a);
  const fb = formation(b);
  if (fa && fb) return fa !== fb;
  if (!fa && !fb) return false;
  // A possessive surname against its bare stem (Kolesnikova / Kolesnik, Kozlov / Kozel is not
  // this: the stem must be spelled whole): two families.
  const [formed, bare] = fa ? [a, b] : [b, a];
  if (bare.initial || bare.role === 'given' || bare.role === 'patronymic') return false;
  // (Czech -ová on a bare stem is that surname's feminine: Chomičová is Chomič's.)
  if (formed.keys.some((k) => k.system === CZECH_FEMININE_SYSTEM)) return false;
  const stem = bare.keys[0]?.skeleton;
  return !!stem && stem.length >= 4 && possessiveStem(formed.keys[0]?.skeleton ?? '') === stem;
}

/** The stem of a possessive surname's skeleton (Ivanova → ivan, Karpin → karp), or undefined. */
function possessiveStem(skeleton: string): string | undefined {
  const stem = skeleton.replace(POSSESSIVE_END, '');
  return stem === skeleton ? undefined : stem;
}
const POSSESSIVE_END = /(?:ov|ev|ova|eva|ou|au|ava|in|ina|yn|yna)$/u;

/**
 * A patronymic against a word of another kind on the same stem (Ivanovich / Ivanov, Petrovna /
 * Petrova): the father's given name on one side, a family name on the other — two components
 * of a name, not two spellings of one (Sergei Ivanovich Petrov is not Sergei Petrovich Ivanov).
 * Only a possessive surname on the father's stem is kept apart (-ov, -ova, -in…).
 */
function patronymicMeetsOtherWord(a: NamePart, b: NamePart): boolean {
  const [p, other] = a.role === 'patronymic' ? [a, b] : [b, a];
  // The father's given name itself (Vyacheslav for Vyacheslavovich) is the same fact, written
  // short; a misspelt patronymic (Juriawecz) is no surname of the stem: both still pair.
  if (p.role !== 'patronymic' || !(other.role === 'surname' || other.role === 'unknown') || other.initial) return false;
  for (const kp of p.keys) {
    const father = kp.skeleton.replace(PATRONYMIC_SUFFIX, '');
    if (father === kp.skeleton) continue;
    for (const ko of other.keys) if (possessiveStem(ko.skeleton) === father) return true;
  }
  return false;
}

/**
 * Names of one word each (Belavia / Belaoua) have nothing else to agree on. Both written in
 * plain ASCII letters, the score is at most how alike the words are as written
 * (`surfaceSimilarity`). The phonetic score stands across scripts (Belavia / Белавиа) and
 * alphabets with diacritics (Belneftekhim / Biełnieftiechim: two romanisation systems).
 */
export function singleWordCap(a: NamePart, b: NamePart, score: number): number {
  return bothPlainAscii(a.text, b.text) ? Math.min(score, surfaceSimilarity(a.text, b.text)) : score;
}
const isWord = (p: NamePart): boolean => !p.initial;

// A particle (al, bin, …) left out of the pairing on either side.
function particleLeft(A: readonly NamePart[], B: readonly NamePart[], pairs: readonly Pair[]): boolean {
  return sideHasLoneParticle(A, pairs, 'a') || sideHasLoneParticle(B, pairs, 'b');
}

function sideHasLoneParticle(parts: readonly NamePart[], pairs: readonly Pair[], side: 'a' | 'b'): boolean {
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i]!.particle) continue;
    let paired = false;
    for (const p of pairs)
      if (p[side] === i) {
        paired = true;
        break;
      }
    if (!paired) return true;
  }
  return false;
}

function wordCount(parts: readonly NamePart[]): number {
  let count = 0;
  for (const p of parts) if (!p.initial) count++;
  return count;
}

const round = (x: number) => Math.round(x * 10000) / 10000;
