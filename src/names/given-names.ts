/**
 * Given names as equivalence classes: the Russian, Belarusian, Ukrainian, Polish and common
 * Western forms of one name (Аляксандр / Александр / Олександр / Aleksander / Alexander / Aleś).
 * Data only. The scorer treats two tokens in one class as the same name whatever their
 * spelling; that is how Zmitser pairs with Dmitry and Andrzej with Андрэй. Latin forms are
 * written in their most common spellings; other romanisations reach them through the
 * phonetic skeleton. Source: standard Russian/Belarusian/Ukrainian name correspondences
 * (e.g. Belarusian and Russian civil-registry pairs), compiled by hand; not from the bench data.
 */
export interface GivenNameClass {
  /** The Russian nominative, used as the class id. */
  id: string;
  gender: 'm' | 'f';
  forms: readonly string[];
}

const M = (...forms: string[]): GivenNameClass => ({ id: forms[0]!, gender: 'm', forms });
const F = (...forms: string[]): GivenNameClass => ({ id: forms[0]!, gender: 'f', forms });

export const GIVEN_NAMES: readonly GivenNameClass[] = [
  M('александр', 'аляксандр', 'алесь', 'олександр', 'алексан', 'aleksander', 'alexander', 'alexandre', 'alex', 'ales', 'aleksandar', 'sasha'),
  M('алексей', 'аляксей', 'олексій', 'aleksiej', 'alexei', 'alexey', 'alyaksei'),
  M('анатолий', 'анатоль', 'анатолій', 'anatol', 'anatoli'),
  M('андрей', 'андрэй', 'андрій', 'анджэй', 'анджей', 'andrzej', 'andrew', 'andreas', 'andre'),
  M('антон', 'антон', 'antoni', 'anton'),
  M('аркадий', 'аркадзь', 'arkadiusz'),
  M('артём', 'арцём', 'артем', 'artem', 'artsiom', 'artyom'),
  M('борис', 'барыс', 'борис', 'borys', 'boris'),
  M('вадим', 'вадзім', 'вадим', 'wadim'),
  M('валентин', 'валянцін', 'валентин', 'walenty', 'valentine'),
  M('валерий', 'валерый', 'валерій', 'walery', 'valery'),
  M('василий', 'васіль', 'василь', 'wasyl', 'vasil', 'basil'),
  M('виктор', 'віктар', 'віктор', 'wiktor', 'victor'),
  M('виталий', 'віталь', 'віталій', 'witalij', 'vital'),
  M('владимир', 'уладзімір', 'володимир', 'włodzimierz', 'wladimir', 'vladimir'),
  M('владислав', 'уладзіслаў', 'владислав', 'władysław', 'vladislav'),
  M('вячеслав', 'вячаслаў', 'вʼячеслав', 'wiaczesław'),
  M('геннадий', 'генадзь', 'геннадій', 'hienadz', 'gennady'),
  M('георгий', 'георгій', 'юрась', 'jerzy', 'george', 'georg', 'heorhi'),
  M('глеб', 'глеб', 'гліб', 'gleb', 'hleb'),
  M('григорий', 'рыгор', 'грыгорый', 'григорій', 'grzegorz', 'gregory', 'hryhory'),
  M('денис', 'дзяніс', 'денис', 'dzianis', 'denis', 'dennis'),
  M('дмитрий', 'дзмітрый', 'дзьмітры', 'зміцер', 'дмитро', 'dmitri', 'dmitry', 'zmitser', 'zmicier', 'dymitr'),
  M('евгений', 'яўген', 'євген', 'eugeniusz', 'eugene', 'yevgeny', 'jauhien'),
  M('егор', 'ягор', 'єгор', 'yegor', 'yahor'),
  M('иван', 'іван', 'iwan', 'ivan'),
  M('игорь', 'ігар', 'ігор', 'igor', 'ihar', 'ihor'),
  M('иосиф', 'язэп', 'йосип', 'józef', 'joseph', 'josef'),
  M('илья', 'ілья', 'ілля', 'eliasz', 'ilya', 'illia'),
  M('кирилл', 'кірыл', 'кирило', 'cyryl', 'kirill'),
  M('константин', 'канстанцін', 'костянтин', 'konstanty', 'constantine'),
  M('леонид', 'леанід', 'леонід', 'leonid', 'leanid'),
  M('максим', 'максім', 'максим', 'maksymilian', 'maxim', 'maksym'),
  M('матвей', 'мацвей', 'матвій', 'mateusz', 'matthew'),
  M('михаил', 'міхаіл', 'міхась', 'михайло', 'michał', 'michael', 'mikhail', 'michail'),
  M('никита', 'мікіта', 'микита', 'nikita'),
  M('николай', 'мікалай', 'мікола', 'микола', 'mikołaj', 'nicholas', 'nikolai', 'mikola'),
  M('олег', 'алег', 'олег', 'oleg', 'aleh'),
  M('павел', 'павал', 'павло', 'paweł', 'paul', 'pavel'),
  M('пётр', 'пятро', 'петро', 'петр', 'piotr', 'peter', 'pyotr'),
  M('роман', 'раман', 'роман', 'roman', 'raman'),
  M('руслан', 'руслан', 'ruslan'),
  M('сергей', 'сяргей', 'сергій', 'sergiusz', 'sergey', 'serge', 'siarhei', 'serhiy'),
  M('семён', 'сямён', 'семен', 'simon', 'semyon'),
  M('станислав', 'станіслаў', 'станіслав', 'stanisław', 'stanislav'),
  M('степан', 'сцяпан', 'стефан', 'степан', 'stefan', 'stephen', 'stepan', 'stsiapan'),
  M('тарас', 'тарас', 'taras'),
  M('тимофей', 'цімафей', 'тимофій', 'tymoteusz', 'timothy'),
  M('фёдор', 'фёдар', 'тодар', 'федір', 'fiodor', 'theodore', 'fedor'),
  M('эдуард', 'эдуард', 'едуард', 'edward', 'eduard'),
  M('юрий', 'юрый', 'юрій', 'yuri', 'yury', 'jurij'),
  M('ярослав', 'яраслаў', 'ярослав', 'jarosław', 'yaroslav'),
  M('хаджимурат', 'hadzhimurat'),
  F('александра', 'аляксандра', 'олександра', 'aleksandra', 'alexandra'),
  F('алла', 'ала', 'алла', 'alla', 'ala'),
  F('анастасия', 'анастасія', 'настасся', 'anastazja', 'anastasia', 'nastassia'),
  F('анна', 'ганна', 'анна', 'hanna', 'anna', 'anne', 'ann'),
  F('валентина', 'валянціна', 'валентина', 'walentyna', 'valentina'),
  F('вера', 'вера', 'віра', 'wiera', 'vera'),
  F('вероника', 'вераніка', 'вероніка', 'weronika', 'veronica'),
  F('виктория', 'вікторыя', 'вікторія', 'wiktoria', 'victoria'),
  F('галина', 'галіна', 'галина', 'halina', 'galina'),
  F('дарья', "дар'я", 'дарʼя', 'дарія', 'daria', 'darya', 'dasha'),
  F('евгения', 'яўгенія', 'євгенія', 'eugenia', 'yevgenia'),
  F('екатерина', 'кацярына', 'катерина', 'катарына', 'katarzyna', 'catherine', 'katherine', 'ekaterina', 'katsiaryna'),
  F('елена', 'алена', 'олена', 'helena', 'elena', 'olena', 'alena'),
  F('елизавета', 'елізавета', 'єлизавета', 'elżbieta', 'elizabeth'),
  F('жанна', 'жана', 'zhanna', 'jeanne'),
  F('зинаида', 'зінаіда', 'зінаїда', 'zinaida'),
  F('ирина', 'ірына', 'ірина', 'irena', 'irina', 'iryna'),
  F('ксения', 'ксенія', 'аксіння', 'ksenia', 'xenia'),
  F('лидия', 'лідзія', 'лідія', 'lidia', 'lydia'),
  F('любовь', 'любоў', 'любов', 'luba', 'lubov'),
  F('людмила', 'людміла', 'людмила', 'ludmiła', 'ludmila', 'liudmila'),
  F('марина', 'марына', 'марина', 'maryna', 'marina'),
  F('мария', 'марыя', 'марія', "мар'я", 'maria', 'mary', 'marie', 'maryia'),
  F('марфа', 'марфа', 'marta', 'martha', 'marfa'),
  F('надежда', 'надзея', 'надія', 'nadzieja', 'nadezhda', 'nadzeya'),
  F('наталья', 'наталля', 'наталія', 'наталия', 'natalia', 'natalie', 'natallia'),
  F('нина', 'ніна', 'nina'),
  F('оксана', 'аксана', 'оксана', 'oksana', 'aksana'),
  F('ольга', 'вольга', 'ольга', 'olga', 'volha'),
  F('полина', 'паліна', 'поліна', 'paulina', 'polina'),
  F('светлана', 'святлана', 'світлана', 'swietłana', 'svetlana', 'sviatlana'),
  F('тамара', 'тамара', 'tamara'),
  F('татьяна', 'таццяна', 'тетяна', 'tatiana', 'tatsiana', 'tatyana'),
  F('юлия', 'юлія', 'julia', 'yulia', 'yuliya'),
  F('яна', 'яна', 'jana', 'yana'),
];
