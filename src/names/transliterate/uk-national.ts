import type { RomanisationSystem } from './system.ts';

/**
 * Ukrainian national system (Resolution of the Cabinet of Ministers of Ukraine No. 55 of
 * 27 January 2010), used in Ukrainian passports. г is h, и is y, iotated vowels take y- at
 * the start of a word. Example: Сергій → Serhii, Олександр → Oleksandr.
 */
export const UK_NATIONAL: RomanisationSystem = {
  id: 'uk-national-2010',
  label: 'Ukrainian national system (2010)',
  source: 'Cabinet of Ministers of Ukraine resolution No. 55, 27 January 2010',
  languages: ['uk'],
  convention: 'english',
  letters: {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'h',
    ґ: 'g',
    д: 'd',
    е: 'e',
    є: 'ie',
    ж: 'zh',
    з: 'z',
    и: 'y',
    і: 'i',
    ї: 'i',
    й: 'i',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ь: '',
    ю: 'iu',
    я: 'ia',
    '’': '',
    "'": '',
  },
  iotated: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
  iotatedAfterVowel: false,
};
