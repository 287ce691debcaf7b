/**
 * Person-name structure: splits a name into parts and guesses each part's role (given name,
 * patronymic, surname), finds initials and reads gender from given names, patronymics and
 * surname endings. Handles "LAST, First Patronymic", ALL-CAPS surnames and any word order.
 */
import { russify } from './be-ru.ts';
import { givenClassesBySkeleton, givenClassesByStem, nameStem } from './given-name-index.ts';
import type { GivenNameClass } from './given-names.ts';
import { guessConventions, skeleton, type Convention } from './phonetic.ts';
import { detectScript, type Script } from './script.ts';
import { romaniseAll } from './transliterate/index.ts';
import { dropJoiners, dropLeadingParticle, dropLeadingRanks, HONORIFICS, ROMANCE_LETTERS, tokensWithCase } from './name-words.ts';

export type Role = 'given' | 'patronymic' | 'surname' | 'unknown';
export type Gender = 'm' | 'f';

/** One phonetic spelling of a part and the romanisation that produced it (`latin` if none). */
export interface PartKey {
  skeleton: string;
  system: string;
}

export interface NamePart {
  /** The normalised token (lowercase, original script). */
  text: string;
  script: Script;
  /** A single letter, as in `A. G. Lukashenko`. */
  initial: boolean;
  role: Role;
  /** Distinct skeletons of the part, first one from the most common romanisation. */
  keys: PartKey[];
  /** Given-name classes the part belongs to; `[]` when it is not a known given name. */
  classes: GivenNameClass[];
  /** For a patronymic: the classes of the father's given name (Рыгоравіч → Григорий). */
  fatherClasses?: GivenNameClass[];
  /** Gender the part itself indicates (given name, patronymic or surname ending). */
  gender?: Gender;
  /** A name particle (al, bin, …): it has a group key. */
  particle: boolean;
  /**
   * The last surname written after "de" in a name not known to be a man's (Cilia Flores de
   * Maduro): in Spanish naming a woman's married name, taken from her husband, which a list may
   * write instead of her mother's surname (FLORES DE FREITAS, Cilia Adela) or not at all.
   */
  married?: boolean;
}

export interface ParsedName {
  raw: string;
  script: Script;
  parts: NamePart[];
  /** Gender of the person when the parts agree; `undefined` when unknown or mixed. */
  gender?: Gender;
}

// Name particles that mean the same and are spelt several ways ("son of": bin, ibn, ben;
// the Arabic article: al, el, ul): each also gets the shared key of its group, so
// `Osama bin Laden` pairs `Usama ibn Laden` word for word.
const PARTICLE_KEYS: Readonly<Record<string, string>> = {
  bin: '~ibn',
  ibn: '~ibn',
  ben: '~ibn',
  bn: '~ibn',
  ibni: '~ibn',
  ibnu: '~ibn',
  bint: '~bint',
  binti: '~bint',
  al: '~al',
  el: '~al',
  ul: '~al',
};

const isArticle = (p: NamePart): boolean => p.particle && PARTICLE_KEYS[p.text] === '~al';

// Patronymic endings, on the skeleton (…viC / …vna) and on Cyrillic text.
const PATRONYMIC_SKELETON = /(?:vi[cCH]|vna|iCna|iSna|vic)$/u;
const PATRONYMIC_CYRILLIC = /(?:вич|віч|вна|ўна|ична|ічна|йович|ївна)$/u;
const FEMININE_PATRONYMIC = /(?:vna|Cna|Sna)$/u;

// Surname endings that mark gender (East Slavic, Polish, Czech spellings on the skeleton).
const FEMININE_SURNAME = /(?:[oae]va|jeva|[iy]na|ska|cka|Cka|skaja|ckaja|aja|ova|ova)$/u;
const MASCULINE_SURNAME = /(?:[oae]v|jev|in|ski|cki|Cki|skij|sk|ck)$/u;

/**
 * Parses a person's name. Never throws: empty input gives no parts. The comma form puts the
 * surname first; otherwise an ALL-CAPS word among mixed-case words is the surname, and
 * known given names and patronymic endings settle the rest.
 */
