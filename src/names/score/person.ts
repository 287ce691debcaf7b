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
  const n = A.length;
  const m = B.length;
  const matches: PartMatch[][] = new Array(n);
  const allowed: boolean[][] = new Array(n);
  const sims: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: PartMatch[] = (matches[i] = new Array(m));
    const ok: boolean[] = (allowed[i] = new Array(m));
    const sim: number[] = (sims[i] = new Array(m));
    for (let j = 0; j < m; j++) {
      const mt = (row[j] = compareParts(A[i]!, B[j]!, MIN_PAIR_SIMILARITY));
      sim[j] = mt.similarity;
      ok[j] = mt.similarity >= MIN_PAIR_SIMILARITY;
    }
  }
  const fast = new AlignmentScorer(A, B, sims);
  const pairs = bestAlignment(n, m, allowed, sims, (p) => fast.score(p));
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
  const givenA = hasGiven(A);
  const givenB = hasGiven(B);
  for (const p of leftA) {
    const { weight, reason } = unpairedWeight(p, leftB.length, leftB.some(pendingPart), givenB);
    den += weight;
    unpaired.push({ side: 'a', text: p.text, role: roleOf(p), weight, reason });
  }
  for (const p of leftB) {
    const { weight, reason } = unpairedWeight(p, leftA.length, leftA.some(pendingPart), givenA);
    den += weight;
    unpaired.push({ side: 'b', text: p.text, role: roleOf(p), weight, reason });
  }
  return { score: den === 0 ? 0 : num / den, unpaired };
}

/**
 * `tally(…).score` for the alignment search, which evaluates every partial matching: the
 * same sums in the same order (pairs, then unpaired parts of A, then of B), without
 * building explanation objects. Pair weights are computed once per name pair.
 */
class AlignmentScorer {
  private readonly weights: Float64Array;
  private readonly usedA: Uint8Array;
  private readonly usedB: Uint8Array;
  private readonly givenA: boolean;
  private readonly givenB: boolean;

  constructor(private readonly A: NamePart[], private readonly B: NamePart[], private readonly sims: number[][]) {
    const m = B.length;
    this.weights = new Float64Array(A.length * m);
    for (let i = 0; i < A.length; i++) for (let j = 0; j < m; j++) this.weights[i * m + j] = pairWeight(A[i]!, B[j]!);
    this.usedA = new Uint8Array(A.length);
    this.usedB = new Uint8Array(m);
    this.givenA = hasGiven(A);
    this.givenB = hasGiven(B);
  }

  score(pairs: Pair[]): number {
    const { A, B, usedA, usedB } = this;
    const m = B.length;
    usedA.fill(0);
    usedB.fill(0);
    let num = 0;
    let den = 0;
    for (const { a, b } of pairs) {
      const w = this.weights[a * m + b]!;
      num += w * this.sims[a]![b]!;
      den += w;
      usedA[a] = 1;
      usedB[b] = 1;
    }
    let leftA = 0;
    let leftB = 0;
    let pendingA = false;
    let pendingB = false;
    for (let i = 0; i < A.length; i++) if (!usedA[i]) { leftA++; pendingA ||= pendingPart(A[i]!); }
    for (let j = 0; j < m; j++) if (!usedB[j]) { leftB++; pendingB ||= pendingPart(B[j]!); }
    for (let i = 0; i < A.length; i++) if (!usedA[i]) den += unpairedWeight(A[i]!, leftB, pendingB, this.givenB).weight;
    for (let j = 0; j < m; j++) if (!usedB[j]) den += unpairedWeight(B[j]!, leftA, pendingA, this.givenA).weight;
    return den === 0 ? 0 : num / den;
  }
}

// A part that could still be the counterpart of a patronymic: a patronymic or an unplaced word.
function pendingPart(q: NamePart): boolean {
  return q.role === 'patronymic' || q.role === 'unknown';
}

function hasGiven(parts: NamePart[]): boolean {
  return parts.some((q) => q.role === 'given' || q.initial);
}

const PATRONYMIC_ABSENT = { weight: MISSING_WEIGHTS.patronymic, reason: 'patronymic absent on the other side' };
const EXTRA_INITIAL = { weight: MISSING_WEIGHTS.initial, reason: 'extra initial (patronymic or middle name)' };
const LONE_INITIAL = { weight: ROLE_WEIGHTS.initial * 2, reason: 'initial matches nothing' };
const GIVEN_ABSENT = { weight: MISSING_WEIGHTS.given, reason: 'given name absent on the other side' };
const NO_COUNTERPART = Object.fromEntries(
  (Object.keys(ROLE_WEIGHTS) as (Role | 'initial')[]).map((r) => [r, { weight: ROLE_WEIGHTS[r], reason: 'no counterpart' }]),
) as Record<Role, { weight: number; reason: string }>;

// What an unpaired part costs depends on what the other side left unpaired (how many parts,
// and whether one of them could be a patronymic): a patronymic or a given name the other
// side simply lacks is missing data, not a conflict.
function unpairedWeight(p: NamePart, otherLeft: number, otherPending: boolean, otherHasGiven: boolean): { weight: number; reason: string } {
  if (p.role === 'patronymic' && !otherPending) return PATRONYMIC_ABSENT;
  if (p.initial) return otherLeft === 0 ? EXTRA_INITIAL : LONE_INITIAL;
  if (p.role === 'given' && !otherHasGiven && otherLeft === 0) return GIVEN_ABSENT;
  return NO_COUNTERPART[p.role];
}

const round = (x: number) => Math.round(x * 10000) / 10000;
