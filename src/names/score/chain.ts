/**
 * Order rules for names built as a chain of components (Arabic and related naming: given
 * name, "son of" and the father's name, the grandfather's name, then the family, tribal or
 * place name). Word order is otherwise free in person names (Lukashenko Alexander /
 * Alexander Lukashenko), but two facts of a chain are not:
 *
 * - "X bin Y" says X is the son of Y; "Y bin X" names the father or the son, another
 *   person. A pairing that crosses a son-of particle is a conflict.
 * - Where both names leave a word unpaired in the same place of the chain, between the same
 *   paired neighbours (Ali Hassan Karimi / Ali Omar Karimi), the father's or grandfather's
 *   names differ: another person, however many other components agree.
 */
import type { NamePart } from '../structure.ts';
import type { Pair } from './align.ts';

/** Factor applied when a pairing crosses a son-of particle (X bin Y / Y bin X). */
export const SON_OF_REVERSED_FACTOR = 0.7;
/** Factor applied when both names leave a word unpaired between the same paired neighbours. */
export const SLOT_CONFLICT_FACTOR = 0.9;

const isSonOf = (p: NamePart): boolean => p.particle && p.keys.some((k) => k.skeleton === '~ibn' || k.skeleton === '~bint');
const isWord = (p: NamePart): boolean => !p.particle && !p.initial;

/** Partner index on the other side of each part of one side; -1 when unpaired. */
function partners(n: number, pairs: readonly Pair[], side: 'a' | 'b'): Int16Array {
  const out = new Int16Array(n).fill(-1);
  for (const p of pairs) out[side === 'a' ? p.a : p.b] = side === 'a' ? p.b : p.a;
  return out;
}

/** The nearest word before (`step` -1) or after (`step` 1) index `k`; -1 when none. */
function wordFrom(parts: readonly NamePart[], k: number, step: 1 | -1): number {
  for (let i = k + step; i >= 0 && i < parts.length; i += step) if (isWord(parts[i]!)) return i;
  return -1;
}

/**
 * True when both names are written as chains (a son-of particle between two words, no
 * comma that moves the family name first) and, on one side, the words around a son-of
 * particle pair in reverse order. A name whose particle stands at an end (Salman Mohammed
 * bin) is a scrambled form, not a chain, and is left alone.
 */
export function sonOfReversed(A: readonly NamePart[], B: readonly NamePart[], pairs: readonly Pair[], commaA: boolean, commaB: boolean): boolean {
  if (commaA || commaB || !writtenAsChain(A) || !writtenAsChain(B)) return false;
  return crosses(A, partners(A.length, pairs, 'a')) || crosses(B, partners(B.length, pairs, 'b'));
}

function writtenAsChain(parts: readonly NamePart[]): boolean {
  for (let k = 1; k < parts.length - 1; k++) if (isSonOf(parts[k]!) && wordFrom(parts, k, -1) >= 0 && wordFrom(parts, k, 1) >= 0) return true;
  return false;
}

function crosses(parts: readonly NamePart[], partner: Int16Array): boolean {
  for (let k = 1; k < parts.length - 1; k++) {
    if (!isSonOf(parts[k]!)) continue;
    const before = wordFrom(parts, k, -1);
    const after = wordFrom(parts, k, 1);
    if (before < 0 || after < 0) continue;
    const pb = partner[before]!;
    const pa = partner[after]!;
    if (pb >= 0 && pa >= 0 && pb > pa) return true;
  }
  return false;
}

/**
 * True when an unpaired word of A and an unpaired word of B sit between the same two pairs,
 * the pairs in the same order on both sides.
 */
export function slotConflict(A: readonly NamePart[], B: readonly NamePart[], pairs: readonly Pair[]): boolean {
  // Both sides need an unpaired word (the common case, one side fully paired, ends here).
  if (pairs.length < 2 || pairs.length >= A.length || pairs.length >= B.length) return false;
  const pa = partners(A.length, pairs, 'a');
  const pb = partners(B.length, pairs, 'b');
  for (let i = 1; i < A.length - 1; i++) {
    if (pa[i]! >= 0 || !isWord(A[i]!)) continue;
    let prev = i - 1;
    while (prev >= 0 && pa[prev]! < 0) prev--;
    let next = i + 1;
    while (next < A.length && pa[next]! < 0) next++;
    if (prev < 0 || next >= A.length) continue;
    const lo = pa[prev]!;
    const hi = pa[next]!;
    for (let j = lo + 1; j < hi; j++) if (pb[j]! < 0 && isWord(B[j]!)) return true;
  }
  return false;
}