export function parsePersonName(raw: string): ParsedName {
  const script = detectScript(raw);
  const comma = raw.indexOf(',');
  const beforeComma = comma >= 0 ? tokensWithCase(raw.slice(0, comma)) : [];
  const before = comma >= 0 ? dropLeadingParticle(beforeComma) : dropLeadingRanks(tokensWithCase(raw));
  const after = comma >= 0 ? tokensWithCase(raw.slice(comma + 1)) : [];
  // Honorifics only at the very start (Mr. Recep Erdoğan); "DR" at the end may be a surname.
  // Spanish and Portuguese joiners inside a name (de, del, de la, dos, y, e) carry no identity:
  // "María de los Ángeles" is written with and without them.
  const addressed = [...before, ...after].filter((t, i) => !(i === 0 && HONORIFICS.has(t.text)));
  const all = dropJoiners(addressed);
  // The last word after a "de", before the comma (or of the whole name without one).
  const afterDe = before.length >= 3 && before[before.length - 2]!.text === 'de' ? before[before.length - 1] : undefined;
  const beforeCount = comma >= 0 ? all.length - dropJoiners(after).length : 0;
  const latinText = all
    .filter((t) => !/\p{Script=Cyrillic}|\p{Script=Greek}/u.test(t.text))
    .map((t) => t.text)
    .join(' ');
  const conventions = guessConventions(latinText);
  const parts = all.map((t) => makePart(t.text, conventions, script));

  const hasMixedCase = all.some((t) => !t.upper) && all.some((t) => t.upper && t.text.length > 1);
  all.forEach((t, i) => {
    const p = parts[i]!;
    if (p.initial) return;
    if (comma >= 0 && i < beforeCount) p.role = 'surname';
    else if (hasMixedCase && t.upper) p.role = 'surname';
  });
  assignPatronymic(parts, beforeCount);
  for (const p of parts) {
    if (p.role === 'unknown' && !p.initial && p.classes.length > 0) p.role = 'given';
  }
  // All capitals, no comma, three words or more (the way lists write Arabic names: given name,
  // father, grandfather, then the family or tribal name): the last word is the family name
  // (docs/matching.md, "The last word of an all-capitals name").
  if (comma < 0 && !hasMixedCase && all.every((t) => t.upper || t.text.length === 1)) {
    const words0 = parts.filter((p) => !p.initial && !p.particle);
    const last = words0[words0.length - 1];
    if (words0.length >= 3 && last && last.role === 'unknown' && parts[parts.length - 1] === last) last.role = 'surname';
  }
  // Given names first, then two words no table knows: the two surnames of Spanish and
  // Portuguese names (Juan Pablo Guanipa Villalobos, Luiz Inácio Lula da Silva). In a name
  // written the Spanish or Portuguese way (an accent, ñ, ç, or a joiner: de, da, y), one more
  // unknown word between them is a second given name no table knows (Joaquín Archivaldo Guzmán
  // Loera, Cilia Adela Flores de Maduro): given names, then two surnames. (Not in other names:
  // Nabil Abdul Salam Sidarenka is no Abdul + two surnames.)
  const words = parts.filter((p) => !p.initial);
  const lead = words.findIndex((p) => p.role !== 'given');
  const rest = lead > 0 ? words.slice(lead) : [];
  const iberian = ROMANCE_LETTERS.test(raw) || all.length < addressed.length || before.length < beforeComma.length;
  // (An article, al / el, goes with the word after it: Tareck El Aissami Maddah is a given name
  // and two surnames.)
  const core = rest.filter((p) => !isArticle(p));
  if ((rest.length === 2 || core.length === 2 || (core.length === 3 && iberian)) && rest.every((p) => p.role === 'unknown')) {
    const named = core.length >= 2 ? core : rest;
    for (const [k, p] of named.entries()) p.role = k < named.length - 2 ? 'given' : 'surname';
    for (const [k, p] of rest.entries()) if (p.role === 'unknown') p.role = rest[k + 1]?.role ?? 'surname';
  }
  // No word known, written the Spanish or Portuguese way, without a comma: three words are a
  // given name and two surnames (Aristóbulo Istúriz Almeida), four two of each.
  if (lead === 0 && comma < 0 && iberian && (words.length === 3 || words.length === 4) && words.every((p) => p.role === 'unknown')) {
    for (const [k, p] of words.entries()) p.role = k < words.length - 2 ? 'given' : 'surname';
  }
  // After a comma come given names (and a patronymic): in a name written the Spanish or
  // Portuguese way, a word no table knows there is a given name too (DE LIMA SALAS, David
  // Eugenio), not the surname the comma has already placed. (Not in every name: after the comma
  // of an Arabic name come the father's and grandfather's names, RAHIM, 'Umar Mahmud, whose
  // absence on the other side must cost more than a second given name's.)
  if (beforeCount > 0 && iberian) for (const p of parts.slice(beforeCount)) if (p.role === 'unknown' && !p.initial) p.role = 'given';
  // Every word a given name, without a comma: a person has a family name, and the last word is it
  // (Gustavo Petro: Petro is also the Ukrainian form of Peter; Thomas Martin).
  const full = parts.filter((p) => !p.initial);
  if (comma < 0 && full.length >= 2 && full.every((p) => p.role === 'given') && parts[parts.length - 1] === full[full.length - 1])
    full[full.length - 1]!.role = 'surname';
  // With a given name known, the one remaining full word is the surname.
  const unknown = parts.filter((p) => p.role === 'unknown' && !p.initial);
  if (unknown.length === 1 && parts.some((p) => p.role === 'given')) unknown[0]!.role = 'surname';
  if (unknown.length === 1 && parts.filter((p) => !p.initial).length === 1) unknown[0]!.role = 'surname';
  for (const p of parts) {
    if (p.role === 'patronymic') p.fatherClasses = fatherClasses(p);
    p.gender = partGender(p);
  }
  const gender = nameGender(parts);
  const married = afterDe ? parts[all.indexOf(afterDe)] : undefined;
  if (married?.role === 'surname' && gender !== 'm') married.married = true;
  return { raw, script, parts, gender };
}

