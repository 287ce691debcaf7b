/**
 * Organisation names: legal forms folded to one class each (ОАО / ААТ / OAO / AAT / OJSC /
 * JSC / "Open Joint Stock Company" / "Otkrytoe aktsionernoe obshchestvo" → `jsc`), generic
 * business words mapped to language-independent concepts (завод / zavod / plant → `plant`),
 * and stop words dropped. Data tables plus one pure parser.
 */
import { numbersAsDigits } from './org-numbers.ts';
import { BoundedMemo } from './memo.ts';
import { normaliseText } from './normalise.ts';
import { consonantCode, skeleton } from './phonetic.ts';
import { detectScript } from './script.ts';
import { romaniseAll } from './transliterate/index.ts';

/**
 * Legal forms as phrases (normalised, space-separated words, any script) → class.
 * Sources: Civil Code of the Republic of Belarus (ch. 4: ОАО/ЗАО/ООО/ОДО, unitary enterprises
 * УП/РУП/КУП/ЧУП, учреждения, производственные кооперативы; their Belarusian ААТ/ЗАТ/ТАА/ТДА/
 * ПУП/ДУ/ВК), Civil Code of the Russian Federation (ПАО/НАО/АО, ГУП/МУП/ФГУП, ГБУ/ФГБУ/ФКУ,
 * АНО), and common Western forms. Romanised spellings of the Cyrillic
 * phrases (otkrytoe aktsionernoe obshchestvo, adkrytaye…) are recognised through `wordCodes`.
 */
