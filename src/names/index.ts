/**
 * Public surface of the name-matching core (pure: no I/O). Other folders import only this.
 */
export { normaliseText, tokenise, asciiFold } from './normalise.ts';
export { detectScript, cyrillicLanguage, type Script } from './script.ts';
export { skeleton, consonantCode, guessConventions, type Convention } from './phonetic.ts';
export { SYSTEMS, romanise, romaniseAll, type RomanisationSystem, type Romanisation } from './transliterate/index.ts';
export { russify, russifyPatronymic, BE_RU_ENDINGS, BE_RU_LETTERS } from './be-ru.ts';
export { GIVEN_NAMES, type GivenNameClass } from './given-names.ts';
export { parsePersonName, type ParsedName, type NamePart, type Role, type Gender } from './structure.ts';
export { parseOrgName, LEGAL_FORMS, CONCEPTS, type OrgToken } from './org.ts';
export {
  compareNames,
  parseSchema,
  THRESHOLDS,
  type Comparison,
  type CompareOptions,
  type Explanation,
  type Schema,
} from './score/index.ts';
export { explainPersonNames, scorePersonNames, type PersonExplanation } from './score/person.ts';
export { explainOrgNames, scoreOrgNames, prepareOrgName, type OrgExplanation } from './score/org.ts';
export { skeletonSimilarity, editCost } from './score/token.ts';
export {
  buildCandidateIndex,
  screenName,
  WEAK_ALIAS_FACTOR,
  blockingKeys,
  queryKeys,
  type BuildOptions,
  type CandidateIndex,
  type KeyList,
  type ScreeningEntry,
  type ScreenOptions,
  type ScreenResult,
} from './candidate-index.ts';
export {
  applyProperties,
  parseDate,
  countryKey,
  IDENTIFIER_MATCH_SCORE,
  PROPERTY_EFFECTS,
  type QueryProperties,
  type EntryProperties,
  type PropertyCheck,
} from './properties.ts';
export { dedupeSuggestions, type DedupeSuggestion } from './dedupe.ts';
