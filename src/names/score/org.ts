/**
 * Organisation-name scoring and its explain twin. Legal forms are compared as classes and
 * weigh little; generic words (company, plant, holding) weigh half; an acronym pairs with
 * the run of words it abbreviates. Words the longer name has beyond the shorter one cost
 * less than words the shorter name cannot place (a name with an extra "management company
 * of holding X" is still the same plant).
 */
import { innerQuotedName } from './org-quoted.ts';
import { collapsePrefixAcronym } from './org-prefix-acronym.ts';
import { slashPieces } from './org-slash.ts';
import { parseOrgName, type OrgToken } from '../org.ts';
import { guessConventions } from '../phonetic.ts';
import { detectScript } from '../script.ts';
import { makePart, type NamePart } from '../structure.ts';
import { bestAlignment, type Pair } from './align.ts';
import { collapseAcronyms, collapseContractions, collapseMixed, collapseWholeName, wholeNameInitials, withoutOwnAcronyms } from './org-collapse.ts';
import { differentTowns, isDescriptor, isPartialAcronymPair, minPairSimilarity, wordSimilarity } from './org-word.ts';
import { JOINED_FACTOR, singleWordCap, type PairExplanation, type UnpairedExplanation } from './person.ts';
import { joinedSimilarityAtLeast, sharpen } from './token.ts';

/** Word weights by kind. */
export const ORG_WEIGHTS = { word: 1, location: 0.7, generic: 0.5, legalForm: 0.3 } as const;
/** Similarity of an acronym and a word starting with its first letter (GPO / Grodno). */
export const PARTIAL_ACRONYM_SIMILARITY = 0.75;
/** Factor on unpaired words of the name with more weight (extra words, not conflicts). */
export const EXTRA_WORD_FACTOR = 0.3;
/**
 * Further factor on an extra word of the longer name that is a descriptor (generic: airlines,
 * plant, company) or a place (Belarusian): "Belavia" is "Belavia Belarusian Airlines".
 */
export const EXTRA_DESCRIPTOR_FACTOR = 0.5;
/** Below this similarity two words are not paired. */
export const ORG_MIN_PAIR_SIMILARITY = 0.7;
/** Below this similarity two distinctive words are not paired. */
export const ORG_MIN_DISTINCTIVE_SIMILARITY = 0.75;
/**
 * Factor on a score that rests on partial acronyms alone (BLO / Belavia: an acronym and a word
 * that only starts with its first letter); with another word paired (GPO Azot / Гродно Азот)
 * the partial acronym is corroborated and the factor is not applied.
 */
export const LONE_PARTIAL_ACRONYM_FACTOR = 0.8;
/** Factor applied when both names state different legal forms. */
export const LEGAL_FORM_CONFLICT_FACTOR = 0.9;
/** Similarity given when one word is the stem of the other (Grodno / Grodnenskoye). */
export const STEM_SIMILARITY = 0.85;

export interface OrgExplanation {
  kind: 'organization';
  score: number;
  pairs: PairExplanation[];
  unpaired: UnpairedExplanation[];
  legalFormA?: string;
  legalFormB?: string;
  penalties: { reason: string; factor: number }[];
  /** The slash-separated alternatives that were compared, when not the whole names. */
  compared?: { a: string; b: string };
}

/** One word of an organisation name with its phonetic keys and weight. */
export interface Word {
  token: OrgToken;
  part: NamePart;
  weight: number;
}

/**
 * Scores two organisation names in [0, 1]. With a `floor`, a score below it may come back as
 * another value below it (see `scorePersonNames`); scores at or above it are exact.
 */
export function scoreOrgNames(a: string | PreparedOrgName, b: string | PreparedOrgName, floor = 0): number {
  const score = bestOrgScore(typeof a === 'string' ? prepareOrgName(a) : a, typeof b === 'string' ? prepareOrgName(b) : b, floor).result.score;
  return Math.round(score * 10000) / 10000;
}

/** An organisation name parsed once, for comparing against many others (screening). */
export interface PreparedOrgName {
  raw: string;
  legalForm?: string;
  words: Word[];
  /** The name written solid with its stop words (van der bilt → vanderbilt), when it has any. */
  solidWithStops?: string;
  /** The names a slash separates (Al-Qa'ida/Islamic Army), and a name quoted inside the quoted name (ОАО «Авиакомпания «Белавиа»): each is also compared on its own. */
  alternatives?: PreparedOrgName[];
  /** The initials of the whole name, stop words and legal-form letters in or out (see `wholeNameInitials`). */
  initials?: readonly string[];
}

