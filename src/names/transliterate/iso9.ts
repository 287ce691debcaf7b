import type { RomanisationSystem } from './system.ts';

/**
 * ISO 9:1995 (= GOST 7.79-2000 system A): one Latin letter, with diacritics, per Cyrillic
 * letter, reversible, for every Slavic Cyrillic alphabet. Example: Ціханоўская →
 * Cìhanoǔskaâ; Колесникова Мария → Kolesnikova Mariâ.
 */
export const ISO_9: RomanisationSystem = {
  id: 'iso9',
  label: 'ISO 9:1995',
  source: 'ISO 9:1995 Transliteration of Cyrillic characters into Latin characters',
  languages: ['be', 'ru', 'uk'],
  convention: 'slavic',
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g̀', д: 'd', е: 'e', ё: 'ë', є: 'ê', ж: 'ž', з: 'z',
    и: 'i', і: 'ì', ї: 'ï', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
    с: 's', т: 't', у: 'u', ў: 'ǔ', ф: 'f', х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'ŝ', ъ: 'ʺ',
    ы: 'y', ь: 'ʹ', э: 'è', ю: 'û', я: 'â', '’': 'ʼ', "'": 'ʼ',
  },
};
