import type { RomanisationSystem } from './system.ts';

/**
 * German press transcription of Russian and Belarusian names (Duden / dpa practice):
 * ш sch, ч tsch, ж sch, ц z, в w, х ch, -ий → -i. Example: Лукашенко → Lukaschenko,
 * Тихановская → Tichanowskaja.
 */
export const PRESS_DE: RomanisationSystem = {
  id: 'press-de',
  label: 'German press transcription',
  source: 'Duden transcription table for Russian, as used by dpa and German newspapers',
  languages: ['ru', 'be', 'uk'],
  convention: 'german',
  letters: {
    а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i', й: 'j',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju',
    я: 'ja', і: 'i', ў: 'w', ї: 'ji', є: 'je', ґ: 'g', '’': '', "'": '',
  },
  iotated: { е: 'je' },
  final: { ий: 'i', ый: 'y', ій: 'i', ей: 'ei', ай: 'ai' },
};