/** Parses an organisation name for `explainOrgNames`; never throws. */
export function prepareOrgName(raw: string): PreparedOrgName {
  const prepared = prepareOne(raw);
  const pieces = slashPieces(raw);
  const quoted = innerQuotedName(raw);
  if (pieces.length > 1 || quoted) prepared.alternatives = [...(pieces.length > 1 ? pieces : []), ...(quoted ? [quoted] : [])].map(prepareOne);
  return prepared;
}

function prepareOne(raw: string): PreparedOrgName {
  const tokens = parseOrgName(raw, { keepStopWords: true });
  const all = words(tokens, raw);
  const kept = all.filter((w) => !w.token.stop);
  const initials = wholeNameInitials(tokens);
  return {
    raw,
    legalForm: tokens.find((t) => t.legalForm)?.legalForm,
    words: kept,
    ...(kept.length < all.length ? { solidWithStops: all.map(solid).join('') } : {}),
    ...(initials.length ? { initials } : {}),
  };
}

/** The explain twin of `scoreOrgNames`. Empty names score 0. */
export function explainOrgNames(a: string | PreparedOrgName, b: string | PreparedOrgName): OrgExplanation {
  const { pa: pa0, pb: pb0, result } = bestOrgScore(typeof a === 'string' ? prepareOrgName(a) : a, typeof b === 'string' ? prepareOrgName(b) : b);
  const { A, B, sims, pairs, score, penalties, extraA, extraB } = result;
  const pa = new Set(pairs.map((p) => p.a));
  const pb = new Set(pairs.map((p) => p.b));
  const unpaired: UnpairedExplanation[] = [
    ...A.filter((_, i) => !pa.has(i)).map((w) => ({
      side: 'a' as const,
      text: w.token.text,
      role: kindOf(w.token),
      weight: extraWeight(w, extraA),
      reason: extraA < 1 ? 'extra word in the longer name' : 'no counterpart',
    })),
    ...B.filter((_, j) => !pb.has(j)).map((w) => ({
      side: 'b' as const,
      text: w.token.text,
      role: kindOf(w.token),
      weight: extraWeight(w, extraB),
      reason: extraB < 1 ? 'extra word in the longer name' : 'no counterpart',
    })),
  ];
  const raws = [typeof a === 'string' ? a : a.raw, typeof b === 'string' ? b : b.raw];
  return {
    kind: 'organization',
    score: Math.round(score * 10000) / 10000,
    ...(pa0.raw !== raws[0] || pb0.raw !== raws[1] ? { compared: { a: pa0.raw, b: pb0.raw } } : {}),
    pairs: pairs.map(({ a: i, b: j }) => ({
      a: A[i]!.token.text,
      b: B[j]!.token.text,
      roleA: kindOf(A[i]!.token),
      roleB: kindOf(B[j]!.token),
      similarity: Math.round(sims[i]![j]! * 10000) / 10000,
      weight: Math.max(A[i]!.weight, B[j]!.weight),
      how: A[i]!.token.concept && A[i]!.token.concept === B[j]!.token.concept ? 'given-name' : sims[i]![j] === 1 ? 'exact' : 'phonetic',
      via:
        A[i]!.token.concept && A[i]!.token.concept === B[j]!.token.concept
          ? `concept ${A[i]!.token.concept}`
          : `${A[i]!.part.keys[0]?.skeleton} ~ ${B[j]!.part.keys[0]?.skeleton}`,
    })),
    unpaired,
    legalFormA: pa0.legalForm,
    legalFormB: pb0.legalForm,
    penalties,
  };
}

/** The best score over the whole names and their slash-separated alternatives (the first best wins). */
function bestOrgScore(pa: PreparedOrgName, pb: PreparedOrgName, floor = 0) {
  let best = { pa, pb, result: orgScore(pa, pb, floor) };
  if (!pa.alternatives && !pb.alternatives) return best;
  for (const x of [pa, ...(pa.alternatives ?? [])]) {
    for (const y of [pb, ...(pb.alternatives ?? [])]) {
      if (x === pa && y === pb) continue;
      const result = orgScore(x, y, floor);
      if (result.score > best.result.score) best = { pa: x, pb: y, result };
    }
  }
  return best;
}

/**
 * The score before rounding, with what the explanation is built from. Word similarities
 * below `ORG_MIN_PAIR_SIMILARITY` are not computed exactly (such words are never paired).
 */
