/**
 * Text normalisation shared by every step: Unicode NFKC, lowercase, one apostrophe, and
 * punctuation folded to spaces. Pure functions of strings.
 */

// Apostrophe look-alikes used in Belarusian and Ukrainian (Дар’я, Дар'я, Darʹja, Dar`ja).
const APOSTROPHES = /[’‘ʼʹʺ`´']/gu;
// Everything that separates words in names: punctuation, quotes, brackets, dashes, slashes.
const SEPARATORS = /[\s.,;:!?()[\]{}«»„“”"‹›<>/\\|+&*#@_\-‐‑‒–—―]+/gu;

/**
 * NFKC, lowercase, apostrophes unified to `'`, punctuation to single spaces, trimmed.
 * `«Беларуськалий»` → `беларуськалий`; `A.G. LUKASHENKO` → `a g lukashenko`.
 * Empty or whitespace-only input gives `''`.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(SEPARATORS, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Splits a text into normalised tokens (see `normaliseText`); `[]` for empty input. */
export function tokenise(text: string): string[] {
  const norm = normaliseText(text);
  return norm ? norm.split(' ') : [];
}

/**
 * Folds Latin diacritics to plain ASCII letters (`Łukašenka` → `lukasenka`) after
 * normalising; non-Latin letters are kept. Used by the baseline and blocking, not by the
 * scorer, which reads diacritics as sounds (see `phonetic.ts`).
 */
export function asciiFold(text: string): string {
  return normaliseText(text)
    .replace(/ł/gu, 'l')
    .replace(/ø/gu, 'o')
    .replace(/ß/gu, 'ss')
    .replace(/æ/gu, 'ae')
    .replace(/đ/gu, 'd')
    .replace(/ı/gu, 'i')
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/'/gu, '')
    .normalize('NFC');
}