/** Builds the part for one normalised token: keys under every applicable romanisation. */
export function makePart(text: string, conventions: Convention[], nameScript: Script): NamePart {
  const core = partCore(text, conventions, nameScript);
  return { text: core.text, script: core.script, initial: core.initial, role: 'unknown', keys: core.keys, classes: core.classes, particle: core.particle };
}

/** What a token's part owes to its text alone; shared (read-only) by every part with that text. */
interface PartCore {
  text: string;
  /** The conventions (joined) and name script the core was built under. */
  conventions: string;
  nameScript: Script;
  script: Script;
  initial: boolean;
  keys: PartKey[];
  classes: GivenNameClass[];
  particle: boolean;
}

// Romanising a token under a dozen systems is most of the cost of parsing a name, and names
// repeat their tokens (given names, legal words, one surname in many romanisations): the
// work is done once per distinct token (and reading context) and its arrays are shared
// between parts. Keyed by text, then a short list of contexts; cleared when full.
const PART_CORES = new Map<string, PartCore[]>();
const MAX_PART_CORES = 250_000;

function partCore(text: string, conventions: Convention[], nameScript: Script): PartCore {
  const conv = conventions.length === 1 ? conventions[0]! : conventions.join(',');
  const list = PART_CORES.get(text);
  if (list) for (const core of list) if (core.conventions === conv && core.nameScript === nameScript) return core;
  const core = computePartCore(text, conv, conventions, nameScript);
  if (list) list.push(core);
  else {
    if (PART_CORES.size >= MAX_PART_CORES) PART_CORES.clear();
    PART_CORES.set(text, [core]);
  }
  return core;
}

const CZECH_FEMININE = /^(\p{L}{3,})ová$/u;
/** The `PartKey.system` of a Czech feminine surname's own form (see `computePartCore`). */
export const CZECH_FEMININE_SYSTEM = 'czech-feminine';