function orgScore(pa0: PreparedOrgName, pb0: PreparedOrgName, floor = 0) {
  const legalA = pa0.legalForm;
  const legalB = pb0.legalForm;
  let A = withoutOwnAcronyms(pa0.words) as Word[];
  let B = withoutOwnAcronyms(pb0.words) as Word[];
  // The side collapsed first can change what the other collapses: the order is fixed by the
  // names, not by which is given first, so that a score is the same both ways.
  // A lone acronym spelling the other whole name, stop words and legal form included (PDVSA).
  B = collapseWholeName(A, B, pb0.initials);
  A = collapseWholeName(B, A, pa0.initials);
  // A syllable and capitals (БелАЗ) spelling the other whole name.
  B = collapseMixed(A, B);
  A = collapseMixed(B, A);
  // One word spelled by the beginnings of the other name's words (SEBIN, Conviasa, BANDES).
  B = collapsePrefixAcronym(A, B);
  A = collapsePrefixAcronym(B, A);
  if (pa0.raw <= pb0.raw) {
    B = collapseAcronyms(A, B);
    A = collapseAcronyms(B, A);
    B = collapseContractions(A, B);
    A = collapseContractions(B, A);
  } else {
    A = collapseAcronyms(B, A);
    B = collapseAcronyms(A, B);
    A = collapseContractions(B, A);
    B = collapseContractions(A, B);
  }
  const sims: number[][] = new Array(A.length);
  const allowed: boolean[][] = new Array(A.length);
  let pairable = 0;
  for (let i = 0; i < A.length; i++) {
    const row: number[] = (sims[i] = new Array(B.length));
    const ok: boolean[] = (allowed[i] = new Array(B.length));
    for (let j = 0; j < B.length; j++) if ((ok[j] = (row[j] = wordSimilarity(A[i]!, B[j]!)) >= minPairSimilarity(A[i]!, B[j]!))) pairable++;
  }
  const totalA = A.reduce((s, w) => s + w.weight, 0);
  const totalB = B.reduce((s, w) => s + w.weight, 0);
  // The name with more weight is the "longer" one; its leftovers are extras.
  const extraA = totalA > totalB ? EXTRA_WORD_FACTOR : 1;
  const extraB = totalB > totalA ? EXTRA_WORD_FACTOR : 1;
  const scorer = new OrgAlignmentScorer(A, B, sims, extraA, extraB);
  // With no pair allowed the only pairing is the empty one (what the search would return).
  const pairs = pairable === 0 ? [] : bestAlignment(A.length, B.length, allowed, sims, (p) => scorer.score(p));
  let score = scorer.score(pairs);
  const penalties: { reason: string; factor: number }[] = [];
  const legalConflict = !!legalA && !!legalB && legalA !== legalB;
  if (A.length > 0 && B.length > 0 && writtenWords(A) !== writtenWords(B)) {
    // Only a solid similarity above score / JOINED_FACTOR can change the score, and only
    // one that lifts the final score (rounded) to the floor can matter.
    const reach = Math.max(score, (floor - 1e-4) / (legalConflict ? LEGAL_FORM_CONFLICT_FACTOR : 1));
    // Written solid with and without stop words (van der bilt / vanderbilt; bank of america / bankamerica),
    // leaving out the words paired as one concept: a long shared descriptor (petrochemical
    // company) would make two different names alike as strings (Polotsk / Bu Ali Sina).
    const conceptA = new Set<number>();
    const conceptB = new Set<number>();
    for (const { a: i, b: j } of pairs) {
      if (A[i]!.token.concept && A[i]!.token.concept === B[j]!.token.concept) {
        conceptA.add(i);
        conceptB.add(j);
      }
    }
    const restA = A.filter((_, i) => !conceptA.has(i));
    const restB = B.filter((_, j) => !conceptB.has(j));
    const solidA = restA.map(solid);
    const solidB = restB.map(solid);
    // (Not when the two begin with two towns: Pinskdrev / Minsk Drev.)
    const towns = restA.length > 0 && restB.length > 0 && differentTowns(restA[0]!.part, restB[0]!.part);
    let joined = solidA.length && solidB.length && !towns ? sharpen(joinedSimilarityAtLeast(solidA, solidB, reach / JOINED_FACTOR)) : 0;
    if (!towns && (pa0.solidWithStops !== undefined || pb0.solidWithStops !== undefined)) {
      const withStops = sharpen(
        joinedSimilarityAtLeast(
          [pa0.solidWithStops ?? A.map(solid).join('')],
          [pb0.solidWithStops ?? B.map(solid).join('')],
          Math.max(reach, joined * JOINED_FACTOR) / JOINED_FACTOR,
        ),
      );
      if (withStops > joined) joined = withStops;
    }
    if (joined * JOINED_FACTOR > score) {
      penalties.push({ reason: `compared as one word (${Math.round(joined * 10000) / 10000})`, factor: JOINED_FACTOR });
      score = joined * JOINED_FACTOR;
    }
  }
  // Corroborated only by a distinctive word: descriptors and legal forms (holding, company,
  // LLC) are shared by any two companies (RVC Management Company / Rechitsa Management Company).
  if (
    pairs.some(({ a: i, b: j }) => isPartialAcronymPair(A[i]!, B[j]!, sims[i]![j]!)) &&
    pairs.every(({ a: i, b: j }) => isPartialAcronymPair(A[i]!, B[j]!, sims[i]![j]!) || (isDescriptor(A[i]!) && isDescriptor(B[j]!)))
  ) {
    penalties.push({ reason: 'only a partial acronym pairs (first letter), nothing distinctive corroborates it', factor: LONE_PARTIAL_ACRONYM_FACTOR });
    score *= LONE_PARTIAL_ACRONYM_FACTOR;
  } else if (A.length === 1 && B.length === 1 && score > 0 && score < 1) {
    // One word each (Belavia / Belaoua): nothing else agrees, as for persons.
    const single = singleWordCap(A[0]!.part, B[0]!.part, score);
    if (single < score) {
      penalties.push({
        reason: `one word on each side, written ${Math.round(single * 10000) / 10000} alike`,
        factor: Math.round((single / score) * 10000) / 10000,
      });
      score = single;
    }
  }
  if (legalConflict) {
    penalties.push({ reason: `legal forms differ (${legalA} vs ${legalB})`, factor: LEGAL_FORM_CONFLICT_FACTOR });
    score *= LEGAL_FORM_CONFLICT_FACTOR;
  }
  return { A, B, sims, pairs, score, penalties, extraA, extraB };
}

