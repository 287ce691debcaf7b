/**
 * Person-name scoring and its explain twin. Parts are paired one to one (any word order);
 * the score is the weight-averaged similarity of the pairs, where unpaired parts add weight
 * with similarity 0, except a patronymic that the other side simply lacks. A gender
 * conflict (Siarhei Tsikhanouski / Sviatlana Tsikhanouskaya) multiplies the score down.
 */
import { parsePersonName, type NamePart, type ParsedName, type Role } from '../structure.ts';
import { bestAlignment, type Pair } from './align.ts';
import { compareParts, type PairHow, type PartMatch } from './part.ts';
import { joinedSimilarity, sharpen } from './token.ts';

/** Weights of part roles; surnames count most (logic-v2 weighs family names ×1.3). */
export const ROLE_WEIGHTS: Readonly<Record<Role | 'initial', number>> = {
  surname: 1.3, given: 1, patronymic: 0.8, unknown: 1, initial: 0.5,
};
/** Weight of a part left unpaired when the other side has nothing of its kind. */
export const MISSING_WEIGHTS = { patronymic: 0, initial: 0.2, given: 0.3 } as const;
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

const roleOf = (p: NamePart): Role | 'initial' => (p.initial ? 'initial' : p.role);

/** Scores two person names in [0, 1]; see `explainPersonNames` for the pieces. */
export function scorePersonNames(a: string | ParsedName, b: string | ParsedName): number {
  return explainPersonNames(a, b).score;
}

/** The explain twin of `scorePersonNames`: pairs, unpaired parts, penalties, score. */
export function explainPersonNames(a: string | ParsedName, b: string | ParsedName): PersonExplanation {
  const pa = typeof a === 'string' ? parsePersonName(a) : a;
  const pb = typeof b === 'string' ? parsePersonName(b) : b;
  const A = pa.parts;
  const B = pb.parts;
  const matches: PartMatch[][] = A.map((x) => B.map((y) => compareParts(x, y)));
  const allowed = matches.map((row) => row.map((mt) => mt.similarity >= MIN_PAIR_SIMILARITY));
  const sims = matches.map((row) => row.map((mt) => mt.similarity));
  const evaluate = (pairs: Pair[]) => tally(A, B, matches, pairs).score;
  const pairs = bestAlignment(A.length, B.length, allowed, sims, evaluate);
  const t = tally(A, B, matches, pairs);
  const penalties: { reason: string; factor: number }[] = [];
  let score = t.score;
  const fullA = A.filter((p) => !p.initial);
  const fullB = B.filter((p) => !p.initial);
  if (fullA.length !== fullB.length && fullA.length > 0 && fullB.length > 0) {
    // Words merged or split (SergeiLavrov, Van der Bilt): compare the names written solid.
    const joined = sharpen(joinedSimilarity(fullA.map((p) => p.keys[0]?.skeleton ?? p.text), fullB.map((p) => p.keys[0]?.skeleton ?? p.text)));
    if (joined * JOINED_FACTOR > score) {
      penalties.push({ reason: `compared as one word (${round(joined)})`, factor: JOINED_FACTOR });
      score = joined * JOINED_FACTOR;
    }
  }
  if (pa.gender && pb.gender && pa.gender !== pb.gender) {
    penalties.push({ reason: `gender differs (${pa.gender} vs ${pb.gender})`, factor: GENDER_CONFLICT_FACTOR });
    score *= GENDER_CONFLICT_FACTOR;
  }
  return {
    kind: 'person',
    score: round(score),
    pairs: pairs.map(({ a: i, b: j }) => {
      const mt = matches[i]![j]!;
      return {
        a: A[i]!.text, b: B[j]!.text, roleA: roleOf(A[i]!), roleB: roleOf(B[j]!),
        similarity: round(mt.similarity), weight: pairWeight(A[i]!, B[j]!), how: mt.how,
        via: mt.keyA && mt.keyB ? `${mt.keyA.skeleton} (${mt.keyA.system}) ~ ${mt.keyB.skeleton} (${mt.keyB.system})` : undefined,
      };
    }),
    unpaired: t.unpaired,
    genderA: pa.gender,
    genderB: pb.gender,
    penalties,
  };
}

function pairWeight(x: NamePart, y: NamePart): number {
  if (x.initial || y.initial) return ROLE_WEIGHTS.initial;
  return Math.max(ROLE_WEIGHTS[x.role], ROLE_WEIGHTS[y.role]);
}

function tally(A: NamePart[], B: NamePart[], matches: PartMatch[][], pairs: Pair[]) {
  let num = 0;
  let den = 0;
  for (const { a, b } of pairs) {
    const w = pairWeight(A[a]!, B[b]!);
    num += w * matches[a]![b]!.similarity;
    den += w;
  }
  const pairedA = new Set(pairs.map((p) => p.a));
  const pairedB = new Set(pairs.map((p) => p.b));
  const leftA = A.filter((_, i) => !pairedA.has(i));
  const leftB = B.filter((_, i) => !pairedB.has(i));
  const unpaired: UnpairedExplanation[] = [];
  const charge = (side: 'a' | 'b', p: NamePart, other: NamePart[], otherAll: NamePart[]) => {
    const { weight, reason } = unpairedWeight(p, other, otherAll);
    den += weight;
    unpaired.push({ side, text: p.text, role: roleOf(p), weight, reason });
  };
  for (const p of leftA) charge('a', p, leftB, B);
  for (const p of leftB) charge('b', p, leftA, A);
  return { score: den === 0 ? 0 : num / den, unpaired };
}

// What an unpaired part costs depends on what the other side left unpaired: a patronymic
// or a given name the other side simply lacks is missing data, not a conflict.
function unpairedWeight(p: NamePart, otherLeft: NamePart[], otherAll: NamePart[]): { weight: number; reason: string } {
  if (p.role === 'patronymic' && !otherLeft.some((q) => q.role === 'patronymic' || q.role === 'unknown')) {
    return { weight: MISSING_WEIGHTS.patronymic, reason: 'patronymic absent on the other side' };
  }
  if (p.initial) {
    if (otherLeft.length === 0) return { weight: MISSING_WEIGHTS.initial, reason: 'extra initial (patronymic or middle name)' };
    return { weight: ROLE_WEIGHTS.initial * 2, reason: 'initial matches nothing' };
  }
  const otherHasGiven = otherAll.some((q) => q.role === 'given' || q.initial);
  if (p.role === 'given' && !otherHasGiven && otherLeft.length === 0) {
    return { weight: MISSING_WEIGHTS.given, reason: 'given name absent on the other side' };
  }
  return { weight: ROLE_WEIGHTS[p.role], reason: 'no counterpart' };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
