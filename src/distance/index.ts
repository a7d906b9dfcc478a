/**
 * String distances: plain and weighted edit distance, Jaro-Winkler.
 *
 * Contract: pure functions over UTF-16 code units of already-normalised strings; distances are
 * ≥ 0 and 0 only for equal strings; similarities are in [0, 1] and 1 only for equal strings.
 */
export { editCost, editBudget, skeleton, isCheapSubstitution, CHEAP_SUBSTITUTION } from "./editCost.js";
export { levenshtein, levenshteinSimilarity, jaroWinkler } from "./stringSimilarity.js";
