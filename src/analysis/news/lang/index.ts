/** The pattern sets by ISO 639-1 code. A language not listed here is read with the English set. */
import type { LanguagePatterns } from '../patterns.ts';
import { be } from './be.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';

export const LANGUAGES: Readonly<Record<string, LanguagePatterns>> = { en, es, ru, be, pl, de };

/** The pattern set of a language (ISO 639-1), English when there is none. */
export function patternsFor(lang: string | undefined): LanguagePatterns {
  return (lang && LANGUAGES[lang]) || en;
}
