/**
 * The arithmetic of person scores: role weights, what an unpaired part costs, and the
 * weighted mean of a pairing — once with explanation objects (`tally`) and once as a plain
 * number for the alignment search (`AlignmentScorer`), with the same sums in the same order.
 */
import type { NamePart, Role } from '../structure.ts';
import type { Pair } from './align.ts';
import type { PartMatch } from './part.ts';
import type { UnpairedExplanation } from './person.ts';

/** Weights of part roles; surnames count most (logic-v2 weighs family names ×1.3). */
export const ROLE_WEIGHTS: Readonly<Record<Role | 'initial', number>> = {
  surname: 1.3,
  given: 1,
  patronymic: 0.8,
  unknown: 1,
  initial: 0.5,
};
/** Weight of a part left unpaired when the other side has nothing of its kind. */
export const MISSING_WEIGHTS = { patronymic: 0, initial: 0.2, given: 0.3 } as const;

export const roleOf = (p: NamePart): Role | 'initial' => (p.initial ? 'initial' : p.role);

export function pairWeight(x: NamePart, y: NamePart): number {
  if (x.initial || y.initial) return ROLE_WEIGHTS.initial;
  return Math.max(ROLE_WEIGHTS[x.role], ROLE_WEIGHTS[y.role]);
}

export function tally(A: NamePart[], B: NamePart[], matches: PartMatch[][], pairs: Pair[]) {
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
 * building explanation objects.
 */
export class AlignmentScorer {
  private readonly givenA: boolean;
  private readonly givenB: boolean;

  constructor(
    private readonly A: NamePart[],
    private readonly B: NamePart[],
    private readonly sims: number[][],
  ) {
    this.givenA = hasGiven(A);
    this.givenB = hasGiven(B);
  }

  score(pairs: Pair[]): number {
    const { A, B } = this;
    if (usedA.length < A.length || usedB.length < B.length) {
      usedA = new Uint8Array(A.length * 2);
      usedB = new Uint8Array(B.length * 2);
    }
    usedA.fill(0, 0, A.length);
    usedB.fill(0, 0, B.length);
    let num = 0;
    let den = 0;
    for (const { a, b } of pairs) {
      const w = pairWeight(A[a]!, B[b]!);
      num += w * this.sims[a]![b]!;
      den += w;
      usedA[a] = 1;
      usedB[b] = 1;
    }
    let leftA = 0;
    let leftB = 0;
    let pendingA = false;
    let pendingB = false;
    for (let i = 0; i < A.length; i++)
      if (!usedA[i]) {
        leftA++;
        pendingA ||= pendingPart(A[i]!);
      }
    for (let j = 0; j < B.length; j++)
      if (!usedB[j]) {
        leftB++;
        pendingB ||= pendingPart(B[j]!);
      }
    for (let i = 0; i < A.length; i++) if (!usedA[i]) den += unpairedWeight(A[i]!, leftB, pendingB, this.givenB).weight;
    for (let j = 0; j < B.length; j++) if (!usedB[j]) den += unpairedWeight(B[j]!, leftA, pendingA, this.givenA).weight;
    return den === 0 ? 0 : num / den;
  }
}

// Flags of paired parts, shared by every scorer (scoring is synchronous and not re-entrant).
let usedA = new Uint8Array(16);
let usedB = new Uint8Array(16);

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
