/**
 * The OFAC-style baseline scorer for `bench/names.ts` (after nomenklatura's `ofac`
 * emulation, described in research/MATCHING.md §3): ASCII-fold both names, then take the
 * better of (a) whole-string Jaro-Winkler, counted only when the first letters agree, and
 * (b) the mean over query tokens of their best Jaro-Winkler against the other name's
 * tokens, pairs under 0.5 zeroed, tokens of ≤ 2 characters dropped. Symmetrised by taking
 * the maximum of both directions. Cyrillic is not transliterated (OFAC's tool does not).
 */
import { asciiFold } from '../src/names/index.ts';

/** Match threshold of the baseline (OFAC's tool defaults to a 0.85 minimum score). */
export const BASELINE_THRESHOLD = 0.85;

/** Jaro-Winkler similarity with the prefix bonus applied unconditionally (SimMetrics). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  if (!a.length || !b.length) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const ma = new Array<boolean>(a.length).fill(false);
  const mb = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = mb[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function oneWay(q: string[], r: string[]): number {
  const tokens = q.filter((t) => t.length > 2);
  if (!tokens.length || !r.length) return 0;
  let sum = 0;
  for (const t of tokens) {
    const best = Math.max(...r.map((x) => jaroWinkler(t, x)));
    sum += best < 0.5 ? 0 : best;
  }
  return sum / tokens.length;
}

/** Baseline score in [0, 1]; empty names score 0. */
export function baselineScore(a: string, b: string): number {
  const fa = asciiFold(a);
  const fb = asciiFold(b);
  if (!fa || !fb) return 0;
  const whole = fa[0] === fb[0] ? jaroWinkler(fa, fb) : 0;
  const ta = fa.split(' ');
  const tb = fb.split(' ');
  return Math.max(whole, oneWay(ta, tb), oneWay(tb, ta));
}
