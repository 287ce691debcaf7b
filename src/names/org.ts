/**
 * Organisation names: legal forms folded to one class each (ОАО / ААТ / OAO / AAT / OJSC /
 * JSC / "Open Joint Stock Company" / "Otkrytoe aktsionernoe obshchestvo" → `jsc`), generic
 * business words mapped to language-independent concepts (завод / zavod / plant → `plant`),
 * and stop words dropped (the tables: `org-vocabulary.ts`). One pure parser.
 */
import { numbersAsDigits } from './org-numbers.ts';
import { BoundedMemo } from './memo.ts';
import { normaliseText } from './normalise.ts';
import { consonantCode, skeleton } from './phonetic.ts';
import { detectScript } from './script.ts';
import { romaniseAll } from './transliterate/index.ts';
import { CONCEPTS, LEGAL_FORMS, ORG_STOPWORDS } from './org-vocabulary.ts';

export { CONCEPTS, LEGAL_FORMS, ORG_STOPWORDS } from './org-vocabulary.ts';

/** One word (or concept phrase) of an organisation name. */
export interface OrgToken {
  text: string;
  /** Legal-form class when the token is a legal form. */
  legalForm?: string;
  /** Concept id when the word is a known generic business word. */
  concept?: string;
  generic: boolean;
  /** A place or country word (Belarusian, Belarus): weighs less than a distinctive word. */
  location?: boolean;
  /** True when the original was written in capitals of at most 5 letters (CEC, KGB, MAZ). */
  acronym: boolean;
  /**
   * An acronym only by its capitals in a name written all in capitals, that reads as a word
   * (NEW, GAS, PIPES): case cannot tell it from an ordinary word (see `readsAsWord`).
   */
  mayBeWord?: boolean;
  /** A stop word (of, der, и), kept only when asked for (`keepStopWords`). */
  stop?: boolean;
  /**
   * Written as a syllable and capitals (БелАЗ, BelOMO, БелГИСС): how many letters the syllable
   * has. The syllable begins the first word of the name it stands for, each capital the next.
   */
  syllable?: number;
}

// Organisation names repeat their words (legal forms, plant, bank, city names); the codes
// of a word are computed once. The returned arrays are shared: read-only.
const WORD_CODES = new BoundedMemo<string[]>(100_000);
const WORD_SKELETONS = new BoundedMemo<string[]>(100_000);
// Consonants a code needs to stand for a word of more than 5 letters (see `wordCodes`).
const MIN_CODE = 4;
// The first letters of its skeleton a word met by a code must share with the phrase word: three
// for a legal form or descriptor (they weigh little, and lists misspell them: OBSCHESTVO), four
// for a distinctive concept, which pairs at full weight (Maturin, a town, had read as маторны:
// motor, m-t-r-n and "mat" alike).
const NEAR_GENERIC = 3;
const NEAR_DISTINCTIVE = 4;

// Phrases are matched word by word on consonant codes, so any romanisation of a Cyrillic
// legal form or concept (otkrytoe / otkrytoye / открытое) is recognised.
interface Phrase {
  /** As normalised (words joined by spaces). */
  text: string;
  codes: string[][];
  /** Per word, its skeletons (a word met by its code must also be spelled near one of them). */
  skeletons: string[][];
  legalForm?: string;
  concept?: string;
  generic: boolean;
  location?: boolean;
}
const PHRASES: Phrase[] = [
  ...Object.entries(LEGAL_FORMS).map(([text, legalForm]) => ({ ...phraseWords(text), legalForm, generic: true })),
  ...CONCEPTS.flatMap((c) => c.forms.map((f) => ({ ...phraseWords(f), concept: c.id, generic: c.generic, location: c.location }))),
].sort((a, b) => b.codes.length - a.codes.length);
const BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) {
  for (const code of p.codes[0]!) {
    const list = BY_FIRST.get(code) ?? [];
    if (!list.includes(p)) list.push(p);
    BY_FIRST.set(code, list);
  }
}

function phraseWords(text: string): { text: string; codes: string[][]; skeletons: string[][] } {
  const ws = joinLetterRuns(normaliseText(text)).split(' ');
  return { text: ws.join(' '), codes: ws.map(wordCodes), skeletons: ws.map(wordSkeletons) };
}

// Runs of single letters are one abbreviation: A.B.C. → abc (and C.B.A. stays different); the
// same in names and in the vocabulary's phrases (Sp. z o.o. → sp zoo, C.A. → ca).
function joinLetterRuns(normalised: string): string {
  return normalised.replace(/(?<!\S)(\p{L})(?: (\p{L})(?!\S))+/gu, (run) => run.replace(/ /gu, ''));
}

// A word met by a phrase word's consonant code must also begin as it does, in some reading:
// a code of four consonants is shared by unrelated words (Shevchenko / чыгунка: railway;
// Control / центральный; Predication / производственное), while the spellings of one word
// keep their first letters (mashinostroitelny / машиностроительный, komite / committee).
function spelledNear(word: string, skeletons: readonly string[], near: number): boolean {
  const own = wordSkeletons(word);
  for (const a of own) for (const b of skeletons) if (a.slice(0, near) === b.slice(0, near)) return true;
  return false;
}
/** The skeletons of a word under every reading (Latin: three conventions; else each romanisation). */
function wordSkeletons(word: string): string[] {
  return WORD_SKELETONS.get(word) ?? WORD_SKELETONS.set(word, computeWordSkeletons(word));
}
function computeWordSkeletons(word: string): string[] {
  const script = detectScript(word);
  const skels =
    script === 'latin' || script === 'lacinka'
      ? (['english', 'slavic', 'german'] as const).map((c) => skeleton(word, c))
      : romaniseAll(word, script).map((r) => skeleton(r.text, r.convention));
  return [...new Set(skels)];
}

