import type { RomanisationSystem } from './system.ts';

/**
 * Belarusian Łacinka, classical orthography (as in Taraškievič-era and Nasha Niva usage),
 * applied letter by letter without assimilative softness: hard л is ł, soft л is l and takes
 * the plain vowel (ля → la). Example: Святлана Ціханоўская → Sviatłana Cichanoŭskaja.
 */
export const LACINKA: RomanisationSystem = {
  id: 'lacinka',
  label: 'Belarusian Łacinka (classical)',
  source: 'Belarusian Łacinka, classical orthography (Taraškievič 1918/1929 tradition)',
  languages: ['be'],
  convention: 'slavic',
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'ie', ё: 'io', ж: 'ž', з: 'z', і: 'i',
    й: 'j', к: 'k', л: 'ł', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
    ў: 'ŭ', ф: 'f', х: 'ch', ц: 'c', ч: 'č', ш: 'š', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
    '’': '', "'": '', и: 'i', щ: 'šč', ъ: '',
  },
  iotated: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
  sequences: {
    ля: 'la', ле: 'le', лё: 'lo', лю: 'lu', лі: 'li', ль: 'l',
    зь: 'ź', нь: 'ń', сь: 'ś', ць: 'ć', дзь: 'dź', дж: 'dž',
  },
};
