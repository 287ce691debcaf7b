import type { RomanisationSystem } from './system.ts';

/**
 * Georgian (Mkhedruli), the national romanisation of 2002, which BGN/PCGN adopted in 2009 and
 * the UN recommends; ejective consonants (კ პ ტ წ ჭ ყ) are written without their apostrophe,
 * as passports and the press write them. Example: თბილისი → tbilisi.
 */
export const GEORGIAN_NATIONAL: RomanisationSystem = {
  id: 'ka-national-2002',
  label: 'Georgian national romanisation 2002',
  source: 'Georgian national system (2002) = BGN/PCGN 2009 Georgian; ejective apostrophes dropped',
  languages: ['ka'],
  convention: 'english',
  letters: {
    ა: 'a',
    ბ: 'b',
    გ: 'g',
    დ: 'd',
    ე: 'e',
    ვ: 'v',
    ზ: 'z',
    თ: 't',
    ი: 'i',
    კ: 'k',
    ლ: 'l',
    მ: 'm',
    ნ: 'n',
    ო: 'o',
    პ: 'p',
    ჟ: 'zh',
    რ: 'r',
    ს: 's',
    ტ: 't',
    უ: 'u',
    ფ: 'p',
    ქ: 'k',
    ღ: 'gh',
    ყ: 'q',
    შ: 'sh',
    ჩ: 'ch',
    ც: 'ts',
    ძ: 'dz',
    წ: 'ts',
    ჭ: 'ch',
    ხ: 'kh',
    ჯ: 'j',
    ჰ: 'h',
  },
};
