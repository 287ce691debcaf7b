/**
 * Person-name scoring and its explain twin. Parts are paired one to one (any word order);
 * the score is the weight-averaged similarity of the pairs, where unpaired parts add weight
 * with similarity 0, except a patronymic that the other side simply lacks. A gender
 * conflict (Siarhei Tsikhanouski / Sviatlana Tsikhanouskaya) multiplies the score down.
 */
import { parsePersonName, type NamePart, type ParsedName } from '../structure.ts';
import { bestAlignment, type Pair } from './align.ts';
import { SLOT_CONFLICT_FACTOR, SON_OF_REVERSED_FACTOR, slotConflict, sonOfReversed } from './chain.ts';
import { compareRow, type PairHow, type PartMatch } from './part.ts';
import { AlignmentScorer, pairWeight, roleOf, tally } from './person-tally.ts';
import { bothPlainAscii, surfaceSimilarity } from './surface.ts';
import {
  FORMATION_CONFLICT_SIMILARITY,
  formationsDiffer,
  patronymicMeetsOtherWord,
  SURNAMES_SWAPPED_FACTOR,
  surnamesApart,
  surnamesSwapped,
} from './surname-families.ts';
import { joinedSimilarityAtLeast, sharpen } from './token.ts';

export { MISSING_WEIGHTS, ROLE_WEIGHTS } from './person-tally.ts';
export { FORMATION_CONFLICT_SIMILARITY, SURNAME_MIN_SIMILARITY } from './surname-families.ts';

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
  if (pairs.length > 1 && surnamesSwapped(A, B, pairs, pa.raw, pb.raw)) {
    penalties.push({ reason: "the two surnames pair in the other order (a cousin's name, not the same person's)", factor: SURNAMES_SWAPPED_FACTOR });
    score *= SURNAMES_SWAPPED_FACTOR;
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
