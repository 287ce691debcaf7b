/**
 * When two surnames are two families (internal to `person.ts`): a pair below the surname floor
 * that is no typing error (Lavrov / Lavrinov), and East Slavic formations that differ on a near
 * stem (Miklashevich / Miklashevsky, Kolesnikova / Kolesnik), and a patronymic against a
 * surname on the father's stem (Ivanovich / Ivanov). Such pairs are given
 * `FORMATION_CONFLICT_SIMILARITY`, below pairing.
 */
import { asciiFold } from '../normalise.ts';
import { CZECH_FEMININE_SYSTEM, PATRONYMIC_SUFFIX, type NamePart } from '../structure.ts';

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
export function surnamesApart(a: NamePart, b: NamePart, similarity: number): boolean {
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
export function formationsDiffer(a: NamePart, b: NamePart): boolean {
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
export function patronymicMeetsOtherWord(a: NamePart, b: NamePart): boolean {
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

/** Score factor when two surnames pair in the other order (see `surnamesSwapped`). */
export const SURNAMES_SWAPPED_FACTOR = 0.7;

/**
 * True when each side has two surnames and they pair crosswise (Delcy Rodríguez Gómez / Delcy
 * Gómez Rodríguez): a Spanish or Portuguese name's two surnames come in a fixed order, the
 * father's then the mother's, and siblings share it, so the other order is another family's
 * child (a cousin), not the same person written otherwise. Not in names with a particle (de,
 * da, dos …): a compound surname or a married name moves as one (Boris de Pfeffel Johnson /
 * Boris Johnson de Pfeffel).
 */
export function surnamesSwapped(
  A: readonly NamePart[],
  B: readonly NamePart[],
  pairs: readonly { a: number; b: number }[],
  rawA: string,
  rawB: string,
): boolean {
  if (PARTICLE.test(rawA) || PARTICLE.test(rawB)) return false;
  const both = pairs.filter(({ a, b }) => isPlainSurname(A[a]!) && isPlainSurname(B[b]!));
  if (both.length !== 2) return false;
  if (A.filter(isPlainSurname).length !== 2 || B.filter(isPlainSurname).length !== 2) return false;
  const [p, q] = both as [{ a: number; b: number }, { a: number; b: number }];
  return p.a < q.a !== p.b < q.b;
}
const isPlainSurname = (p: NamePart): boolean => p.role === 'surname' && !p.married && !p.initial;
const PARTICLE = /(?:^|[\s,])(?:de|del|da|do|dos|das|di|van|von|le|la)(?=[\s,])/iu;
