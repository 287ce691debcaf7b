import type { RomanisationSystem } from './system.ts';

/**
 * French press transcription of Russian names (AFP / Le Monde practice): у ou, ш ch,
 * ч tch, ж j, х kh, й ï. Example: Лукашенко → Loukachenko, Тихановская → Tikhanovskaïa.
 */
export const PRESS_FR: RomanisationSystem = {
  id: 'press-fr',
  label: 'French press transcription',
  source: 'AFP / Le Monde transcription practice for Russian names',
  languages: ['ru', 'be', 'uk'],
  convention: 'french',
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'i', й: 'ï',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'ou', ф: 'f',
    х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iou',
    я: 'ia', і: 'i', ў: 'ou', ї: 'ï', є: 'ie', ґ: 'g', '’': '', "'": '',
  },
  final: { ий: 'i', ый: 'y', ій: 'i' },
};
