/**
 * What a language's pattern set says (one file per language in lang/). Every field is regex
 * source text, matched case-insensitively with Unicode on: the extractor compiles them once per
 * language. Verbs and nouns belong here; names of countries, issuers and counters do not: they
 * are data (`NewsLexicon`, from data/news/lexicon.json).
 */
import type { NumberWords } from './counts.ts';
import type { DateWords } from './dates.ts';

export interface LanguagePatterns {
  lang: string;
  /** Verbs of freeing people ("freed", "released", "pardoned"). */
  release: string;
  /** A release verb counts only with one of these near it: prison words, people nouns ("prisoners", "from jail"). */
  releaseContext: string;
  /** Release modes, first match wins. */
  releaseModes: ReadonlyArray<readonly [string, string]>;
  arrest: string;
  /** Political context an arrest needs somewhere in the article (activist, opposition, protest…). */
  politicalContext: string;
  /** Recognition as political prisoners ("recognised … as political prisoners"). */
  recognition: string;
  /** The running total after a recognition ("bringing the total to"). */
  total: string;
  /** Sanction nouns; a sanction change needs one. */
  sanction: string;
  /** Actions, first match wins: delist, lift, ease, extend, expand, impose. */
  sanctionActions: ReadonlyArray<readonly [string, string]>;
  /** Contacts by mode, first match wins. */
  contact: ReadonlyArray<readonly [string, string]>;
  /**
   * A contact told as what the sentence's main event followed ("two days after talks with…",
   * "following a visit by…"), matched at the end of the text before the contact's trigger. A
   * named group `n` (a number or number word) gives the gap, in weeks when the group `week` also
   * matched, in days otherwise.
   */
  priorContact?: string;
  /**
   * The visiting party ("delegation", "envoy"): the side named with one of these nouns initiated
   * the contact. First regex: matched at the start of the text after an actor's name ("US
   * delegation"); second: at the end of the text before it ("delegation from the").
   */
  visitor?: readonly [string, string];
  /** Statement verbs ("said", "called for", "condemned"); lowest priority. */
  statement: string;
  /** Topics a statement must be about to be kept. */
  statementTopic: string;
  /** Offers, threats, promises, conditions: the change did not happen (yet). */
  offer: string;
  /** Negation of the event ("did not release", "no one was freed"). */
  negation: string;
  /** A clause recalling an earlier event ("who was arrested in", "had been freed"). */
  backgroundClause: string;
  /** Words that say the sentence recalls the past ("last year", "earlier", "previously"). */
  pastMarker: string;
  /** People nouns a count may count ("people", "prisoners", "detainees"). */
  peopleNoun: string;
  /** Listing nouns for sanctions ("individuals", "entities", "companies"). */
  listingNoun: string;
  /** One person named by a noun phrase ("a prominent blogger"): counts as 1 for arrests and releases. */
  singlePerson?: string;
  /** Words that make "release" something else (a report, an album, a statement). */
  releaseNot?: string;
  numbers: NumberWords;
  dates: DateWords;
}

/** Country names, issuers and counters: data passed in by the caller (data/news/lexicon.json). */
export interface NewsLexicon {
  /** Issuing authorities: code → alias phrases (regex source), e.g. "US": ["Treasury", "OFAC", "Washington"]. */
  issuers: Record<string, string[]>;
  /** Countries and blocs as contact sides: code → alias phrases, including leaders and capitals. */
  actors: Record<string, string[]>;
  /** Organisations that count political prisoners: name → alias phrases. */
  counters: Record<string, string[]>;
}
