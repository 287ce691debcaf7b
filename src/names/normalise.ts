/**
 * Text normalisation shared by every step: Unicode NFKC, lowercase, one apostrophe, and
 * punctuation folded to spaces. Pure functions of strings.
 */

// Apostrophe look-alikes used in Belarusian and Ukrainian (Дар’я, Дар'я, Darʹja, Dar`ja).
const APOSTROPHES = /[’‘ʼʹʺ`´']/gu;
// Everything that separates words in names: punctuation, quotes, brackets, dashes, slashes.
const SEPARATORS = /[\s.,;:!?()[\]{}«»„“”"‹›<>/\\|+&*#@_\-‐‑‒–—―]+/gu;

// Latin A–Z and the Cyrillic letters of U+0400–U+04FF (without the combining marks U+0482–U+0489).
const PLAIN_WORD = /^[A-Za-z\u0400-\u0481\u048a-\u04ff]+$/u;

/**
 * NFKC, lowercase, apostrophes unified to `'`, punctuation to single spaces, trimmed.
 * `«Беларуськалий»` → `беларуськалий`; `A.G. LUKASHENKO` → `a g lukashenko`.
 * Empty or whitespace-only input gives `''`.
 */
export function normaliseText(text: string): string {
  // A single word of plain Latin or Cyrillic letters (most tokens) is already NFKC-stable
  // and has no punctuation: lowercasing is all the steps below would do.
  if (PLAIN_WORD.test(text)) return text.toLowerCase();
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