export const LEGAL_FORMS: Readonly<Record<string, string>> = {
  // Joint-stock companies, open, closed or unqualified.
  оао: 'jsc',
  аат: 'jsc',
  зао: 'jsc',
  зат: 'jsc',
  ао: 'jsc',
  ат: 'jsc',
  пао: 'jsc',
  oao: 'jsc',
  aat: 'jsc',
  zao: 'jsc',
  zat: 'jsc',
  ao: 'jsc',
  pao: 'jsc',
  jsc: 'jsc',
  ojsc: 'jsc',
  cjsc: 'jsc',
  pjsc: 'jsc',
  ag: 'jsc',
  sa: 'jsc',
  plc: 'jsc',
  aktiengesellschaft: 'jsc',
  'open joint stock company': 'jsc',
  'closed joint stock company': 'jsc',
  'joint stock company': 'jsc',
  'public joint stock company': 'jsc',
  'open joint stock': 'jsc',
  'открытое акционерное общество': 'jsc',
  'закрытое акционерное общество': 'jsc',
  'акционерное общество': 'jsc',
  'публичное акционерное общество': 'jsc',
  'адкрытае акцыянернае таварыства': 'jsc',
  'закрытае акцыянернае таварыства': 'jsc',
  'акцыянернае таварыства': 'jsc',
  // Limited liability companies.
  ооо: 'llc',
  таа: 'llc',
  ooo: 'llc',
  taa: 'llc',
  llc: 'llc',
  ltd: 'llc',
  limited: 'llc',
  gmbh: 'llc',
  sarl: 'llc',
  'sp z o o': 'llc',
  'limited liability company': 'llc',
  'общество с ограниченной ответственностью': 'llc',
  'таварыства з абмежаванай адказнасцю': 'llc',
  srl: 'llc',
  'societatea cu raspundere limitata': 'llc',
  // Additional-liability companies (Belarus: ОДО / ТДА; Ukraine: ТДВ).
  одо: 'alc',
  тда: 'alc',
  тдв: 'alc',
  odo: 'alc',
  tda: 'alc',
  alc: 'alc',
  'additional liability company': 'alc',
  'company with additional liability': 'alc',
  'общество с дополнительной ответственностью': 'alc',
  'таварыства з дадатковай адказнасцю': 'alc',
  // Unitary enterprises (state-owned): republican, communal, plain.
  уп: 'ue',
  руп: 'ue',
  куп: 'ue',
  up: 'ue',
  rup: 'ue',
  kup: 'ue',
  ue: 'ue',
  rue: 'ue',
  'unitary enterprise': 'ue',
  'republican unitary enterprise': 'ue',
  'унитарное предприятие': 'ue',
  'республиканское унитарное предприятие': 'ue',
  'рэспубліканскае унітарнае прадпрыемства': 'ue',
  'унітарнае прадпрыемства': 'ue',
  гуп: 'ue',
  дуп: 'ue',
  муп: 'ue',
  фгуп: 'ue',
  gup: 'ue',
  mup: 'ue',
  fgup: 'ue',
  'state unitary enterprise': 'ue',
  'communal unitary enterprise': 'ue',
  'municipal unitary enterprise': 'ue',
  'federal state unitary enterprise': 'ue',
  'государственное унитарное предприятие': 'ue',
  'коммунальное унитарное предприятие': 'ue',
  'муниципальное унитарное предприятие': 'ue',
  'федеральное государственное унитарное предприятие': 'ue',
  'дзяржаўнае унітарнае прадпрыемства': 'ue',
  'камунальнае унітарнае прадпрыемства': 'ue',
  // Private unitary enterprises (Belarus: ЧУП / ПУП), a private owner's firm.
  чуп: 'pue',
  пуп: 'pue',
  chup: 'pue',
  pup: 'pue',
  pue: 'pue',
  'private unitary enterprise': 'pue',
  'частное унитарное предприятие': 'pue',
  'прыватнае унітарнае прадпрыемства': 'pue',
  // State and other institutions (Belarus: ГУ / ДУ, учреждение / установа; Russia: ГБУ, ФГБУ, ФКУ, ГКУ).
  гу: 'inst',
  ду: 'inst',
  гбу: 'inst',
  фгбу: 'inst',
  фку: 'inst',
  гку: 'inst',
  gbu: 'inst',
  fgbu: 'inst',
  'state institution': 'inst',
  'государственное учреждение': 'inst',
  'дзяржаўная ўстанова': 'inst',
  'учреждение образования': 'inst',
  'установа адукацыі': 'inst',
  'государственное бюджетное учреждение': 'inst',
  'федеральное государственное бюджетное учреждение': 'inst',
  'федеральное казенное учреждение': 'inst',
  // Production and consumer co-operatives (ПК / ВК).
  пк: 'coop',
  вк: 'coop',
  'production cooperative': 'coop',
  'production co operative': 'coop',
  cooperative: 'coop',
  'co operative': 'coop',
  'производственный кооператив': 'coop',
  'вытворчы кааператыў': 'coop',
  кооператив: 'coop',
  кааператыў: 'coop',
  // Individual entrepreneurs (ИП / ІП), non-commercial organisations (АНО), joint ventures (СП).
  ип: 'sole',
  іп: 'sole',
  'individual entrepreneur': 'sole',
  'индивидуальный предприниматель': 'sole',
  'індывідуальны прадпрымальнік': 'sole',
  ано: 'nco',
  ano: 'nco',
  'autonomous non profit organization': 'nco',
  'автономная некоммерческая организация': 'nco',
  'непубличное акционерное общество': 'jsc',
  нао: 'jsc',
  'совместное предприятие': 'jv',
  'сумеснае прадпрыемства': 'jv',
  'joint venture': 'jv',
  // Corporations.
  inc: 'corp',
  incorporated: 'corp',
  corp: 'corp',
  corporation: 'corp',
  co: 'corp',
  'company limited': 'llc',
  na: 'bank',
  'n a': 'bank',
};

/**
 * Generic words → concept id, across languages (English, Russian and Belarusian in Cyrillic
 * and in the common romanisations). A pair of words sharing a concept matches even when
 * the spellings differ (калийная / potash). Concepts marked generic weigh less.
 */
