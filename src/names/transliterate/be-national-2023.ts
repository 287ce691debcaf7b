import { BE_NATIONAL } from './be-national.ts';
import type { RomanisationSystem } from './system.ts';

/**
 * Belarusian national system of 2023: the "Instruction on rendering names of geographical
 * objects from Belarusian and Russian into other languages and transliterating them with Latin
 * letters", approved by resolution No. 19 of the State Property Committee of 23 March 2023, in
 * force since 4 April 2023; it replaced the 2000/2007 instruction (`be-national.ts`).
 * The letters the published announcement names changed: г g (was h), ж zh (was ž), ў w (was
 * ŭ), ч ch (was č), ш sh (was š), with no diacritics left. Its published examples confirm the
 * rest as in 2007: Вераб'ёвічы Vierabjovichy, Сафіеўка Safijewka, Татаршчына Tatarshchyna,
 * Улукаўе Ulukawje, Жажэлка Zhazhelka, Дзедаў Курган Dziedaw Kurgan. Not confirmed by those
 * sources and chosen here: х kh (ch now stands for ч) and soft consonants written without a
 * mark (зь z, ль l). Example: Сяргей Ціханоўскі → Siargiej Cikhanowski.
 */
export const BE_NATIONAL_2023: RomanisationSystem = {
  id: 'be-national-2023',
  label: 'Belarusian national system (2023)',
  source:
    'Belarus State Property Committee resolution No. 19 of 23 March 2023 (instruction on transliteration of geographical names); х and soft consonants inferred',
  languages: ['be'],
  convention: 'english',
  // The 2007 table with the letters the 2023 instruction changed; its soft consonants (зь ź …)
  // are written without a mark, so the 2007 `sequences` are not carried over.
  letters: { ...BE_NATIONAL.letters, г: 'g', ж: 'zh', ў: 'w', х: 'kh', ч: 'ch', ш: 'sh', щ: 'shch' },
  iotated: BE_NATIONAL.iotated,
};
