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
export const MISSING_WEIGHTS = { patronymic: 0, initial: 0.2, given: 0.3, surname: 0.3, middle: 0.3 } as const;

/** Two particles paired (al / el, bin / ibn): they say little of who is named. */
export const PARTICLE_PAIR_WEIGHT = 0.3;

export const roleOf = (p: NamePart): Role | 'initial' => (p.initial ? 'initial' : p.role);

export function pairWeight(x: NamePart, y: NamePart): number {
  if (x.initial || y.initial) return ROLE_WEIGHTS.initial;
  if (x.particle && y.particle) return PARTICLE_PAIR_WEIGHT;
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
  const rolesA = rolesPaired(A.filter((_, i) => pairedA.has(i)));
  const rolesB = rolesPaired(B.filter((_, i) => pairedB.has(i)));
  for (const { a, b } of pairs) markInitialForWord(rolesA, rolesB, A[a]!, B[b]!);
  const ends = chainShortened(
    A,
    B,
    pairs,
    matches.map((row) => row.map((mt) => mt.similarity)),
    countLeft(leftA) + countLeft(leftB),
  );
  const slotsA = slotsLeft(leftA);
  const slotsB = slotsLeft(leftB);
  for (const p of leftA) {
    const { weight, reason } = unpairedWeight(p, countLeft(leftB), leftB.some(pendingPart), givenB, rolesA, ends, leftB.some(isSurname), slotsB);
    den += weight;
    unpaired.push({ side: 'a', text: p.text, role: roleOf(p), weight, reason });
  }
  for (const p of leftB) {
    const { weight, reason } = unpairedWeight(p, countLeft(leftA), leftA.some(pendingPart), givenA, rolesB, ends, leftA.some(isSurname), slotsA);
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
    const rolesA = { given: false, surname: false, initialForWord: false };
    const rolesB = { given: false, surname: false, initialForWord: false };
    for (const { a, b } of pairs) {
      const w = pairWeight(A[a]!, B[b]!);
      num += w * this.sims[a]![b]!;
      den += w;
      usedA[a] = 1;
      usedB[b] = 1;
      markInitialForWord(rolesA, rolesB, A[a]!, B[b]!);
    }
    let leftA = 0;
    let leftB = 0;
    let pendingA = false;
    let pendingB = false;
    let surnameA = false;
    let surnameB = false;
    const slotsA = { given: false, surname: false };
    const slotsB = { given: false, surname: false };
    for (let i = 0; i < A.length; i++) {
      if (!usedA[i]) {
        if (!A[i]!.married) leftA++;
        pendingA ||= pendingPart(A[i]!);
        surnameA ||= isSurname(A[i]!);
        markSlot(slotsA, A[i]!);
      } else markRole(rolesA, A[i]!);
    }
    for (let j = 0; j < B.length; j++) {
      if (!usedB[j]) {
        if (!B[j]!.married) leftB++;
        pendingB ||= pendingPart(B[j]!);
        surnameB ||= isSurname(B[j]!);
        markSlot(slotsB, B[j]!);
      } else markRole(rolesB, B[j]!);
    }
    const ends = (leftA === 0 || leftB === 0) && chainShortened(A, B, pairs, this.sims, leftA + leftB);
    for (let i = 0; i < A.length; i++) if (!usedA[i]) den += unpairedWeight(A[i]!, leftB, pendingB, this.givenB, rolesA, ends, surnameB, slotsB).weight;
    for (let j = 0; j < B.length; j++) if (!usedB[j]) den += unpairedWeight(B[j]!, leftA, pendingA, this.givenA, rolesB, ends, surnameA, slotsA).weight;
    return den === 0 ? 0 : num / den;
  }
}

/** Least similarity of the first and of the last pair for `chainShortened`. */
export const CHAIN_END_SIMILARITY = 0.9;

/**
 * Whether one name is the other with words left out of its middle: the first parts of the
 * two names are paired together, so are their last parts, both pairs closely alike, and the
 * words left out (`left`, all on one side) are fewer than the paired words (particles not
 * counted). A middle name, or the father's and grandfather's names of a name chain (Ali
 * Hassan Omar Karimi / Ali Karimi), written on one side only. Two names that share only a
 * very common first and last word (Ali … Karimi) with more words between stay apart.
 */
function chainShortened(A: readonly NamePart[], B: readonly NamePart[], pairs: readonly Pair[], sims: readonly (readonly number[])[], left: number): boolean {
  if (left === 0) return false;
  let firsts = false;
  let lasts = false;
  let words = 0;
  for (const { a, b } of pairs) {
    if (!A[a]!.particle) words++;
    if (a === 0 && b === 0) firsts = sims[a]![b]! >= CHAIN_END_SIMILARITY;
    if (a === A.length - 1 && b === B.length - 1) lasts = sims[a]![b]! >= CHAIN_END_SIMILARITY;
  }
  return firsts && lasts && left < words;
}

function rolesPaired(paired: NamePart[]): RolesPaired {
  const roles = { given: false, surname: false, initialForWord: false };
  for (const p of paired) markRole(roles, p);
  return roles;
}

// An initial of one side paired with a word of the other (A. / Aris).
function markInitialForWord(rolesA: RolesPaired, rolesB: RolesPaired, a: NamePart, b: NamePart): void {
  if (a.initial && !b.initial) rolesA.initialForWord = true;
  if (b.initial && !a.initial) rolesB.initialForWord = true;
}

