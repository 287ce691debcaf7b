/**
 * Script and language detection for names, from letters alone. Belarusian, Russian and
 * Ukrainian share most of the Cyrillic alphabet; a few letters tell them apart:
 * і ў (Belarusian, і also Ukrainian), ы э ё ъ (Russian, ы э ё also Belarusian), є ї ґ
 * (Ukrainian), и щ (Russian and Ukrainian, never Belarusian).
 */

/**
 * `be` `ru` `uk`: Cyrillic whose letters point to one language; `cyrillic`: Cyrillic that
 * could be any of them; `lacinka`: Latin with Łacinka letters (ł ŭ ś ź ć ń č š ž);
 * `latin`, `greek`, `arabic`, `other`; `mixed`: more than one script.
 */
export type Script = 'be' | 'ru' | 'uk' | 'cyrillic' | 'latin' | 'lacinka' | 'greek' | 'arabic' | 'other' | 'mixed';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const GREEK = /\p{Script=Greek}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Detects the script of a text (any case). Returns `other` for text without letters. */
export function detectScript(text: string): Script {
  let cyr = 0;
  let lat = 0;
  let grk = 0;
  let arb = 0;
  for (const ch of text) {
    // ASCII and the Cyrillic letter block without regular expressions (same answers).
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat++;
      continue;
    }
    if ((c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x4ff)) {
      cyr++;
      continue;
    }
    if (CYRILLIC.test(ch)) cyr++;
    else if (LATIN.test(ch)) lat++;
    else if (GREEK.test(ch)) grk++;
    else if (ARABIC.test(ch)) arb++;
  }
  const kinds = [cyr, lat, grk, arb].filter((n) => n > 0).length;
  if (kinds === 0) return 'other';
  if (kinds > 1) return 'mixed';
  if (cyr) return cyrillicLanguage(text.toLowerCase());
  if (lat) return /[łŭǔśźćńčšž]/u.test(text.toLowerCase()) ? 'lacinka' : 'latin';
  if (grk) return 'greek';
  return 'arabic';
}

/** Which East Slavic language a lowercase Cyrillic text is written in, or `cyrillic`. */
export function cyrillicLanguage(lower: string): 'be' | 'ru' | 'uk' | 'cyrillic' {
  const be = /[ўі]/u.test(lower) && !/[иъщ]/u.test(lower);
  const uk = /[єїґ]/u.test(lower) || (/і/u.test(lower) && /и/u.test(lower) && !/[ыэёъ]/u.test(lower));
  const ru = /[иъщ]/u.test(lower) && !/[ўієїґ]/u.test(lower);
  if (uk && !be) return 'uk';
  if (be) return 'be';
  if (ru) return 'ru';
  // Only shared letters, or ы/э, which Russian and Belarusian both use.
  return 'cyrillic';
}

/** True when the text contains any Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/**
 * ISO 15924 codes of the scripts names are written in, in the order they win when a name mixes
 * them: Cyrillic first, Latin last (a transliteration next to the original names the original).
 */
const ISO_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'Cyrl'],
  [/\p{Script=Arabic}/u, 'Arab'],
  [/\p{Script=Hangul}/u, 'Hang'],
  [/\p{Script=Han}/u, 'Hani'],
  [/\p{Script=Hebrew}/u, 'Hebr'],
  [/\p{Script=Greek}/u, 'Grek'],
  [/\p{Script=Georgian}/u, 'Geor'],
  [/\p{Script=Armenian}/u, 'Armn'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Jpan'],
  [LATIN, 'Latn'],
];

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * The ISO 15924 code (`Cyrl`, `Latn`, `Arab`, `Hani`…) of a name, as sanctions lists tag names:
 * the first script of `ISO_SCRIPTS` found in it; undefined when it has no letters. Built on
 * `detectScript`, which settles Cyrillic and Arabic; other texts are looked up in the table.
 */
export function scriptCode(text: string): string | undefined {
  // The only ASCII characters with a script are the Latin letters.
  if (ASCII_ONLY.test(text)) return ASCII_LETTER.test(text) ? 'Latn' : undefined;
  const script = detectScript(text);
  if (script === 'be' || script === 'ru' || script === 'uk' || script === 'cyrillic') return 'Cyrl';
  if (script === 'arabic') return 'Arab';
  for (const [re, code] of ISO_SCRIPTS) if (re.test(text)) return code;
  return undefined;
}
