import type { RomanisationSystem } from './system.ts';

/**
 * ICAO Doc 9303 (7th edition, 2015), Part 3, transliteration for machine-readable travel
 * documents; used in Russian passports since 2015 and, with і and ў, in Belarusian ones.
 * Example: Светлана Тихановская → Svetlana Tikhanovskaia.
 */
export const ICAO_9303: RomanisationSystem = {
  id: 'icao-9303',
  label: 'ICAO Doc 9303 (passports)',
  source: 'ICAO Doc 9303, 7th ed. 2015, Part 3 §6 (Cyrillic)',
  languages: ['be', 'ru', 'uk'],
  convention: 'english',
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu',
    я: 'ia', і: 'i', ў: 'u', ї: 'i', є: 'ie', ґ: 'g', '’': '', "'": '',
  },
};
