/**
 * Retrieval: which listed names are worth scoring for a query.
 *
 * Contract: `nameKeys` gives every name a set of keys such that two names that can score as a
 * match share at least one key; `PostingIndex` stores the keys by 32-bit hash (a collision adds
 * candidates, never removes one). Only candidates are scored: a name that shares a whole-name
 * key (`n:`, `g:`, `c:`) with the query, or enough of its distinctive words (two for a person
 * name of two or more distinctive words, one otherwise). Below that the scorer cannot reach a
 * match: a person name with one of two distinctive words unmatched scores at most 0.5. The screener's `bruteForce`
 * switch scores every name instead; tests and the evaluation check that both give the same
 * decisions and top matches. Words are indexed once each (a vocabulary): word keys lead to
 * words, words to names.
 */
export { nameKeys, keyedTokens, forEachKey, forEachKeyedWord, forEachIndexedWord, forInitialKey, forWordsOfInitial, wordKeys, isNeighbourhoodKey, wholeNameKeys, deletions, type TokenKey, type KeySink, type KeyedWordVisitor } from "./nameKeys.js";
export { CandidateIndex, type CandidateIndexParts, type WordFilter } from "./CandidateIndex.js";
export { ScoreBound } from "./ScoreBound.js";
export { hashKey, hashKeyParts } from "./hashKey.js";
export { PostingIndex } from "./PostingIndex.js";
