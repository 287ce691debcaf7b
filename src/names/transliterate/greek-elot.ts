import type { RomanisationSystem } from './system.ts';

/**
 * Greek, ELOT 743:1982 (= ISO 843 type 2, transcription), for Greek press renderings of
 * Belarusian names. Accented vowels are listed so no Unicode decomposition is needed.
 * One deliberate change: ου is written u (ELOT: ou), the sound, so that the skeleton does not
 * read the second letter as Belarusian ў. Example: Λουκασένκο → Lukasenko.
 */
export const GREEK_ELOT: RomanisationSystem = {
  id: 'elot-743',
  label: 'Greek ELOT 743',
  source: 'ELOT 743:1982 / ISO 843:1997 transcription',
  languages: ['el'],
  convention: 'english',
  letters: {
    α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th',
    ι: 'i', ί: 'i', ϊ: 'i', ΐ: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o',
    π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', ϋ: 'y', φ: 'f', χ: 'ch', ψ: 'ps',
    ω: 'o', ώ: 'o',
  },
  sequences: {
    ου: 'u', ού: 'u', αι: 'ai', αί: 'ai', ει: 'ei', εί: 'ei', οι: 'oi', οί: 'oi',
    μπ: 'mp', ντ: 'nt', γκ: 'gk', γγ: 'ng', αυ: 'av', ευ: 'ev',
  },
};
