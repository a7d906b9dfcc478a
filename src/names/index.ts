/**
 * Names: from normalised text to comparable name parts.
 *
 * Contract: `analyzeName` is the single entry point; list names and query names go through it
 * the same way. It never throws on odd text: a name with nothing comparable left has no
 * tokens. Organisation names lose their legal forms and keep generic words at low weight;
 * person names get Korean readings when they look Korean.
 */
export { analyzeName, type AnalyzedName, type NameKind, type NameScript } from "./analyzeName.js";
export * as korean from "./korean/index.js";
export { romanKey, hangulKey, koreanReadings, type KoreanReading } from "./korean/index.js";
export { GENERIC_ORG_WORDS, ABBREVIATIONS, STOPWORDS, PERSON_TITLES, PERSON_PARTICLES } from "./orgTerms.js";
export { LEGAL_FORM_CLASSES } from "./legalForms.js";
export { numberWordsToDigits } from "./numberWords.js";
export { areEquivalentGivenNames, givenNameGroups } from "./givenNameEquivalents.js";
