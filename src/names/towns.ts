/**
 * Towns of Belarus and Russia whose names begin organisation names (Минскдрев, Пинскдрев,
 * Гомельский мясокомбинат): two such words naming two towns name two organisations, however
 * alike their letters (Minsk / Pinsk, Omsk / Tomsk). Data and a look-up by phonetic skeleton,
 * built like the given-name index: every Cyrillic form under every romanisation system, every
 * Latin form under every convention. Pure.
 *
 * Source: the oblast centres and the larger district towns of Belarus (Russian and Belarusian
 * forms, as in the Belarusian State Register of place names) and Russia's regional centres and
 * larger cities, compiled by hand by the team from general knowledge; Latin exonyms only where
 * romanisation does not reach them. Not a gazetteer: a town it lacks is read as an ordinary word.
 */
import { guessConventions, skeleton } from './phonetic.ts';
import { detectScript } from './script.ts';
import { romaniseAll } from './transliterate/index.ts';

const BELARUS = [
  'минск мінск mensk',
  'пинск пінск',
  'брест брэст | брестский брэсцкі',
  'гомель гомель homel | гомельский гомельскі',
  'гродно гродна | гродненский гродзенскі',
  'витебск віцебск',
  'могилёв могилев магілёў | могилёвский могилевский магілёўскі',
  'бобруйск бабруйск',
  'барановичи баранавічы | барановичский баранавіцкі',
  'борисов барысаў | борисовский барысаўскі',
  'орша орша | оршанский аршанскі',
  'мозырь мазыр | мозырский мазырскі',
  'солигорск салігорск',
  'новополоцк наваполацк',
  'лида ліда | лидский лідскі',
  'молодечно маладзечна | молодечненский маладзечанскі',
  'полоцк полацк',
  'жлобин жлобін | жлобинский жлобінскі',
  'светлогорск светлагорск',
  'речица рэчыца | речицкий рэчыцкі',
  'жодино жодзіна | жодинский жодзінскі',
  'слуцк слуцк',
  'кобрин кобрын | кобринский кобрынскі',
  'слоним слонім | слонимский слонімскі',
  'волковыск ваўкавыск',
  'калинковичи калінкавічы | калинковичский калінкавіцкі',
  'сморгонь смаргонь | сморгонский смаргонскі',
  'рогачёв рогачев рагачоў | рогачёвский рогачевский рагачоўскі',
  'осиповичи асіповічы | осиповичский асіповіцкі',
  'горки горкі | горецкий горацкі',
  'новогрудок навагрудак | новогрудский навагрудскі',
  'вилейка вілейка | вилейский вілейскі',
  'береза бяроза | березовский бярозаўскі',
  'лунинец лунінец | лунинецкий лунінецкі',
  'дзержинск дзяржынск',
  'несвиж нясвіж | несвижский нясвіжскі',
  'глубокое глыбокае | глубокский глыбоцкі',
  'поставы паставы | поставский пастаўскі',
  'кричев крычаў | кричевский крычаўскі',
  'быхов быхаў | быховский быхаўскі',
  'климовичи клімавічы | климовичский клімавіцкі',
  'шклов шклоў | шкловский шклоўскі',
  'столбцы стоўбцы | столбцовский стаўбцоўскі',
  'пружаны пружаны | пружанский пружанскі',
  'ивацевичи івацэвічы | ивацевичский івацэвіцкі',
  'логойск лагойск',
  'заславль заслаўе | заславский заслаўскі',
  'дятлово дзятлава | дятловский дзятлаўскі',
  'ошмяны ашмяны | ошмянский ашмянскі',
  'щучин шчучын | щучинский шчучынскі',
  'островец астравец | островецкий астравецкі',
  'лепель лепель | лепельский лепельскі',
  'новолукомль новалукомль | новолукомльский',
  'скидель скідаль | скидельский скідзельскі',
  'добруш добруш | добрушский добрушскі',
  'житковичи жыткавічы | житковичский жыткавіцкі',
  'петриков петрыкаў | петриковский петрыкаўскі',
  'хойники хойнікі | хойникский хойніцкі',
  'столин столін | столинский столінскі',
  'микашевичи мікашэвічы | микашевичский мікашэвіцкі',
  'чечерск чачэрск',
  'костюковичи касцюковічы | костюковичский касцюковіцкі',
];

