/**
 * Industry words of organisation names as concepts (data only, part of `CONCEPTS`): the word an
 * official list keeps in the original language on one side and translates on the other
 * (Табачная фабрика / Tobacco Factory, нефтеперерабатывающий завод / oil refinery, железная
 * дорога / railway). Forms are English, Russian and Belarusian in Cyrillic; romanised spellings
 * meet the Cyrillic ones through their consonant codes (`wordCodes` in `org.ts`), as do the
 * other case endings of an adjective (табачная / табачный / tabachnaya share one code).
 * Masculine and feminine forms are both listed where their codes differ (-ый ends in a
 * consonant). A form whose code has fewer than four consonants is recognised by its whole
 * skeleton only (`wordCodes`), so no unrelated word is read as an industry;
 * `test/names/org-industries.test.ts` checks that every form reads as its own industry.
 *
 * Industries are not generic: an industry tells two organisations of one town apart (Minsk Motor
 * Plant / Minsk Tractor Works), so it weighs as a distinctive word. Power plant, trading house
 * and trade are descriptors, like plant and company, and weigh as little.
 */
export const INDUSTRY_CONCEPTS: ReadonlyArray<{ id: string; generic: boolean; forms: readonly string[] }> = [
  { id: 'tobacco', generic: false, forms: ['tobacco', 'табачная', 'табачный', 'табачное'] },
  {
    id: 'oil-refinery',
    generic: false,
    forms: ['oil refinery', 'refinery', 'нефтеперерабатывающий завод', 'нафтаперапрацоўчы завод', 'нпз', 'npz'],
  },
  { id: 'refining', generic: false, forms: ['refining', 'нефтеперерабатывающий', 'нефтеперерабатывающая', 'нафтаперапрацоўчы'] },
  {
    id: 'petrochemical',
    generic: false,
    forms: ['petrochemical', 'petrochemicals', 'нефтехимический', 'нефтехимическая', 'нафтахімічны', 'нафтахімічная'],
  },
  { id: 'metallurgy', generic: false, forms: ['metallurgical', 'steel', 'металлургический', 'металлургическая', 'металургічны', 'металургічная'] },
  {
    id: 'machine-building',
    generic: false,
    forms: ['machine building', 'machine-building', 'машиностроительный', 'машиностроительная', 'машынабудаўнічы', 'машынабудаўнічая'],
  },
  {
    id: 'instrument-making',
    generic: false,
    forms: ['instrument making', 'instrument-making', 'приборостроительный', 'приборостроительная', 'прыборабудаўнічы', 'прыборабудаўнічая'],
  },
  {
    id: 'electrotechnical',
    generic: false,
    forms: ['electrotechnical', 'электротехнический', 'электротехническая', 'электратэхнічны', 'электратэхнічная'],
  },
  { id: 'chemical', generic: false, forms: ['chemical', 'chemicals', 'химический', 'химическая', 'хімічны', 'хімічная'] },
  { id: 'pharmaceutical', generic: false, forms: ['pharmaceutical', 'фармацевтический', 'фармацевтическая', 'фармацэўтычны', 'фармацэўтычная'] },
  { id: 'motor', generic: false, forms: ['motor', 'engine', 'моторный', 'моторная', 'маторны', 'маторная'] },
  { id: 'bearing', generic: false, forms: ['bearing', 'bearings', 'подшипниковый', 'подшипниковая', 'падшыпнікавы', 'падшыпнікавая'] },
  { id: 'glass', generic: false, forms: ['glass', 'стекольный', 'стекольная', 'шкляны', 'шкляная'] },
  { id: 'cement', generic: false, forms: ['cement', 'цементный', 'цементная', 'цэментны', 'цэментная'] },
  { id: 'textile', generic: false, forms: ['textile', 'textiles', 'текстильный', 'текстильная', 'тэкстыльны', 'тэкстыльная'] },
  { id: 'sugar', generic: false, forms: ['sugar', 'сахарный', 'сахарная', 'цукровы', 'цукровая'] },
  { id: 'dairy', generic: false, forms: ['dairy', 'молочный', 'молочная', 'малочны', 'малочная'] },
  { id: 'brewery', generic: false, forms: ['brewery', 'пивоваренный', 'пивоваренная', 'піваварны', 'піваварная'] },
  { id: 'furniture', generic: false, forms: ['furniture', 'мебельный', 'мебельная', 'мэблевы', 'мэблевая'] },
  { id: 'footwear', generic: false, forms: ['footwear', 'обувной', 'обувная', 'абутковы', 'абутковая'] },
  {
    id: 'woodworking',
    generic: false,
    forms: ['woodworking', 'деревообрабатывающий', 'деревообрабатывающая', 'дрэваапрацоўчы', 'дрэваапрацоўчая'],
  },
  {
    id: 'agricultural',
    generic: false,
    forms: ['agricultural', 'сельскохозяйственный', 'сельскохозяйственная', 'сельскагаспадарчы', 'сельскагаспадарчая'],
  },
  { id: 'nuclear', generic: false, forms: ['nuclear', 'atomic', 'атомный', 'атомная', 'атамны', 'атамная'] },
  { id: 'oil', generic: false, forms: ['oil', 'petroleum', 'petróleos', 'petróleo', 'нефтяная', 'нефтяной', 'нафтавая', 'нафтавы'] },
  { id: 'aviation', generic: false, forms: ['aviation', 'aircraft', 'авиационный', 'авиационная', 'авіяцыйны', 'авіяцыйная'] },
  { id: 'repair', generic: false, forms: ['repair', 'ремонтный', 'ремонтная', 'рамонтны', 'рамонтная'] },
  { id: 'power-plant', generic: true, forms: ['power plant', 'power station', 'электростанция', 'электрастанцыя'] },
  { id: 'railway', generic: false, forms: ['railway', 'railways', 'железная дорога', 'чыгунка'] },
  { id: 'trading-house', generic: true, forms: ['trading house', 'торговый дом', 'гандлёвы дом'] },
  // The English word as Belarusian and Russian company names borrow it (ЧУП «Бел Трейд»).
  { id: 'trade', generic: true, forms: ['trade', 'трейд', 'трэйд', 'treid', 'treyd'] },
];
