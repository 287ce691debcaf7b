import type { RomanisationSystem } from './system.ts';

/**
 * BGN/PCGN romanization of Belarusian (1979 agreement of the US Board on Geographic Names
 * and the UK Permanent Committee on Geographical Names). Iotated vowels are always y-forms
 * (Homyel', Mahilyow); ў is w. Example: Аляксандр Лукашэнка → Alyaksandr Lukashenka.
 */
export const BGN_PCGN_BE: RomanisationSystem = {
  id: 'bgn-pcgn-be',
  label: 'BGN/PCGN Belarusian (1979)',
  source: 'BGN/PCGN 1979 system for Belarusian',
  languages: ['be'],
  convention: 'english',
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'ye', ё: 'yo', ж: 'zh', з: 'z', і: 'i',
    й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
    ў: 'w', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y', ь: "'", э: 'e', ю: 'yu',
    я: 'ya', '’': '"', "'": '"', ʼ: '"', и: 'i', щ: 'shch', ъ: '',
  },
};
