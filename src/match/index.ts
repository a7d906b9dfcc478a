/**
 * Matching: compares names and identifiers with listed entries and explains every score.
 *
 * Contract: name scores are 0–1, higher is closer (1 = identical after normalisation). Every
 * comparison returns the features behind its score: value, the query and candidate values that
 * produced it, and a one-line detail. Birth dates qualify a name match (confirm or conflict);
 * they never create one. Identifiers equal after normalisation are reported separately.
 */
export { compareNames, givenNameSimilarity, wordsCanPair, wordsWithinEdits, type NameComparison } from "./compareNames.js";
export { compareBirthDates, type BirthDateComparison, type BirthDateOutcome } from "./compareBirthDates.js";
export { qualifyBirthDate } from "./qualifyBirthDate.js";
export { normalizeIdentifier, isCaseSensitiveIdentifier } from "./normalizeIdentifier.js";
export { levenshtein, levenshteinSimilarity, jaroWinkler, editCost } from "../distance/index.js";
export { tokenSimilarity } from "./tokenSimilarity.js";
export { WatchlistIndex, type NameSearchOptions } from "./WatchlistIndex.js";
export type { EntryMatch, IdentifierMatch, QueryField } from "./entryMatch.js";
