import type { RomanisationSystem } from './system.ts';

/**
 * Polish press transcription of Russian and Belarusian names (PWN "Zasady pisowni", rules
 * for transcribing Russian and Belarusian): ш sz, ч cz, ж ż, х ch, ц c, в w, hard л ł.
 * Example: Лукашэнка → Łukaszenka, Ціханоўская → Cichanouska (Polish drops the -ja).
 */
export const PRESS_PL: RomanisationSystem = {
  id: 'press-pl',
  label: 'Polish press transcription',
  source: 'PWN Zasady pisowni i interpunkcji, transkrypcja z języków rosyjskiego i białoruskiego',
  languages: ['ru', 'be', 'uk'],
  convention: 'slavic',
  letters: {
    а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'ie', ё: 'io', ж: 'ż', з: 'z', и: 'i', й: 'j',
    к: 'k', л: 'ł', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu',
    я: 'ia', і: 'i', ў: 'w', ї: 'ji', є: 'je', ґ: 'g', '’': '', "'": '',
  },
  iotated: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
  sequences: {
    ля: 'la', ле: 'le', лё: 'lo', лю: 'lu', ли: 'li', лі: 'li', ль: 'l',
    зь: 'ź', нь: 'ń', сь: 'ś', ць: 'ć', жи: 'ży', ши: 'szy', чи: 'czy', ци: 'cy',
  },
};
