/** English patterns: the best-covered language. */
import type { LanguagePatterns } from '../patterns.ts';
import { ENGLISH_UNITS as UNITS } from '../../english-numbers.ts';

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const en: LanguagePatterns = {
  lang: 'en',
  release:
    '\\b(?:freed|frees|freeing|free(?=\\s+(?:\\d|all|the|some|more|about|over|nearly|at least|[a-z]+-?[a-z]*\\s+(?:political\\s+)?(?:prisoners|people|detainees)))|set free|released|releases|releasing|release of|pardoned|pardons|pardoning|granted (?:a )?pardons?|walked free|let go|handed over|were deported|was deported|deported|expelled|amnestied|amnesty|swap(?:ped)?|exchanged|(?:left|leaves|walked out of|came out of) (?:prison|jail|the colony)|(?:were|was) allowed to leave)\\b',
  releaseContext:
    '\\b(?:prisoners?|political|detainees?|inmates?|people|persons|convicts?|dissidents?|activists?|journalists?|opposition|prison|jail|custody|colony|penal|detention|pardon\\w*|amnest\\w*|behind bars|citizens?|nationals?|captives?|hostages?)\\b',
  releaseModes: [
    ['exchange', '\\b(?:exchange|swap|swapped|exchanged|trade)\\b'],
    [
      'deportation',
      '\\b(?:deported|deportation|expelled|forced (?:to leave|into exile)|sent abroad|taken across the border|driven (?:across|to) the border|flown out|put on a plane)\\b',
    ],
    ['amnesty', '\\b(?:amnesty|amnestied)\\b'],
    ['pardon', '\\b(?:pardon\\w*|clemency)\\b'],
  ],
  arrest:
    '\\b(?:arrested|arrests|detained|detentions?|detaining|rounded up|taken into custody|jailed|imprisoned|seized|apprehended|(?:was|were) taken away|raided and held)\\b',
  politicalContext:
    '\\b(?:political|opposition|activists?|dissidents?|protest\\w*|journalists?|human rights|regime|government critics?|critic|election|KGB|security (?:service|forces)|extremis\\w*|treason|sanctions?|prisoners?)\\b',
  recognition:
    '\\b(?:recogni[sz]ed|recogni[sz]es|recogni[sz]ing|declared|named|designated|added)\\b[^.]{0,80}?\\bpolitical prisoners?\\b|\\bnew(?:ly)? (?:recogni[sz]ed )?political prisoners?\\b',
  total:
    '\\b(?:bringing (?:the|its) (?:total|tally|count|number)(?: of [a-z ]+?)? to|raising (?:the|its) (?:total|tally|count|number)(?: of [a-z ]+?)? to|total(?: now)? (?:stands|stood) at|(?:the|its) total (?:is|was|to|now|of)|in total|now (?:counts|lists|stands at|stood at)|there are now|total of)\\b',
  sanction:
    '\\b(?:sanction\\w*|restrictive measures|restrictions|(?:parallel |similar |new |punitive )?measures(?= (?:against|targeting|on) )|blacklist\\w*|asset freezes?|travel bans?|entity list|SDN list|designations?|designated|listings?|embargo|export (?:controls|ban))\\b',
  sanctionActions: [
    [
      'delist',
      '\\b(?:delist\\w*|de-list\\w*|removed? (?:\\w+ ){0,6}from (?:the|its|their) (?:\\w+ ){0,3}(?:list|sanctions)|struck (?:\\w+ )?off|taken off)\\b',
    ],
    [
      'lift',
      '\\b(?:remov(?:al|ed|es|ing) (?:of )?(?:the |some |all |its |their )?(?:\\w+ )?sanctions|lift\\w*|scrap\\w*|revok\\w*|end(?:ed|s|ing)? (?:the )?sanctions|terminat\\w*|rescind\\w*|drop(?:ped|s)? (?:the )?sanctions|repeal\\w*)\\b',
    ],
    [
      'ease',
      '\\b(?:eas(?:e|ed|es|ing)|relax\\w*|loosen\\w*|relief|general licen[cs]e|licen[cs]e (?:allowing|permitting|authori[sz]ing)|suspend\\w*|waive\\w*|exempt\\w*)\\b',
    ],
    ['extend', '\\b(?:extend\\w*|prolong\\w*|renew\\w*|roll(?:ed|s)? over)\\b(?![^.]{0,40}\\b(?:to include|to cover)\\b)'],
    [
      'expand',
      '\\b(?:expand\\w*|widen\\w*|broaden\\w*|new (?:round|package|wave|set)|additional|added|adds|adding|more (?:individuals|entities|people|companies)|tighten\\w*|(?:extend\\w*) (?:\\w+ ){0,3}to (?:include|cover))\\b',
    ],
    [
      'impose',
      '\\b(?:impos\\w*|slapped|sanctioned|blacklisted|designat\\w*|froze|freez\\w*|introduc\\w*|placed|put (?:\\w+ ){0,4}on (?:the|its|a) (?:\\w+ )?(?:list|blacklist)|announced (?:new )?sanctions|targeted|targets|targeting|hit|announc\\w+)\\b',
    ],
  ],
  contact: [
    [
      'call',
      '\\b(?:(?:phone|telephone|video)[ -]?(?:call|conversation|talks)|phoned|called|spoke (?:by (?:tele)?phone )?(?:with|to)|spoke by (?:tele)?phone|talked by (?:tele)?phone|held a call|a call with)\\b',
    ],
    ['letter', '\\b(?:(?:sent|wrote|delivered|handed|received) (?:a |an )?(?:\\w+ )?(?:letter|message)|letter (?:to|from))\\b'],
    ['visit', '\\b(?:visit\\w*|travel(?:l?ed|s) to|arrived in|trip to|flew (?:in)?to|came to|went to|in (?:\\w+ )?on a (?:\\w+ )?(?:trip|visit|mission))\\b'],
    ['talks', '\\b(?:talks|negotiat\\w*|consultations|round of (?:talks|dialogue))\\b'],
    ['meeting', '\\b(?:met|meets|meeting|meet with|sat down with|received (?:the|a|an)|hosted|welcomed)\\b'],
  ],
  priorContact: '\\b(?:(?<n>\\S+) (?:days?|(?<week>weeks?)) )?(?:after|following|in the wake of)(?: [\\p{L}\\-]+){0,3} ',
  visitor: [
    '(?: [\\p{L}\\-]+){0,2} (?:delegation|envoys?|emissar(?:y|ies)|mission|negotiators?)\\b',
    '\\b(?:delegation|envoys?|emissar(?:y|ies)|mission|negotiators?) (?:from|of|sent by) (?:the )?',
  ],
  statement: '\\b(?:said|says|stated|told|declared|called for|urged|demanded|condemned|denounced|warned|insisted|criticis\\w*|criticiz\\w*|accused)\\b',
  statementTopic: '\\b(?:political prisoners?|sanctions?|release|pardon\\w*|detain\\w*|prisoners?|repression)\\b',
  offer:
    '\\b(?:willing(?:ness)? to|ready to|prepared to|could|may|might|would|offer(?:ed|s|ing)? to|promis\\w*|pledg\\w*|threat\\w*|warned (?:it|they|that|of)|consider\\w*|propos\\w*|weigh\\w*|mull\\w*|plan(?:s|ned|ning)? to|intend\\w*|seek(?:s|ing)? to|hope[sd]? to|open to|in exchange for|if|unless|calls? for|called for|urg\\w*|demand\\w*|ask(?:ed|s|ing)? (?:\\w+ )?(?:to|for)|push(?:ed|ing)? for|talk(?:s|ed)? (?:of|about)|possible|potential|expected to|is set to|are set to|poised to|on the table|discuss\\w*|dangl\\w*|conditional)\\b',
  negation:
    '\\b(?:not(?! (?:less|only|just))|no(?! (?:fewer|more|less|later))|never|refused to|declined to|denied|deny|without (?:freeing|releasing)|none of|nobody|no one|has yet to|have yet to|rather than)\\b',
  backgroundClause:
    '\\b(?:who (?:was|were|had been|has been|have been)|which (?:was|were)|since (?:his|her|their) (?:arrest|release|detention)|after (?:his|her|their) (?:arrest|detention)|(?:earlier|recent|previous) (?:\\w+ )?(?:releases?|arrests?|pardons?|waves?)|in a previous|a previous|the previous|previous(?:ly)?|former)\\b',
  pastMarker:
    '\\b(?:last (?:year|month|week|summer|spring|autumn|winter)|earlier this (?:year|month|week)|earlier|previously|in the past|a year ago|years? ago|months ago|weeks ago|back in|since (?:19|20)\\d\\d|in (?:19|20)\\d\\d)\\b',
  peopleNoun:
    '\\b(?:people|persons|prisoners|political prisoners|detainees|inmates|activists|journalists|protesters|citizens|nationals|foreigners|dissidents|individuals|men|women|convicts|captives|opposition (?:figures|members|activists)|more|others|of them)\\b',
  listingNoun: '\\b(?:individuals?|entities|entity|persons?|people|companies|firms|organi[sz]ations|officials|businesses|vessels|aircraft|banks|judges)\\b',
  singlePerson:
    '\\b(?:a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:blogger|journalist|activist|dissident|lawyer|priest|student|teacher|doctor|editor|reporter|photographer|opposition (?:figure|leader|politician|member)|politician|pensioner|man|woman|citizen|national|musician|artist|writer|poet|trade unionist|human rights defender|rights defender)\\b',
  releaseNot:
    '\\b(?:statement|report|figures|data|list|names|photos|images|recording|details|album|film|video|footage|album|version|update|results|funds|tranche|budget|press release|song|single|game|transcript|balloon|document)\\b',
  numbers: {
    words: [...UNITS.map((w, i) => [new RegExp(`^${w}$`), i + 1] as const), ...TENS.map((w, i) => [new RegExp(`^${w}$`), (i + 2) * 10] as const)],
    multipliers: [
      [/^hundred$/, 100],
      [/^thousand$/, 1000],
    ],
    connectors: /^and$/,
    approximate: [
      ['\\b(?:a|one) dozen\\b', 12, 'about'],
      ['\\btwo dozen\\b', 24, 'about'],
      ['\\bthree dozen\\b', 36, 'about'],
      ['\\b(?:a|one) hundred\\b', 100, 'exact'],
      ['\\bhalf a dozen\\b', 6, 'about'],
    ],
    qualifiers: [
      ['\\b(?:more than|over|at least|upwards of|in excess of|no fewer than|not less than)', 'at_least'],
      ['\\b(?:about|around|some|nearly|almost|roughly|approximately|close to|an estimated|estimated)', 'about'],
      ['\\b(?:up to|fewer than|less than|under|as many as|no more than)', 'at_most'],
    ],
  },
  dates: {
    weekdays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
    months: [
      'jan(?:uary)?',
      'feb(?:ruary)?',
      'mar(?:ch)?',
      'apr(?:il)?',
      'may',
      'june?',
      'july?',
      'aug(?:ust)?',
      'sept?(?:ember)?',
      'oct(?:ober)?',
      'nov(?:ember)?',
      'dec(?:ember)?',
    ],
    relative: [
      ['the day before yesterday', -2, 'day'],
      ['yesterday', -1, 'day'],
      ['today|this morning|this afternoon|this evening|tonight|earlier today', 0, 'day'],
      ['last week|a week ago', -7, 'week'],
      ['this week|earlier this week', 0, 'week'],
      ['last month|a month ago', -31, 'month'],
    ],
    future: '\\b(?:will|next|is due to|are due to|is expected to|are expected to|plans? to|scheduled|upcoming|is set to|are set to|later this)\\b',
    past: '\\blast\\b',
  },
};
