import type { RomanisationSystem } from './system.ts';

/**
 * Belarusian national system for Latin transliteration.
 * Source: "Instruction on transliteration of Belarusian geographical names with letters of
 * Latin script" (State Committee on Land Resources of Belarus, 2000; amended 2007 and
 * recommended by the UN Conference on the Standardization of Geographical Names in 2007).
 * Replaced inside Belarus in 2023 (`be-national-2023.ts`), but still what most Latin
 * spellings of Belarusian names since 2007 follow. Softness is marked with an acute (ś ź ć ń ĺ).
 * Example: Сяргей Ціханоўскі → Siarhiej Cichanoŭski.
 */
export const BE_NATIONAL: RomanisationSystem = {
  id: 'be-national-2007',
  label: 'Belarusian national system (2007)',
  source: 'Belarus State Committee on Land Resources instruction, 2000/2007, UNGEGN-recommended 2007',
  languages: ['be'],
  convention: 'slavic',
  letters: {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'h',
    ґ: 'g',
    д: 'd',
    е: 'ie',
    ё: 'io',
    ж: 'ž',
    з: 'z',
    і: 'i',
    й: 'j',
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
    ў: 'ŭ',
    ф: 'f',
    х: 'ch',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'iu',
    я: 'ia',
    '’': '',
    "'": '',
    ʼ: '',
    // Russian-only letters sometimes met in Belarusian text; rendered as their Belarusian twins.
    и: 'i',
    щ: 'šč',
    ъ: '',
  },
  iotated: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
  sequences: { зь: 'ź', ль: 'ĺ', нь: 'ń', сь: 'ś', ць: 'ć', дзь: 'dź', дж: 'dž' },
};