function computePartCore(text: string, conv: string, conventions: Convention[], nameScript: Script): PartCore {
  const script = detectScript(text);
  const keys: PartKey[] = [];
  const push = (skel: string, system: string) => {
    if (skel && !keys.some((k) => k.skeleton === skel)) keys.push({ skeleton: skel, system });
  };
  if (script === 'latin' || script === 'lacinka') {
    for (const c of script === 'lacinka' ? (['slavic'] as Convention[]) : conventions) push(skeleton(text, c), 'latin');
    // Czech writes a woman's foreign surname with -ová (Sabalenková, Azarenková, Chomičová): the
    // surname itself is the stem, or the stem with -a.
    const czech = CZECH_FEMININE.exec(text);
    if (czech) for (const base of [czech[1]!, `${czech[1]}a`]) push(skeleton(base, 'slavic'), CZECH_FEMININE_SYSTEM);
  } else {
    const lang = script === 'cyrillic' && (nameScript === 'be' || nameScript === 'ru' || nameScript === 'uk') ? nameScript : script;
    for (const r of romaniseAll(text, lang)) push(skeleton(r.text, r.convention), r.system);
    if (lang === 'be' || lang === 'cyrillic') {
      const ru = russify(text);
      if (ru !== text) for (const r of romaniseAll(ru, 'ru')) push(skeleton(r.text, r.convention), `be→ru+${r.system}`);
    }
  }
  // A token no system can spell (a lone soft sign) is still itself.
  if (keys.length === 0) keys.push({ skeleton: text, system: 'raw' });
  const particle = PARTICLE_KEYS[text];
  if (particle) push(particle, 'particle');
  const initial = [...text].length === 1;
  const classes: GivenNameClass[] = [];
  if (!initial) {
    for (const k of keys) for (const c of givenClassesBySkeleton(k.skeleton)) if (!classes.includes(c)) classes.push(c);
  }
  return { text, conventions: conv, nameScript, script, initial, keys, classes, particle: !!particle };
}

/** True when any spelling of the part ends like a patronymic (-ovich, -auna, -ична). */
export function looksPatronymic(p: NamePart): boolean {
  if (p.initial || p.text.length < 5) return false;
  return PATRONYMIC_CYRILLIC.test(p.text) || p.keys.some((k) => PATRONYMIC_SKELETON.test(k.skeleton));
}

// A patronymic follows the given name: "Given Patronymic Surname", "Surname Given Patronymic"
// or, after a comma, "Given Patronymic". Two-word names have none (Valentin Stefanovich).
function assignPatronymic(parts: NamePart[], commaAt: number): void {
  const full = parts.map((p, i) => ({ p, i })).filter(({ p }) => !p.initial);
  if (commaAt > 0) {
    const rest = parts.slice(commaAt).filter((p) => !p.initial);
    if (rest.length >= 2 && looksPatronymic(rest[1]!)) rest[1]!.role = 'patronymic';
    return;
  }
  if (full.length < 3) return;
  const givenAt = full.findIndex(({ p }) => p.classes.length > 0 && p.role !== 'surname');
  const order = givenAt >= 0 ? [givenAt + 1] : [1, 2];
  for (const k of order) {
    const cand = full[k]?.p;
    if (cand && cand.role === 'unknown' && looksPatronymic(cand)) {
      cand.role = 'patronymic';
      return;
    }
  }
}

// Patronymic suffixes on the skeleton, stripped to reach the father's name stem.
export const PATRONYMIC_SUFFIX = /(?:j?[oae]vi[cCH]|j?[oae]vna|i[CS]na|j?[oae]vic)$/u;

function fatherClasses(p: NamePart): GivenNameClass[] {
  const out: GivenNameClass[] = [];
  for (const k of p.keys) {
    const stem = nameStem(k.skeleton.replace(PATRONYMIC_SUFFIX, ''));
    for (const c of givenClassesByStem(stem)) if (!out.includes(c)) out.push(c);
  }
  return out;
}

function partGender(p: NamePart): Gender | undefined {
  if (p.initial) return undefined;
  if (p.role === 'patronymic') return p.keys.some((k) => FEMININE_PATRONYMIC.test(k.skeleton)) ? 'f' : 'm';
  if (p.role === 'given' || (p.role === 'unknown' && p.classes.length > 0)) {
    const genders = new Set(p.classes.map((c) => c.gender));
    return genders.size === 1 ? [...genders][0] : undefined;
  }
  const skel = p.keys[0]?.skeleton ?? '';
  if (skel.length < 4) return undefined;
  if (FEMININE_SURNAME.test(skel)) return 'f';
  if (MASCULINE_SURNAME.test(skel)) return 'm';
  return undefined;
}

function nameGender(parts: NamePart[]): Gender | undefined {
  const votes = new Set(parts.map((p) => p.gender).filter((g): g is Gender => g !== undefined));
  return votes.size === 1 ? [...votes][0] : undefined;
}