const RUSSIA = [
  'москва moscow | московский',
  'смоленск',
  'брянск',
  'псков',
  'калининград | калининградский',
  'новосибирск',
  'екатеринбург | екатеринбургский',
  'казань | казанский',
  'самара | самарский',
  'омск',
  'томск',
  'курск',
  'тула | тульский',
  'пенза | пензенский',
  'пермь | пермский',
  'тверь | тверской',
  'рязань | рязанский',
  'липецк',
  'воронеж | воронежский',
  'саратов | саратовский',
  'волгоград | волгоградский',
  'краснодар | краснодарский',
  'красноярск',
  'иркутск',
  'хабаровск',
  'владивосток',
  'мурманск',
  'архангельск',
  'ярославль | ярославский',
  'кострома | костромской',
  'иваново | ивановский',
  'курган | курганский',
  'тюмень | тюменский',
  'челябинск',
  'оренбург | оренбургский',
  'ульяновск',
  'калуга | калужский',
  'ижевск',
  'астрахань | астраханский',
  'норильск',
  'череповец | череповецкий',
  'вологда | вологодский',
  'сургут | сургутский',
];

/** Each town: its names (the first is its id) and its adjectives (Брест: брестский, брэсцкі). */
export const TOWNS: readonly { names: readonly string[]; adjectives: readonly string[] }[] = [...BELARUS, ...RUSSIA].map((line) => {
  const [names, adjectives = ''] = line.split(' | ');
  return { names: names!.split(' '), adjectives: adjectives.split(' ').filter(Boolean) };
});

function spellings(form: string): string[] {
  const script = detectScript(form);
  return script === 'latin' || script === 'lacinka'
    ? guessConventions(form).map((c) => skeleton(form, c))
    : romaniseAll(form, script).map((r) => skeleton(r.text, r.convention));
}

// Skeleton of a name, or of an adjective without its ending (brescki → bresck) → town id. Only
// skeletons of four letters or more: shorter ones begin too many words.
const BY_SKELETON = new Map<string, { town: string; adjective: boolean }>();
for (const { names, adjectives } of TOWNS) {
  const town = names[0]!;
  for (const s of names.flatMap(spellings)) if (s.length >= 4 && !BY_SKELETON.has(s)) BY_SKELETON.set(s, { town, adjective: false });
  for (const a of adjectives.flatMap(spellings)) {
    const s = a.replace(/[aeiouyj]+$/u, '');
    if (s.length >= 4 && !BY_SKELETON.has(s)) BY_SKELETON.set(s, { town, adjective: true });
  }
}
const LENGTHS = [...new Set([...BY_SKELETON.keys()].map((s) => s.length))].sort((a, b) => b - a);

/**
 * The town a word's spelling (a skeleton) begins with, the longest first (Минскдрев, Минский,
 * Minsk), or undefined.
 */
export function townAtStart(skel: string): string | undefined {
  return townAndRest(skel)?.town;
}

/**
 * The town a word names, as itself or its adjective, with no more than a case ending after
 * (Гомель, Homielski, Гродзенская, Barysau; not Минскдрев), or undefined.
 */
export function townWord(skel: string): string | undefined {
  const found = townAndRest(skel);
  if (!found) return undefined;
  // An adjective's stem needs its ending (Bresk is no form of Брэсцкі).
  const ending = found.rest.length <= 4 && /^[aeiouyj]/u.test(found.rest);
  return ending || (found.rest === '' && !found.adjective) ? found.town : undefined;
}

function townAndRest(skel: string): { town: string; adjective: boolean; rest: string } | undefined {
  for (const n of LENGTHS) {
    if (n > skel.length) continue;
    const hit = BY_SKELETON.get(skel.slice(0, n));
    if (hit) return { ...hit, rest: skel.slice(n) };
  }
  return undefined;
}