/**
 * Consonant codes of a word under every reading. Words of up to 5 letters keep their whole
 * skeleton (ojsc and azot must not meet), and so does a longer word whose code has fewer than
 * four consonants: such a code is shared by too many words (factory / future: f-t-r; zavody /
 * Toyoda: t-d) to tell a legal form or concept by.
 */
export function wordCodes(word: string): string[] {
  return WORD_CODES.get(word) ?? WORD_CODES.set(word, computeWordCodes(word));
}

function computeWordCodes(word: string): string[] {
  return [
    ...new Set(
      wordSkeletons(word).map((sk) => {
        const code = sk.length <= 5 ? '' : consonantCode(sk);
        // (A code keeps a word's first vowel as `a`: Abadan is a-b-d-n, three consonants.)
        return code.length - (code[0] === 'a' ? 1 : 0) >= MIN_CODE ? code : `=${sk}`;
      }),
    ),
  ];
}

/**
 * Splits an organisation name into tokens, legal forms and concepts marked. Stop words are
 * dropped unless `keepStopWords` (then they are marked `stop`). Never throws; empty input
 * gives `[]`.
 */
export function parseOrgName(raw: string, { keepStopWords = false } = {}): OrgToken[] {
  const acronyms = new Set(
    raw
      .normalize('NFKC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 2 && w.length <= 5 && w === w.toUpperCase() && w !== w.toLowerCase())
      .map((w) => w.toLowerCase()),
  );
  // Capitals say "acronym" only where the name has small letters too.
  const allCapitals = raw === raw.toUpperCase();
  const syllables = new Map<string, number>();
  for (const w of raw.normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    const m = MIXED.exec(w);
    if (m) syllables.set(w.toLowerCase(), m[1]!.length);
  }
  const words = numbersAsDigits(joinLetterRuns(normaliseText(raw)).split(' ').filter(Boolean));
  const codes = words.map(wordCodes);
  const out: OrgToken[] = [];
  for (let i = 0; i < words.length; ) {
    // A stop word is one before it can begin a phrase: "do" (of) is no d.o.o., whose skeleton
    // it shares.
    if (ORG_STOPWORDS.has(words[i]!)) {
      if (keepStopWords) out.push({ text: words[i]!, generic: true, acronym: false, stop: true });
      i += 1;
      continue;
    }
    const candidates = new Set(codes[i]!.flatMap((c) => BY_FIRST.get(c) ?? []));
    const meets = (p: Phrase) =>
      candidates.has(p) &&
      p.codes.every(
        (pc, k) => codes[i + k]?.some((c) => pc.includes(c)) && spelledNear(words[i + k]!, p.skeletons[k]!, p.generic ? NEAR_GENERIC : NEAR_DISTINCTIVE),
      );
    let hit = PHRASES.find(meets);
    // Of phrases as long, one spelled exactly as written wins over one met by its code
    // (CHUP, a private unitary enterprise, shares KUP's code: a communal one).
    if (hit) {
      const written = words.slice(i, i + hit.codes.length).join(' ');
      if (hit.text !== written) hit = PHRASES.find((p) => p.codes.length === hit!.codes.length && p.text === written && meets(p)) ?? hit;
    }
    if (hit) {
      const text = words.slice(i, i + hit.codes.length).join(' ');
      out.push({ text, legalForm: hit.legalForm, concept: hit.concept, generic: hit.generic, location: hit.location, acronym: false });
      i += hit.codes.length;
      continue;
    }
    const w = words[i]!;
    i += 1;
    const acronym = acronyms.has(w);
    const syllable = syllables.get(w);
    if (syllable) out.push({ text: w, generic: false, acronym: false, syllable });
    else out.push(acronym && allCapitals && readsAsWord(w) ? { text: w, generic: false, acronym, mayBeWord: true } : { text: w, generic: false, acronym });
  }
  return out;
}

// A syllable (a capital and two to four small letters) then two to five capitals: БелАЗ, BelOMO.
const MIXED = /^(\p{Lu}\p{Ll}{2,4})\p{Lu}{2,5}$/u;

/**
 * Whether a short word reads as a word rather than as letters: it has a vowel, and the
 * consonants before its first vowel are one letter or a cluster words begin with (Latin:
 * English, Romance and romanised Slavic; Cyrillic: Belarusian and Russian). NEW, GAS, STROY,
 * БРАТ read as words; KGB, BNK (no vowel), GPO, МТЗ (no word begins gp-, мт-) as letters.
 */
export function readsAsWord(word: string): boolean {
  const w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const first = w.search(/[aeiouyаеёиоуыэюяіє]/u);
  if (first < 0) return false;
  return first <= 1 || ONSETS.has(w.slice(0, first));
}
const ONSETS = new Set(
  [
    'bl br ch cl cr dr dz fl fr gl gn gr kh kl kr kv ph pl pr ps sc sh sk sl sm sn sp st sv sw sz th tr ts tv tw vl vr wh wr zh zl zn zv',
    'sch scr shch spl spr str',
    'бл бр вл вр гл гр дв др жд жм зв зд зм зн кл кн кр кв мл мн пл пр св ск сл см сн сп ст тв тр хв хл хр цв чт шк шл шт',
    'скр спр стр',
  ]
    .join(' ')
    .split(' '),
);