const solid = (w: Word): string => w.part.keys[0]?.skeleton ?? w.token.text;

// Words as written: a phrase read as one concept (trading house) still counts its words, so
// only words merged or split, not phrases recognised, call for the solid comparison.
function writtenWords(ws: readonly Word[]): number {
  let n = 0;
  for (const w of ws) n += w.token.text.split(' ').length;
  return n;
}

/**
 * Weighted mean of a pairing for the alignment search: paired words at the heavier weight,
 * unpaired words of the longer name ×EXTRA_WORD_FACTOR (sums in pair, A, B order).
 */
class OrgAlignmentScorer {
  private readonly usedA: Uint8Array;
  private readonly usedB: Uint8Array;

  constructor(
    private readonly A: Word[],
    private readonly B: Word[],
    private readonly sims: number[][],
    private readonly extraA: number,
    private readonly extraB: number,
  ) {
    this.usedA = new Uint8Array(A.length);
    this.usedB = new Uint8Array(B.length);
  }

  score(pairs: Pair[]): number {
    const { A, B, usedA, usedB } = this;
    usedA.fill(0);
    usedB.fill(0);
    let num = 0;
    let den = 0;
    for (const { a: i, b: j } of pairs) {
      const w = Math.max(A[i]!.weight, B[j]!.weight);
      num += w * this.sims[i]![j]!;
      den += w;
      usedA[i] = 1;
      usedB[j] = 1;
    }
    for (let i = 0; i < A.length; i++) if (!usedA[i]) den += extraWeight(A[i]!, this.extraA);
    for (let j = 0; j < B.length; j++) if (!usedB[j]) den += extraWeight(B[j]!, this.extraB);
    return den === 0 ? 0 : num / den;
  }
}

// The weight an unpaired word adds: full in the shorter name, ×`extra` in the longer one, and
// half that again for a descriptor or place word there.
function extraWeight(w: Word, extra: number): number {
  return extra < 1 && (w.token.generic || w.token.location) ? w.weight * extra * EXTRA_DESCRIPTOR_FACTOR : w.weight * extra;
}

function kindOf(t: OrgToken): string {
  return t.legalForm ? `legal form ${t.legalForm}` : t.concept ? `concept ${t.concept}` : t.acronym ? 'acronym' : 'word';
}

// Legal forms take part in the score only when both sides state one (see penalties).
// Stop words stay in, marked (`token.stop`), for `solidWithStops`; `prepareOne` leaves them out of the words.
function words(tokens: OrgToken[], raw: string): Word[] {
  // The name proper decides how its Latin letters read: an English descriptor (Works, Power)
  // must not make "Rechitsa" Polish.
  const own = tokens.filter((t) => !t.legalForm && !t.concept && !t.stop).map((t) => t.text);
  const conventions = guessConventions((own.length ? own.join(' ') : raw).toLowerCase());
  const script = detectScript(raw);
  return tokens
    .filter((t) => !t.legalForm)
    .map((t) => ({
      token: t,
      part: makePart(t.text.replace(/ /gu, ''), conventions, script),
      weight: t.generic ? ORG_WEIGHTS.generic : t.location ? ORG_WEIGHTS.location : ORG_WEIGHTS.word,
    }));
}
