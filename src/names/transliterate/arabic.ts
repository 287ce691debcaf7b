import type { RomanisationSystem } from './system.ts';

// Letters shared by both readings below (BGN/PCGN 1956 Arabic, without diacritics; the
// ʿayn and hamza, which have no Latin letter in everyday spelling, are left out).
const CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: '',
  ؤ: '',
  ئ: '',
  ة: 'a',
  ى: 'a',
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  // Persian and Urdu letters.
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ک: 'k',
  ی: 'i',
};

/**
 * Arabic script, BGN/PCGN 1956 romanisation (simplified: no macrons or dots): long vowels
 * written with و and ي read as u and i. Short vowels are not written in Arabic, so a key
 * lacks them; the skeleton distance charges little for a missing vowel. Example: بشار → bshar.
 */
export const ARABIC_BGN_PCGN: RomanisationSystem = {
  id: 'bgn-pcgn-ar',
  label: 'BGN/PCGN Arabic',
  source: 'BGN/PCGN 1956 System for Arabic (simplified, without diacritics)',
  languages: ['ar'],
  convention: 'english',
  letters: { ...CONSONANTS, و: 'u', ي: 'i' },
};

/**
 * Arabic script spelling a foreign (European) name: Arabic has no p, e or o, so the press
 * writes p with ب, o with و and e with ي (بيريز = Pérez, فرناندو = Fernando). This reading
 * gives those letters their foreign values. Source: the usual Arabic adaptation of
 * foreign names, which has no letters for p, e and o.
 */
export const ARABIC_FOREIGN: RomanisationSystem = {
  id: 'arabic-foreign',
  label: 'Arabic spelling of foreign names',
  source: 'Arabic transcription of European names (ب for p/b, و for o/u, ي for e/i)',
  languages: ['ar'],
  convention: 'english',
  letters: { ...CONSONANTS, ب: 'p', و: 'o', ي: 'e' },
};
