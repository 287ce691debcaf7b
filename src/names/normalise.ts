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

// Latin and Cyrillic letters that look alike (lowercase, and the lowercase of capitals that look
// alike: B/В, H/Н, K/К, M/М, T/Т). A word typed with both scripts (a Cyrillic name with a
// Latin "e", keyboard layouts, pasted text) is read in the script most of its letters use.
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([l, c]) => [c, l]));
const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** A lowercase word mixing Latin and Cyrillic letters, its look-alike letters moved to the script of most of its letters. */
export function unmixScripts(word: string): string {
  if (!LATIN_LETTER.test(word) || !CYRILLIC_LETTER.test(word)) return word;
  let latin = 0;
  let cyrillic = 0;
  for (const ch of word) {
    if (CYRILLIC_LETTER.test(ch)) cyrillic++;
    else if (LATIN_LETTER.test(ch)) latin++;
  }
  const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  let out = '';
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

/**
 * NFKC, lowercase, apostrophes unified to `'`, punctuation to single spaces, trimmed.
 * `«Беларуськалий»` → `беларуськалий`; `A.G. LUKASHENKO` → `a g lukashenko`.
 * A word mixing Latin and Cyrillic letters is read in one script (`unmixScripts`).
 * Empty or whitespace-only input gives `''`.
 */
export function normaliseText(text: string): string {
  // A single word of plain Latin or Cyrillic letters (most tokens) is already NFKC-stable
  // and has no punctuation: lowercasing is all the steps below would do.
  if (PLAIN_WORD.test(text)) return unmixScripts(text.toLowerCase());
  const norm = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(SEPARATORS, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return LATIN_LETTER.test(norm) && CYRILLIC_LETTER.test(norm) ? norm.split(' ').map(unmixScripts).join(' ') : norm;
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
