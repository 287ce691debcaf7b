/**
 * Country names to ISO 3166-1 alpha-2 codes, for comparing nationalities: what a screening
 * query states (`KP`, `North Korea`) with what a list writes (`Korea, North`, `Democratic
 * People's Republic of Korea`). Pure data and one look-up. English short names as the
 * FollowTheMoney `country` type labels them (codes and labels as of FtM 3.x); the lists'
 * official, inverted and older forms, and adjectives, are added by hand.
 */
import { normaliseText } from './normalise.ts';

// code=English name; one entry per code, `;`-separated.
const NAMES =
  'ac=Ascension Island;ad=Andorra;ae=United Arab Emirates;af=Afghanistan;ag=Antigua and Barbuda;' +
  'ai=Anguilla;al=Albania;am=Armenia;ao=Angola;aq=Antarctica;ar=Argentina;as=American Samoa;' +
  'at=Austria;au=Australia;aw=Aruba;ax=Åland Islands;az=Azerbaijan;ba=Bosnia and Herzegovina;' +
  'bb=Barbados;bd=Bangladesh;be=Belgium;bf=Burkina Faso;bg=Bulgaria;bh=Bahrain;bi=Burundi;bj=Benin;' +
  'bl=Saint Barthélemy;bm=Bermuda;bn=Brunei;bo=Bolivia;bq=Bonaire, Sint Eustatius and Saba;' +
  'br=Brazil;bs=Bahamas;bt=Bhutan;bv=Bouvet Island;bw=Botswana;by=Belarus;bz=Belize;ca=Canada;' +
  'cc=Cocos (Keeling) Islands;cd=DR Congo;cf=Central African Republic;cg=Congo-Brazzaville;' +
  "ch=Switzerland;ci=Côte d'Ivoire;ck=Cook Islands;cl=Chile;cm=Cameroon;cn=China;co=Colombia;" +
  'cp=Clipperton Island;cq=Sark;cr=Costa Rica;cu=Cuba;cv=Cape Verde;cw=Curaçao;cx=Christmas Island;' +
  'cy=Cyprus;cz=Czechia;dd=East Germany;de=Germany;dg=Diego Garcia;dj=Djibouti;dk=Denmark;' +
  'dm=Dominica;do=Dominican Republic;dz=Algeria;ec=Ecuador;ee=Estonia;eg=Egypt;eh=Western Sahara;' +
  'er=Eritrea;es=Spain;et=Ethiopia;eu=European Union;fi=Finland;fj=Fiji;fk=Falkland Islands;' +
  'fm=Micronesia;fo=Faroe Islands;fr=France;ga=Gabon;gb=United Kingdom;gd=Grenada;ge=Georgia;' +
  'gf=French Guiana;gg=Guernsey;gh=Ghana;gi=Gibraltar;gl=Greenland;gm=Gambia;gn=Guinea;' +
  'gp=Guadeloupe;gq=Equatorial Guinea;gr=Greece;gs=South Georgia and the South Sandwich Islands;' +
  'gt=Guatemala;gu=Guam;gw=Guinea-Bissau;gy=Guyana;hk=Hong Kong SAR;hm=Heard and McDonald Islands;' +
  'hn=Honduras;hr=Croatia;ht=Haiti;hu=Hungary;ic=Canary Islands;id=Indonesia;ie=Ireland;il=Israel;' +
  'im=Isle of Man;in=India;io=British Indian Ocean Territory;iq=Iraq;ir=Iran;is=Iceland;it=Italy;' +
  'je=Jersey;jm=Jamaica;jo=Jordan;jp=Japan;ke=Kenya;kg=Kyrgyzstan;kh=Cambodia;ki=Kiribati;' +
  'km=Comoros;kn=Saint Kitts and Nevis;kp=North Korea;kr=South Korea;kw=Kuwait;ky=Cayman Islands;' +
  'kz=Kazakhstan;la=Laos;lb=Lebanon;lc=Saint Lucia;li=Liechtenstein;lk=Sri Lanka;lr=Liberia;' +
  'ls=Lesotho;lt=Lithuania;lu=Luxembourg;lv=Latvia;ly=Libya;ma=Morocco;mc=Monaco;md=Moldova;' +
  'me=Montenegro;mf=Saint Martin;mg=Madagascar;mh=Marshall Islands;mk=North Macedonia;ml=Mali;' +
  'mm=Myanmar;mn=Mongolia;mo=Macao SAR;mp=Northern Mariana Islands;mq=Martinique;mr=Mauritania;' +
  'ms=Montserrat;mt=Malta;mu=Mauritius;mv=Maldives;mw=Malawi;mx=Mexico;my=Malaysia;mz=Mozambique;' +
  'na=Namibia;nc=New Caledonia;ne=Niger;nf=Norfolk Island;ng=Nigeria;ni=Nicaragua;nl=Netherlands;' +
  'no=Norway;np=Nepal;nr=Nauru;nu=Niue;nz=New Zealand;om=Oman;pa=Panama;pe=Peru;' +
  'pf=French Polynesia;pg=Papua New Guinea;ph=Philippines;pk=Pakistan;pl=Poland;' +
  'pm=Saint Pierre and Miquelon;pn=Pitcairn;pr=Puerto Rico;ps=Palestinian territories;pt=Portugal;' +
  'pw=Palau;py=Paraguay;qa=Qatar;re=Réunion;ro=Romania;rs=Serbia;ru=Russia;rw=Rwanda;' +
  'sa=Saudi Arabia;sb=Solomon Islands;sc=Seychelles;sd=Sudan;se=Sweden;sg=Singapore;' +
  'sh=Saint Helena, Ascension and Tristan da Cunha;si=Slovenia;sj=Svalbard and Jan Mayen;' +
  'sk=Slovakia;sl=Sierra Leone;sm=San Marino;sn=Senegal;so=Somalia;sr=Suriname;ss=South Sudan;' +
  'st=São Tomé and Príncipe;sv=El Salvador;sx=Sint Maarten;sy=Syria;sz=Eswatini;' +
  'ta=Tristan da Cunha;tc=Turks and Caicos Islands;td=Chad;tf=French Southern Territories;tg=Togo;' +
  'th=Thailand;tj=Tajikistan;tk=Tokelau;tl=Timor-Leste;tm=Turkmenistan;tn=Tunisia;to=Tonga;' +
  'tr=Türkiye;tt=Trinidad and Tobago;tv=Tuvalu;tw=Taiwan;tz=Tanzania;ua=Ukraine;ug=Uganda;' +
  'um=U.S. Outlying Islands;un=United Nations;us=United States of America;uy=Uruguay;uz=Uzbekistan;' +
  'va=Holy See;vc=Saint Vincent and the Grenadines;ve=Venezuela;vg=British Virgin Islands;' +
  'vi=U.S. Virgin Islands;vn=Vietnam;vu=Vanuatu;wf=Wallis and Futuna;ws=Samoa;xk=Kosovo;ye=Yemen;' +
  'yt=Mayotte;za=South Africa;zm=Zambia;zr=Zaire;zw=Zimbabwe;zz=Global;';

