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
  'брест брэст',
  'гомель гомель homel',
  'гродно гродна',
  'витебск віцебск',
  'могилёв могилев магілёў',
  'бобруйск бабруйск',
  'барановичи баранавічы',
  'борисов барысаў',
  'орша орша',
  'мозырь мазыр',
  'солигорск салігорск',
  'новополоцк наваполацк',
  'лида ліда',
  'молодечно маладзечна',
  'полоцк полацк',
  'жлобин жлобін',
  'светлогорск светлагорск',
  'речица рэчыца',
  'жодино жодзіна',
  'слуцк слуцк',
  'кобрин кобрын',
  'слоним слонім',
  'волковыск ваўкавыск',
  'калинковичи калінкавічы',
  'сморгонь смаргонь',
  'рогачёв рогачев рагачоў',
  'осиповичи асіповічы',
  'горки горкі',
  'новогрудок навагрудак',
  'вилейка вілейка',
  'береза бяроза',
  'лунинец лунінец',
  'дзержинск дзяржынск',
  'несвиж нясвіж',
  'глубокое глыбокае',
  'поставы паставы',
  'кричев крычаў',
  'быхов быхаў',
  'климовичи клімавічы',
  'шклов шклоў',
  'столбцы стоўбцы',
  'пружаны пружаны',
  'ивацевичи івацэвічы',
  'логойск лагойск',
  'заславль заслаўе',
  'дятлово дзятлава',
  'ошмяны ашмяны',
  'щучин шчучын',
  'островец астравец',
  'лепель лепель',
  'новолукомль новалукомль',
  'скидель скідаль',
  'добруш добруш',
  'житковичи жыткавічы',
  'петриков петрыкаў',
  'хойники хойнікі',
  'столин столін',
  'микашевичи мікашэвічы',
  'чечерск чачэрск',
  'костюковичи касцюковічы',
];

const RUSSIA = [
  'москва moscow',
  'смоленск',
  'брянск',
  'псков',
  'калининград',
  'новосибирск',
  'екатеринбург',
  'казань',
  'самара',
  'омск',
  'томск',
  'курск',
  'тула',
  'пенза',
  'пермь',
  'тверь',
  'рязань',
  'липецк',
  'воронеж',
  'саратов',
  'волгоград',
  'краснодар',
  'красноярск',
  'иркутск',
  'хабаровск',
  'владивосток',
  'мурманск',
  'архангельск',
  'ярославль',
  'кострома',
  'иваново',
  'курган',
  'тюмень',
  'челябинск',
  'оренбург',
  'ульяновск',
  'калуга',
  'ижевск',
  'астрахань',
  'норильск',
  'череповец',
  'вологда',
  'сургут',
];

/** Each town as its forms (the first is its id). */
export const TOWNS: readonly (readonly string[])[] = [...BELARUS, ...RUSSIA].map((line) => line.split(' '));

// Skeleton of a form → town id. Only skeletons of four letters or more: shorter ones begin too
// many words.
const BY_SKELETON = new Map<string, string>();
for (const forms of TOWNS) {
  for (const form of forms) {
    const script = detectScript(form);
    const spellings =
      script === 'latin' || script === 'lacinka'
        ? guessConventions(form).map((c) => skeleton(form, c))
        : romaniseAll(form, script).map((r) => skeleton(r.text, r.convention));
    for (const s of spellings) if (s.length >= 4 && !BY_SKELETON.has(s)) BY_SKELETON.set(s, forms[0]!);
  }
}
const LENGTHS = [...new Set([...BY_SKELETON.keys()].map((s) => s.length))].sort((a, b) => b - a);

/**
 * The town a word's spelling (a skeleton) begins with, the longest first (Минскдрев, Минский,
 * Minsk), or undefined.
 */
export function townAtStart(skel: string): string | undefined {
  for (const n of LENGTHS) {
    if (n > skel.length) continue;
    const town = BY_SKELETON.get(skel.slice(0, n));
    if (town) return town;
  }
  return undefined;
}
