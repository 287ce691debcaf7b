/**
 * The Belarus programme tags and legal acts that list diffs derive candidate measures for, as
 * they were hard-coded in the list diff until it became country-blind (`src/analysis/list-diff/`).
 * TODO(country profile): read these from data/belarus/ instead.
 */
import type { CountryProgrammes } from '../analysis/list-diff/index.ts';

/** OFAC `BELARUS`, `BELARUS-EO14038`; EU `BLR`; the UK regime name (FORMATS.md §0). */
export const BELARUS_PROGRAMMES: CountryProgrammes = {
  tags: ['BLR'],
  words: ['belarus'],
  legalActs: { BELARUS: 'Executive Order 13405', 'BELARUS-EO14038': 'Executive Order 14038' },
};
