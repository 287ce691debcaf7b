/** German patterns; compound numbers ("zweiundfünfzig") are split by `compound`. */
import type { LanguagePatterns } from '../patterns.ts';

const DE_NUMBERS: Array<[string, number]> = [
  ['zwei', 2],
  ['drei', 3],
  ['vier', 4],
  ['fünf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
  ['zehn', 10],
  ['elf', 11],
  ['zwölf', 12],
  ['dreizehn', 13],
  ['vierzehn', 14],
  ['fünfzehn', 15],
  ['sechzehn', 16],
  ['siebzehn', 17],
  ['achtzehn', 18],
  ['neunzehn', 19],
  ['zwanzig', 20],
  ['dreißig|dreissig', 30],
  ['vierzig', 40],
  ['fünfzig', 50],
  ['sechzig', 60],
  ['siebzig', 70],
  ['achtzig', 80],
  ['neunzig', 90],
  ['hundert|einhundert', 100],
  ['ein|eins|einen|einem', 1],
];

export const de: LanguagePatterns = {
  lang: 'de',
  release:
    '\\b(?:freigelassen\\w*|freigekommen|freilassen|freiließ\\w*|Freilassung\\w*|begnadigt\\w*|begnadigte|Begnadigung\\w*|amnestiert\\w*|Amnestie|abgeschoben|ausgewiesen|Gefangenenaustausch\\w*|ausgetauscht|auf freien Fuß|kamen frei|kam frei|entlassen)\\b',
  releaseContext:
    '\\b(?:Gefangen\\w*|politisch\\w*|Häftling\\w*|Inhaftiert\\w*|Menschen|Personen|Bürger\\w*|Aktivist\\w*|Journalist\\w*|Oppositionell\\w*|Haft|Gefängnis\\w*|Straflager\\w*|begnadigt\\w*|Amnestie)\\b',
  releaseModes: [
    ['exchange', '\\b(?:Austausch\\w*|Gefangenenaustausch\\w*|ausgetauscht)\\b'],
    ['deportation', '\\b(?:abgeschoben|ausgewiesen|Abschiebung|über die Grenze|an die Grenze|ins Ausland gebracht)\\b'],
    ['amnesty', '\\b(?:Amnestie\\w*|amnestiert\\w*)\\b'],
    ['pardon', '\\b(?:begnadigt\\w*|Begnadigung\\w*|Gnadengesuch\\w*)\\b'],
  ],
  arrest: '\\b(?:festgenommen|verhaftet|Festnahme\\w*|Verhaftung\\w*|inhaftiert|in Gewahrsam genommen|festgesetzt)\\b',
  politicalContext: '\\b(?:politisch\\w*|Opposition\\w*|Aktivist\\w*|Protest\\w*|Journalist\\w*|Menschenrecht\\w*|Regime\\w*|Sanktion\\w*|Extremis\\w*)\\b',
  recognition:
    '\\b(?:anerkannt|anerkennt|eingestuft|erklärt)\\b[^.]{0,80}?\\bpolitisch\\w* Gefangen\\w*\\b|\\bals politisch\\w* Gefangen\\w* (?:anerkannt|eingestuft)\\b',
  total: '\\b(?:insgesamt|Gesamtzahl|damit (?:auf|zählt)|steigt auf|stieg auf|auf nun)\\b',
  sanction: '\\b(?:Sanktion\\w*|Strafmaßnahme\\w*|restriktive\\w* Maßnahme\\w*|Sanktionsliste\\w*|Einreiseverbot\\w*|Vermögenssperre\\w*)\\b',
  sanctionActions: [
    ['delist', '\\b(?:von der (?:\\w+)?liste gestrichen|von der Sanktionsliste genommen|gestrichen|aus der Liste entfernt)\\b'],
    ['lift', '\\b(?:aufgehoben|aufheben|hob\\w* (?:\\w+ ){0,4}auf|Aufhebung|beendet)\\b'],
    ['ease', '\\b(?:gelockert|lockern|lockerte\\w*|Lockerung\\w*|Erleichterung\\w*|ausgesetzt|Generallizenz\\w*)\\b'],
    ['extend', '\\b(?:verlängert|verlängern|verlängerte\\w*|Verlängerung\\w*)\\b'],
    ['expand', '\\b(?:ausgeweitet|ausweiten|erweitert|erweiterte\\w*|neue\\w* (?:Sanktion\\w*|Sanktionspaket\\w*)|verschärft\\w*|hinzugefügt)\\b'],
    ['impose', '\\b(?:verhängt\\w*|verhängen|erlassen|belegt|eingeführt|setzt\\w* (?:\\w+ ){0,4}auf die (?:\\w+)?liste)\\b'],
  ],
  contact: [
    ['call', '\\b(?:telefoniert\\w*|Telefonat\\w*|Telefongespräch\\w*)\\b'],
    ['letter', '\\b(?:Brief\\w*|Schreiben)\\b'],
    ['visit', '\\b(?:besucht\\w*|Besuch\\w*|reiste\\w* nach|traf in \\p{Lu}\\w+ ein)\\b'],
    ['talks', '\\b(?:Gespräche\\w*|Verhandlung\\w*|verhandelt\\w*)\\b'],
    ['meeting', '\\b(?:traf\\w* sich|trafen|getroffen|Treffen|empfing)\\b'],
  ],
  priorContact: '\\b(?:(?<n>\\S+) (?:Tage?n?|(?<week>Wochen?)) )?(?:nach|nachdem|im Anschluss an)(?: [\\p{L}\\-]+){0,3} ',
  visitor: [
    '(?: [\\p{L}\\-]+){0,1} (?:Delegation|Gesandte\\w*|Sondergesandte\\w*|Emissär\\w*|Unterhändler\\w*)',
    '\\b(?:Delegation|Gesandte\\w*|Sondergesandte\\w*|Emissär\\w*)(?: (?:aus|der|des))?(?: den| dem| der)? ',
  ],
  statement: '\\b(?:sagte\\w*|erklärte\\w*|forderte\\w*|verurteilte\\w*|betonte\\w*|kritisierte\\w*)\\b',
  statementTopic: '\\b(?:politisch\\w* Gefangen\\w*|Sanktion\\w*|Freilassung\\w*|Festnahme\\w*|Repression\\w*)\\b',
  offer:
    '\\b(?:bereit|könnte\\w*|würde\\w*|möglich\\w*|angeboten|bot\\w* an|versprach\\w*|versprochen|droht\\w*|gedroht|erwägt|erwäg\\w*|plant\\w*|will|wollen|falls|wenn|fordert\\w*|gefordert|verlangt\\w*|appelliert\\w*)\\b',
  negation: '\\b(?:nicht|kein\\w*|niemand|verweigert\\w*|lehnte\\w* ab)\\b',
  backgroundClause: '\\b(?:der (?:im|bereits)|die (?:im|bereits)|der \\d{4}|die \\d{4}|früher\\w*|zuvor|bereits|vorherig\\w*|ehemalig\\w*)\\b',
  pastMarker:
    '\\b(?:im vergangenen Jahr|im letzten Jahr|vergangenes Jahr|letztes Jahr|im vergangenen Monat|vor (?:einem|zwei|drei|mehreren) (?:Jahr|Jahren|Monaten)|im Jahr (?:19|20)\\d\\d|seit (?:19|20)\\d\\d)\\b',
  peopleNoun:
    '\\b(?:Menschen|Personen|Gefangen\\w*|politisch\\w* Gefangen\\w*|Häftling\\w*|Inhaftiert\\w*|Bürger\\w*|Aktivist\\w*|Journalist\\w*|Ausländer\\w*|Männer|Frauen|Oppositionell\\w*)\\b',
  listingNoun: '\\b(?:Personen|Einzelpersonen|Organisationen|Unternehmen|Firmen|Einrichtungen|Funktionär\\w*|Beamt\\w*|Richter\\w*)\\b',
  numbers: {
    words: DE_NUMBERS.map(([w, v]) => [new RegExp(`^(?:${w})$`), v] as const),
    multipliers: [[/^tausend$/, 1000]],
    connectors: /^und$/,
    compound: /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/,
    approximate: [['\\b(?:ein|einem) Dutzend\\b', 12, 'about']],
    qualifiers: [
      ['\\b(?:mehr als|über|mindestens|wenigstens)', 'at_least'],
      ['\\b(?:rund|etwa|ungefähr|fast|knapp|nahezu|annähernd|circa|ca\\.)', 'about'],
      ['\\b(?:bis zu|weniger als|höchstens)', 'at_most'],
    ],
  },
  dates: {
    weekdays: [
      '(?:am )?Sonntag',
      '(?:am )?Montag',
      '(?:am )?Dienstag',
      '(?:am )?Mittwoch',
      '(?:am )?Donnerstag',
      '(?:am )?Freitag',
      '(?:am )?(?:Samstag|Sonnabend)',
    ],
    months: ['Januar|Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    relative: [
      ['vorgestern', -2, 'day'],
      ['gestern', -1, 'day'],
      ['heute', 0, 'day'],
      ['vergangene Woche|letzte Woche|in der vergangenen Woche|vor einer Woche', -7, 'week'],
      ['diese Woche|in dieser Woche', 0, 'week'],
      ['vergangenen Monat|im vergangenen Monat|letzten Monat', -31, 'month'],
    ],
    future: '\\b(?:wird|werden|nächste\\w*|morgen|soll|sollen|geplant)\\b',
    past: '\\b(?:vergangene\\w*|letzte\\w*)\\b',
  },
};
