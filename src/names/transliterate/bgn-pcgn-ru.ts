import type { RomanisationSystem } from './system.ts';

/**
 * BGN/PCGN romanization of Russian (1947 system). е is ye at the start of a word and after
 * vowels, й, ъ and ь; ё is yë/ë. Example: Александр Григорьевич → Aleksandr Grigor'yevich.
 */
export const BGN_PCGN_RU: RomanisationSystem = {
  id: 'bgn-pcgn-ru',
  label: 'BGN/PCGN Russian (1947)',
  source: 'BGN/PCGN 1947 system for Russian',
  languages: ['ru', 'uk'],
  convention: 'english',
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'zh', з: 'z', и: 'i', й: 'y',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '"', ы: 'y', ь: "'", э: 'e', ю: 'yu',
    я: 'ya',
    // Belarusian and Ukrainian letters rendered as in the BGN/PCGN tables for those languages.
    і: 'i', ў: 'w', ї: 'yi', є: 'ye', ґ: 'g',
  },
  iotated: { е: 'ye', ё: 'yë' },
};