export const CONCEPTS: ReadonlyArray<{ id: string; generic: boolean; location?: boolean; forms: readonly string[] }> = [
  { id: 'company', generic: true, forms: ['company', 'компания', 'кампанія', 'kompaniya', 'kampaniya', 'kompania', 'kampanija'] },
  { id: 'airline', generic: true, forms: ['airline', 'airlines', 'авиакомпания', 'авіякампанія', 'aviakompaniya', 'aviakampaniya'] },
  {
    id: 'plant',
    generic: true,
    forms: ['plant', 'works', 'factory', 'mill', 'завод', 'zavod', 'zavody', 'zavodu', 'фабрика', 'фабрыка', 'fabrika', 'fabryka', 'fabrica'],
  },
  { id: 'combine', generic: true, forms: ['combine', 'combinat', 'kombinat', 'kambinat', 'комбинат', 'камбінат'] },
  { id: 'institute', generic: true, forms: ['institute', 'institut', 'instytut', 'институт', 'інстытут', 'інститут'] },
  { id: 'enterprise', generic: true, forms: ['enterprise', 'predpriyatiye', 'predpriyatie', 'pradpryemstva', 'предприятие', 'прадпрыемства'] },
  { id: 'centre', generic: true, forms: ['centre', 'center', 'centr', 'tsentr', 'центр', 'цэнтр'] },
  { id: 'university', generic: true, forms: ['university', 'universitet', 'universitat', 'университет', 'універсітэт'] },
  { id: 'holding', generic: true, forms: ['holding', 'холдинг', 'холдынг', 'kholding', 'kholdyng', 'holdinh'] },
  { id: 'management', generic: true, forms: ['management', 'managing', 'управляющая', 'кіруючая', 'upravlyayushchaya', 'kiruyuchaya'] },
  { id: 'concern', generic: true, forms: ['concern', 'концерн', 'канцэрн', 'kontsern', 'kantsern'] },
  { id: 'association', generic: true, forms: ['association', 'объединение', "аб'яднанне", 'obyedinenye', 'obedinenie', 'obyedineniye', 'abyadnanne'] },
  {
    id: 'production',
    generic: true,
    forms: ['production', 'производственное', 'вытворчае', 'proizvodstvennoye', 'proizvodstvennoe', 'prozvodstvennoye', 'vytvorchaye'],
  },
  { id: 'group', generic: true, forms: ['group', 'группа', 'група', 'gruppa', 'grupa'] },
  { id: 'business', generic: true, forms: ['business', 'бизнес', 'biznes'] },
  { id: 'bank', generic: true, forms: ['bank', 'банк'] },
  {
    id: 'state',
    generic: true,
    forms: [
      'state',
      'государственный',
      'государственная',
      'государственной',
      'дзяржаўны',
      'дзяржаўнай',
      'gosudarstvennyy',
      'gosudarstvennoy',
      'dzyarzhauny',
      'dzyarzhaunai',
    ],
  },
  { id: 'committee', generic: true, forms: ['committee', 'комитет', 'камітэт', 'komitet', 'kamitet'] },
  { id: 'security', generic: false, forms: ['security', 'безопасности', 'бяспекі', 'bezopasnosti', 'biaspeki', 'byaspeki'] },
  { id: 'republic', generic: true, forms: ['republic', 'республики', 'рэспублікі', 'respubliki', 'respublika'] },
  { id: 'central', generic: true, forms: ['central', 'центральная', 'цэнтральная', 'tsentralnaya', 'centralnaja'] },
  { id: 'commission', generic: true, forms: ['commission', 'комиссия', 'камісія', 'komissiya', 'kamisiya'] },
  { id: 'election', generic: false, forms: ['election', 'elections', 'electoral', 'выборам', 'выбарах', 'vyboram', 'vybarakh'] },
  { id: 'ministry', generic: true, forms: ['ministry', 'министерство', 'міністэрства', 'ministerstvo', 'ministerstva'] },
  { id: 'potash', generic: false, forms: ['potash', 'калийная', 'калійная', 'kaliynaya', 'kalinaya', 'kaliyny', 'kaliinaia'] },
  {
    id: 'automobile',
    generic: false,
    forms: ['automobile', 'automotive', 'автомобильный', 'аўтамабільны', 'avtomobilnyi', 'avtomobilny', 'autamabilny', 'autamabillny'],
  },
  { id: 'tractor', generic: false, forms: ['tractor', 'тракторный', 'тягачей', 'цягачоў', 'traktorny', 'tyagachei', 'tyagachey'] },
  { id: 'wheel', generic: false, forms: ['wheel', 'wheeled', 'колесных', 'колёсных', 'колавых', 'kolesnykh', 'kolesnyh'] },
  { id: 'chemical-fibre', generic: false, forms: ['khimvolokno', 'химволокно', 'хімвалакно', 'chemical fibre', 'chemical fiber', 'khimvalakno'] },
  {
    id: 'belarus',
    generic: false,
    location: true,
    forms: [
      'belarus',
      'belarusian',
      'byelorussian',
      'беларусь',
      'беларусі',
      'белоруссия',
      'белорусская',
      'белорусский',
      'беларуская',
      'беларускі',
      'belorusskaya',
      'belorusskiy',
      'belaruskaya',
      'belarusky',
      'belaruski',
      'belarusi',
      'belarusskaya',
    ],
  },
];

