/**
 * The romanisation systems, listed by name, and `romaniseAll`, which keeps every key.
 */
import type { Script } from '../script.ts';
import { ARABIC_BGN_PCGN, ARABIC_FOREIGN } from './arabic.ts';
import { ARMENIAN_BGN_PCGN } from './armenian.ts';
import { BE_NATIONAL } from './be-national.ts';
import { BE_NATIONAL_2023 } from './be-national-2023.ts';
import { BGN_PCGN_BE } from './bgn-pcgn-be.ts';
import { BGN_PCGN_RU } from './bgn-pcgn-ru.ts';
import { GEORGIAN_NATIONAL } from './georgian.ts';
import { GREEK_ELOT } from './greek-elot.ts';
import { ICAO_9303 } from './icao-9303.ts';
import { ISO_9 } from './iso9.ts';
import { LACINKA } from './lacinka.ts';
import { PRESS_DE } from './press-de.ts';
import { PRESS_SV } from './press-sv.ts';
import { PRESS_FR } from './press-fr.ts';
import { PRESS_PL } from './press-pl.ts';
import { romanise, type RomanisationSystem, type SourceLanguage } from './system.ts';
import { UK_NATIONAL } from './uk-national.ts';

export { romanise, type RomanisationSystem, type SourceLanguage } from './system.ts';
export {
  ARABIC_BGN_PCGN,
  ARABIC_FOREIGN,
  BE_NATIONAL,
  BE_NATIONAL_2023,
  BGN_PCGN_BE,
  BGN_PCGN_RU,
  GREEK_ELOT,
  ICAO_9303,
  ISO_9,
  LACINKA,
  PRESS_DE,
  PRESS_SV,
  PRESS_FR,
  PRESS_PL,
  UK_NATIONAL,
};

/** Every system, in the order explanations prefer when two give the same key. */
export const SYSTEMS: readonly RomanisationSystem[] = [
  BGN_PCGN_RU,
  BGN_PCGN_BE,
  BE_NATIONAL,
  BE_NATIONAL_2023,
  ICAO_9303,
  ISO_9,
  LACINKA,
  UK_NATIONAL,
  PRESS_PL,
  PRESS_DE,
  PRESS_SV,
  PRESS_FR,
  GREEK_ELOT,
  ARABIC_BGN_PCGN,
  ARABIC_FOREIGN,
  GEORGIAN_NATIONAL,
  ARMENIAN_BGN_PCGN,
];

/** One romanised rendering of a text and the system that produced it. */
export interface Romanisation {
  system: string;
  convention: RomanisationSystem['convention'];
  text: string;
}

/**
 * Romanises a lowercase text under every system that applies to its script. Belarusian
 * text also gets the Russian systems (sources romanise Belarusian names with Russian rules
 * all the time) and vice versa. Latin and other scripts return an empty list.
 */
export function romaniseAll(text: string, script: Script): Romanisation[] {
  const langs = languagesFor(script, text);
  if (langs.length === 0) return [];
  const out: Romanisation[] = [];
  const seen = new Set<string>();
  for (const system of SYSTEMS) {
    if (!system.languages.some((l) => langs.includes(l))) continue;
    const latin = romanise(text, system);
    const key = `${system.convention}:${latin}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ system: system.id, convention: system.convention, text: latin });
  }
  return out;
}

// Scripts the script detector calls `other` that have a table here.
const GEORGIAN = /\p{Script=Georgian}/u;
const ARMENIAN = /\p{Script=Armenian}/u;

function languagesFor(script: Script, text: string): SourceLanguage[] {
  switch (script) {
    case 'be':
      return ['be', 'ru'];
    case 'ru':
      return ['ru', 'be'];
    case 'uk':
      return ['uk', 'ru'];
    case 'cyrillic':
    case 'mixed':
      return ['be', 'ru', 'uk'];
    case 'greek':
      return ['el'];
    case 'arabic':
      return ['ar'];
    case 'other':
      return GEORGIAN.test(text) ? ['ka'] : ARMENIAN.test(text) ? ['hy'] : [];
    default:
      return [];
  }
}
