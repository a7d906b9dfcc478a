/**
 * Retrieval: which listed names are worth scoring for a query.
 *
 * Contract: `nameKeys` gives every name a set of keys such that two names that can score as a
 * match share at least one key; `PostingIndex` stores the keys by 32-bit hash (a collision adds
 * candidates, never removes one). Only candidates are scored. The screener's `bruteForce`
 * switch scores every name instead; tests and the evaluation check that both give the same
 * decisions and top matches.
 */
export { nameKeys, skeleton, deletions } from "./nameKeys.js";
export { hashKey } from "./hashKey.js";
export { PostingIndex } from "./PostingIndex.js";