/** Words that carry no identity in organisation names. */
export const ORG_STOPWORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'for',
  'in',
  'on',
  'a',
  'an',
  'de',
  'la',
  'le',
  'der',
  'die',
  'das',
  'und',
  'и',
  'і',
  'по',
  'па',
  'на',
  'в',
  'у',
  'i',
  'pa',
  'po',
  'cu',
]);

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
  /** A stop word (of, der, и), kept only when asked for (`keepStopWords`). */
  stop?: boolean;
}

// Organisation names repeat their words (legal forms, plant, bank, city names); the codes
// of a word are computed once. The returned arrays are shared: read-only.
const WORD_CODES = new BoundedMemo<string[]>(100_000);

// Phrases are matched word by word on consonant codes, so any romanisation of a Cyrillic
// legal form or concept (otkrytoe / otkrytoye / открытое) is recognised.
interface Phrase {
  codes: string[][];
  legalForm?: string;
  concept?: string;
  generic: boolean;
  location?: boolean;
}
const PHRASES: Phrase[] = [
  ...Object.entries(LEGAL_FORMS).map(([text, legalForm]) => ({ codes: normaliseText(text).split(' ').map(wordCodes), legalForm, generic: true })),
  ...CONCEPTS.flatMap((c) =>
    c.forms.map((f) => ({ codes: normaliseText(f).split(' ').map(wordCodes), concept: c.id, generic: c.generic, location: c.location })),
  ),
].sort((a, b) => b.codes.length - a.codes.length);
const BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) {
  for (const code of p.codes[0]!) {
    const list = BY_FIRST.get(code) ?? [];
    if (!list.includes(p)) list.push(p);
    BY_FIRST.set(code, list);
  }
}

/** Consonant codes of a word under every reading; words of up to 5 letters keep their whole skeleton (ojsc and azot must not meet). */
export function wordCodes(word: string): string[] {
  return WORD_CODES.get(word) ?? WORD_CODES.set(word, computeWordCodes(word));
}

function computeWordCodes(word: string): string[] {
  const script = detectScript(word);
  const skels =
    script === 'latin' || script === 'lacinka'
      ? (['english', 'slavic', 'german'] as const).map((c) => skeleton(word, c))
      : romaniseAll(word, script).map((r) => skeleton(r.text, r.convention));
  return [...new Set(skels.map((sk) => (sk.length <= 5 ? `=${sk}` : consonantCode(sk))))];
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
  // Runs of single letters are one abbreviation: A.B.C. → abc (and C.B.A. stays different).
  const words = numbersAsDigits(
    normaliseText(raw)
      .replace(/(?<!\S)(\p{L})(?: (\p{L})(?!\S))+/gu, (run) => run.replace(/ /gu, ''))
      .split(' ')
      .filter(Boolean),
  );
  const codes = words.map(wordCodes);
  const out: OrgToken[] = [];
  for (let i = 0; i < words.length; ) {
    const candidates = new Set(codes[i]!.flatMap((c) => BY_FIRST.get(c) ?? []));
    const hit = PHRASES.find((p) => candidates.has(p) && p.codes.every((pc, k) => codes[i + k]?.some((c) => pc.includes(c))));
    if (hit) {
      const text = words.slice(i, i + hit.codes.length).join(' ');
      out.push({ text, legalForm: hit.legalForm, concept: hit.concept, generic: hit.generic, location: hit.location, acronym: false });
      i += hit.codes.length;
      continue;
    }
    const w = words[i]!;
    i += 1;
    if (ORG_STOPWORDS.has(w)) {
      if (keepStopWords) out.push({ text: w, generic: true, acronym: false, stop: true });
      continue;
    }
    out.push({ text: w, generic: false, acronym: acronyms.has(w) });
  }
  return out;
}
