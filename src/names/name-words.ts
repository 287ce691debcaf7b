/**
 * The words of a person's name as written (internal to `structure.ts`): tokens with their case,
 * and the words that carry no identity — forms of address and ranks before a name, the joiners
 * of Spanish and Portuguese names (de, del, y) inside it.
 */
import { normaliseText } from './normalise.ts';

// Titles and honorifics that carry no identity (rigour strips the same kind of prefix).
// Forms of address of other languages (Monsieur, Herr, Señor) and a head of state's title
// (President, Präsident) are written before a name in the press the same way.
export const HONORIFICS = new Set(
  'mr mrs ms miss dr sir madam prof gen col пан пані спадар спадарыня г-н гн monsieur madame mme mlle herr frau señor señora senhor senhora signor signora president präsident presidente président господин госпожа'.split(
    ' ',
  ),
);

// Ranks and offices written before a name in the press and in registries ("General en Jefe
// Vladimir Padrino López", "Mayor General Néstor Reverol", "Diputado Juan Guaidó", "генерал-майор
// Иванов"): a run of them at the start, with the connectors inside it (en, de), is dropped when
// the name has no comma (in "MAYOR OREJA, Jaime" the first word is a surname) and two words stay.
const RANKS = new Set(
  `general jefe mayor major teniente coronel colonel capitán capitan captain comandante commander almirante admiral vicealmirante
  contralmirante brigadier sargento sergeant lieutenant diputado diputada senador senadora senator deputy ministro ministra minister
  gobernador gobernadora governor alcalde alcaldesa magistrado magistrada juez jueza judge fiscal doctor doctora dra lic licenciado
  licenciada ing ingeniero ingeniera abogado abogada генерал майор полковник подполковник капитан лейтенант депутат министр`.split(/\s+/u),
);
const RANK_CONNECTORS = new Set(['en', 'de', 'del']);

export function dropLeadingRanks<T extends { text: string }>(tokens: T[]): T[] {
  let at = 0;
  while (at < tokens.length && (RANKS.has(tokens[at]!.text) || (at > 0 && RANK_CONNECTORS.has(tokens[at]!.text) && RANKS.has(tokens[at + 1]?.text ?? ''))))
    at++;
  return at > 0 && tokens.length - at >= 2 ? tokens.slice(at) : tokens;
}

// Letters of Spanish and Portuguese spelling (not of the Slavic romanisations: no č, š, ž).
export const ROMANCE_LETTERS = /[áéíóúñãõçâêô]/iu;

// Joiners of Spanish and Portuguese names: "de", "del", "da", "do", "dos", "das", "de la",
// "de los", and "y" / "e" between two words, written in small letters or among capitals
// (ORTEGA Y GASSET): a capital Y or E beside words in small letters is an initial (Juan Y. Pérez).
const JOINERS = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di']);
const ARTICLES_AFTER_DE = new Set(['la', 'las', 'los', 'lo']);

export function dropJoiners<T extends { text: string; upper: boolean }>(tokens: T[]): T[] {
  if (tokens.length < 3) return tokens;
  return tokens.filter((t, i) => {
    const inside = i > 0 && i < tokens.length - 1;
    if (!inside) return true;
    if (JOINERS.has(t.text)) return false;
    if (ARTICLES_AFTER_DE.has(t.text) && (tokens[i - 1]!.text === 'de' || tokens[i - 1]!.text === 'del')) return false;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1]!;
    const conjunction = !t.upper || (before.upper && after.upper);
    return !((t.text === 'y' || t.text === 'e') && conjunction && before.text.length > 1 && after.text.length > 1);
  });
}

/**
 * The surname written first of the comma form without the particle it begins with (DE LIMA
 * SALAS, DEL PINO, DA SILVA, DE LA CRUZ): inside a name the joiners are dropped (`dropJoiners`),
 * so "David de Lima" and "DE LIMA SALAS, David" meet on Lima alike. A lone particle stays.
 */
export function dropLeadingParticle<T extends { text: string }>(tokens: T[]): T[] {
  if (tokens.length < 2 || !JOINERS.has(tokens[0]!.text)) return tokens;
  const skip = tokens.length >= 3 && ARTICLES_AFTER_DE.has(tokens[1]!.text) ? 2 : 1;
  return tokens.slice(skip);
}

export function tokensWithCase(text: string): { text: string; upper: boolean }[] {
  return text
    .normalize('NFKC')
    .split(/[\s.,;:()«»"“”„\-–—/]+|(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => ({ text: normaliseText(w), upper: w === w.toUpperCase() && w !== w.toLowerCase() }))
    .flatMap((t) => t.text.split(' ').map((text) => ({ text, upper: t.upper })))
    .filter((t) => t.text.length > 0);
}