// Official, inverted and older names, and adjectives of nationality, that lists and users write.
const OTHER: Readonly<Record<string, readonly string[]>> = {
  by: ['belarusian', 'byelorussia', 'byelorussian ssr', 'беларусь', 'республика беларусь', 'рэспубліка беларусь'],
  ru: ['russian federation', 'russian', 'россия', 'российская федерация'],
  ua: ['ukrainian', 'украина', 'україна'],
  ve: ['venezuelan', 'venezolana', 'venezolano', 'bolivarian republic of venezuela', 'república bolivariana de venezuela'],
  co: ['colombian', 'colombiana', 'colombiano'],
  cu: ['cuban', 'cubana', 'cubano'],
  ni: ['nicaraguan'],
  es: ['spanish', 'españa', 'española', 'español'],
  pt: ['portuguese', 'portuguesa', 'português'],
  br: ['brazilian', 'brasil', 'brasileira', 'brasileiro'],
  us: ['united states of america', 'usa', 'u s', 'american'],
  gb: ['uk', 'british', 'great britain', 'united kingdom of great britain and northern ireland'],
  pl: ['polish', 'polska'],
  lt: ['lithuanian'],
  lv: ['latvian'],
  kz: ['kazakh'],
  ir: ['iranian', 'islamic republic of iran'],
  sy: ['syrian', 'syrian arab republic'],
  iq: ['iraqi'],
  af: ['afghan'],
  kp: ['north korea', "democratic people's republic of korea", 'dprk', 'north korean'],
  kr: ['south korea', 'republic of korea', 'south korean'],
  cd: ['democratic republic of the congo', 'congo kinshasa'],
  cg: ['republic of the congo', 'congo brazzaville'],
  mm: ['burma', 'burmese'],
  ps: ['palestinian', 'state of palestine'],
  tr: ['turkey', 'turkish'],
  ci: ["cote d'ivoire", 'ivory coast'],
  md: ['republic of moldova', 'moldovan'],
  vn: ['viet nam', 'vietnamese'],
  la: ["lao people's democratic republic"],
  tz: ['united republic of tanzania'],
  cz: ['czech republic', 'czech'],
  mk: ['macedonia', 'the former yugoslav republic of macedonia', 'republic of north macedonia'],
  cn: ['chinese'],
  lb: ['lebanese'],
  ly: ['libyan'],
  so: ['somali'],
  sd: ['sudanese'],
  ye: ['yemeni'],
  pk: ['pakistani'],
  sa: ['saudi'],
  de: ['german'],
  fr: ['french'],
};

const KEYS = new Map<string, string>();
for (const entry of NAMES.split(';')) {
  const [code, name] = entry.split('=');
  if (code && name) KEYS.set(normaliseText(name), code);
}
for (const [code, names] of Object.entries(OTHER)) for (const n of names) KEYS.set(normaliseText(n), code);

/**
 * A country as a comparable key: its alpha-2 code when the text is a code or a known name
 * (also inverted, `Korea, North`, or with a parenthesis, `Iran (Islamic Republic of)`), else
 * the normalised text.
 */
export function countryKey(text: string): string {
  const norm = normaliseText(text);
  if (/^[a-z]{2}$/u.test(norm)) return norm;
  const direct = KEYS.get(norm);
  if (direct) return direct;
  const comma = /^([^,]+),\s*(.+)$/u.exec(text.trim());
  if (comma) {
    const code = KEYS.get(normaliseText(`${comma[2]} ${comma[1]}`)) ?? KEYS.get(normaliseText(comma[1]!));
    if (code) return code;
  }
  const paren = /^(.+?)\s*\(([^()]+)\)$/u.exec(text.trim());
  if (paren) {
    const code = KEYS.get(normaliseText(`${paren[2]} ${paren[1]}`)) ?? KEYS.get(normaliseText(paren[1]!));
    if (code) return code;
  }
  return norm;
}
