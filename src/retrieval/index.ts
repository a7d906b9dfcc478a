/**
 * Retrieval: which listed names are worth scoring for a query.
 *
 * Contract: `CandidateIndex.candidates` returns every name whose score against the query can
 * reach the minimum: those sharing a whole-name key (`n:`, `g:`), those whose space-free form is
 * close enough (`c:`, `k:`), and those whose words that can pair with the query's let
 * `ScoreBound` reach it. `nameKeys` gives names keys such that two words that can pair share one
 * (`wordsCanPair`); `PostingIndex` stores keys by 32-bit hash (a collision adds candidates, never
 * removes one). Words are indexed once each (a vocabulary): word keys lead to words, words to
 * names. The screener's `bruteForce` switch scores every name instead; tests and the evaluation
 * check that both give the same decisions and top matches.
 */
export { nameKeys, keyedTokens, forEachKey, forEachKeyedWord, forEachIndexedWord, forInitialKey, forWordsOfInitial, wordKeys, isNeighbourhoodKey, wholeNameKeys, deletions, type TokenKey, type KeySink, type KeyedWordVisitor } from "./nameKeys.js";
export { CandidateIndex, type CandidateIndexParts, type WordFilter } from "./CandidateIndex.js";
export { ScoreBound } from "./ScoreBound.js";
export { hashKey, hashKeyParts } from "./hashKey.js";
export { PostingIndex } from "./PostingIndex.js";