function markRole(roles: { given: boolean; surname: boolean }, p: NamePart): void {
  if (p.initial) return;
  if (p.role === 'given') roles.given = true;
  else if (p.role === 'surname') roles.surname = true;
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
const SECOND_GIVEN_ABSENT = { weight: MISSING_WEIGHTS.given, reason: 'second given name absent on the other side' };
const MIDDLE_ABSENT = { weight: MISSING_WEIGHTS.middle, reason: 'middle name absent on the other side (both names begin and end alike)' };
const SECOND_SURNAME_ABSENT = { weight: MISSING_WEIGHTS.surname, reason: 'second surname absent on the other side' };
const MARRIED_NAME_OTHER = { weight: MISSING_WEIGHTS.surname / 2, reason: 'a married name (de …): the other side writes another second surname' };
const MARRIED_NAME_ABSENT = { weight: MISSING_WEIGHTS.surname, reason: 'a married name (de …) absent on the other side' };
const NO_COUNTERPART = Object.fromEntries(
  (Object.keys(ROLE_WEIGHTS) as (Role | 'initial')[]).map((r) => [r, { weight: ROLE_WEIGHTS[r], reason: 'no counterpart' }]),
) as Record<Role, { weight: number; reason: string }>;

// What an unpaired part costs depends on what the other side left unpaired (how many parts,
// and whether one of them could be a patronymic): a patronymic or a given name the other
// side simply lacks is missing data, not a conflict.
//
// With everything of the other side paired, an extra given name or surname of a name that
// has another one paired is a name written shorter (Spanish and Portuguese names drop the
// second given name or the mother's surname: Juan Guanipa / GUANIPA VILLALOBOS, Juan Pablo).
const isSurname = (p: NamePart) => p.role === 'surname';

/**
 * What the parts a side left unpaired could stand in for: a given name (a given name, an
 * initial, a patronymic or a word of unknown role) or a surname (a surname, a patronymic or a
 * word of unknown role). A married name stands in for neither.
 */
interface SlotsLeft {
  given: boolean;
  surname: boolean;
}
// Words that tell a son from his father of the same name.
const GENERATIONAL = new Set(['hijo', 'jr', 'junior', 'júnior', 'filho', 'neto', 'sobrinho', 'sr', 'senior']);

function slotsLeft(parts: readonly NamePart[]): SlotsLeft {
  const slots = { given: false, surname: false };
  for (const p of parts) markSlot(slots, p);
  return slots;
}
function markSlot(slots: SlotsLeft, p: NamePart): void {
  if (p.married) return;
  if (GENERATIONAL.has(p.text)) {
    slots.given = slots.surname = true;
    return;
  }
  // (A patronymic stands where a second given name would, Sergey Ivanovich / Sergio David, and
  // says the name is not one of two surnames: it blocks both.)
  if (p.initial || p.role === 'given' || p.role === 'unknown' || p.role === 'patronymic') slots.given = true;
  if (!p.initial && (p.role === 'surname' || p.role === 'unknown' || p.role === 'patronymic')) slots.surname = true;
}

// The parts a side left unpaired, but for a married name (it is optional: see `unpairedWeight`).
function countLeft(parts: readonly NamePart[]): number {
  let n = 0;
  for (const p of parts) if (!p.married) n++;
  return n;
}

function unpairedWeight(
  p: NamePart,
  otherLeft: number,
  otherPending: boolean,
  otherHasGiven: boolean,
  ownPaired: RolesPaired,
  endsPaired: boolean,
  otherSurnameLeft: boolean,
  otherSlots: SlotsLeft,
): { weight: number; reason: string } {
  if (p.role === 'patronymic' && !otherPending) return PATRONYMIC_ABSENT;
  if (p.initial) return otherLeft === 0 ? EXTRA_INITIAL : LONE_INITIAL;
  // (Not when an initial of this side took the other side's word in its place: Aris paired with
  // the A. of "SALAZAR HERNANDEZ, Maria A" leaves Maria without the counterpart it could have had.)
  if (p.role === 'given' && !otherHasGiven && otherLeft === 0 && !ownPaired.initialForWord) return GIVEN_ABSENT;
  if (otherLeft === 0 && p.role === 'given' && ownPaired.given) return SECOND_GIVEN_ABSENT;
  // "hijo", "Jr.", "Filho" on one side only may tell the son from the father: a full word.
  if (GENERATIONAL.has(p.text)) return NO_COUNTERPART[p.role];
  // Each side dropped a part of another kind (Marco Garcés Carapaica / Marco Antonio Garcés:
  // one the second surname, the other the second given name), both sides agreeing on a given
  // name and a surname: each is a name written shorter, not a conflict.
  const agree = ownPaired.given && ownPaired.surname;
  if (agree && p.role === 'given' && !otherSlots.given) return SECOND_GIVEN_ABSENT;
  if (agree && p.role === 'surname' && !p.married && !otherSlots.surname) return SECOND_SURNAME_ABSENT;
  // A married name (de Maduro) is no conflict with the other side's second surname: a woman's
  // name carries her mother's surname or her husband's, and lists write either. Against a
  // surname the other side left too, the two cost what one missing surname costs.
  if (p.married && ownPaired.surname) return otherSurnameLeft ? MARRIED_NAME_OTHER : MARRIED_NAME_ABSENT;
  if (otherLeft === 0 && p.role === 'surname' && ownPaired.surname) return SECOND_SURNAME_ABSENT;
  if (otherLeft === 0 && p.role === 'unknown' && endsPaired) return MIDDLE_ABSENT;
  return NO_COUNTERPART[p.role];
}

/** Whether a side has a given name and a surname among its paired parts. */
interface RolesPaired {
  given: boolean;
  surname: boolean;
  /** An initial of the side paired with a word (not an initial) of the other. */
  initialForWord: boolean;
}
const NONE_PAIRED: RolesPaired = { given: false, surname: false, initialForWord: false };
