import type { AnalyzedName } from "../names/index.js";
import { hashKeyParts } from "./hashKey.js";

/** Below this weight a token (particle, title, generic word, initial) is not a retrieval key. */
const KEY_WEIGHT = 0.5;

/** The strings made by deleting one character (the symmetric-deletion neighbourhood). */
export function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * The retrieval keys of an analysed name. Two names that can score as a match share at least
 * one key:
 * - `n:` the whole normalised name (exact matches);
 * - `t:` each distinctive token and number (and, in a name without distinctive words, its
 *   generic words); `k:` its Korean key, in organisation names (Namch'ongang = Namchongang);
 * - `d:` each distinctive token of three letters or more and, from four, its one-letter
 *   deletions; `a:` the sorted letters of tokens of two to four letters: two words one edit apart (a typo, a swapped or changed letter, Usama/Osama)
 *   always share one of these keys (symmetric deletion);
 * - `g:` each Korean reading's given-name key and its one-deletion neighbours;
 * - `c:` the first six letters of the distinctive words written without spaces, when they make
 *   six letters or more (split or joined words: Chong Chon Gang / Chongchongang, Mirim
 *   College / MirimCollege).
 *
 * @example
 * ```ts
 * nameKeys(analyzeName("Ri Hong-sop", "person")).includes("g:hongsop") //=> true
 * ```
 */
export function nameKeys(name: AnalyzedName): string[] {
  return [...new Set(keyedTokens(name).map((k) => k.key))];
}

/** A retrieval key and the token it comes from (`-1` for keys of the whole name). */
export interface TokenKey {
  readonly key: string;
  readonly token: number;
}

/** Receives one key: `prefix` + `text` without the character at `skip` (−1: none). */
export type KeySink = (prefix: number, text: string, skip: number, token: number) => void;

// Key prefixes, as character codes.
const N = 0x6e, T = 0x74, K = 0x6b, D = 0x64, A = 0x61, G = 0x67, C = 0x63;

/**
 * Emits every retrieval key of a name to `sink`, without building the key strings: one-letter
 * deletions are passed as (text, skipped index). The index hashes keys straight from these
 * parts (`hashKeyParts`); `keyedTokens` turns them into strings.
 */
export function forEachKey(name: AnalyzedName, sink: KeySink): void {
  if (name.normalized !== "") sink(N, name.normalized, -1, -1);
  forEachKeyedToken(name, (t, i, koreanKey) => {
    tokenKeys(t, i, sink);
    if (koreanKey !== "") sink(K, koreanKey, -1, i);
  });
  wholeNameKeys(name, sink);
}

/**
 * The hashes of the keys of `forEachKey` (in another order), for building an index: the keys a
 * word gives on its own are hashed once per distinct word and kept in `memo` (a caller-owned
 * cache, shared across the names of a list), since the same words recur across a large list.
 */
export function forEachKeyHash(name: AnalyzedName, emit: (hash: number) => void, memo: Map<string, Uint32Array>): void {
  const hashSink: KeySink = (prefix, text, skip) => emit(hashKeyParts(prefix, text, skip));
  if (name.normalized !== "") hashSink(N, name.normalized, -1, -1);
  forEachKeyedToken(name, (t, i, koreanKey) => {
    let hashes = memo.get(t);
    if (hashes === undefined) {
      const collected: number[] = [];
      tokenKeys(t, i, (prefix, text, skip) => collected.push(hashKeyParts(prefix, text, skip)));
      hashes = Uint32Array.from(collected);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(t, hashes);
    }
    for (let k = 0; k < hashes.length; k++) emit(hashes[k] ?? 0);
    if (koreanKey !== "") hashSink(K, koreanKey, -1, i);
  });
  wholeNameKeys(name, hashSink);
}

const MEMO_LIMIT = 500_000;

/** Calls `visit` for each token that is a retrieval key, with its Korean key when it has one (`k:`). */
function forEachKeyedToken(name: AnalyzedName, visit: (t: string, i: number, koreanKey: string) => void): void {
  const org = name.kind !== "person";
  // A name of generic words only ("Korea General Construction") is keyed by those words: only
  // such names carry them as keys, so the postings stay short.
  const keyWeight = name.core === "" ? 0.2 : KEY_WEIGHT;
  const tokens = name.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const number = t.charCodeAt(0) <= 0x39 && /^\d+$/.test(t);
    if ((name.weights[i] ?? 1) < keyWeight || (t.length < 2 && !number)) continue;
    const key = name.tokenKeys[i];
    visit(t, i, org && key && key.length >= 4 ? key : "");
  }
}

/** The keys a word gives on its own: `t:`, `d:` and its deletions, `a:`. */
function tokenKeys(t: string, i: number, sink: KeySink): void {
  sink(T, t, -1, i);
  if (t.length >= 3) sink(D, t, -1, i);
  if (t.length >= 4) for (let j = 0; j < t.length; j++) sink(D, t, j, i);
  // Short words are not split into deletions (their neighbourhoods are huge); two swapped
  // letters in them (Su/Us) still share their letters.
  if (t.length <= 4 && t.length >= 2) sink(A, [...t].sort().join(""), -1, i);
}

/** The keys that stand for the whole name: `g:` (Korean given names) and `c:` (space-free). */
function wholeNameKeys(name: AnalyzedName, sink: KeySink): void {
  for (const r of name.korean) {
    if (r.given === "") continue;
    sink(G, r.given, -1, -1);
    if (r.given.length >= 3) for (let j = 0; j < r.given.length; j++) sink(G, r.given, j, -1);
  }
  // The distinctive words only: a prefix of generic words ("Ministry of…", "Korea…") would
  // make one key for hundreds of names.
  if (name.core.length >= 6) sink(C, name.core.slice(0, 6), -1, -1);
  // A name of generic words only ("Foreign Trade Bank of the DPRK") has no word keys: its
  // space-free form stands for it.
  if (name.core === "" && name.compact.length >= 8) sink(C, name.compact.slice(0, 6), -1, -1);
}

/**
 * The keys of `nameKeys`, each with the index of the token it comes from, or `-1` for the keys
 * that stand for the whole name (`n:`, `g:`, `c:`).
 */
export function keyedTokens(name: AnalyzedName): TokenKey[] {
  const out: TokenKey[] = [];
  forEachKey(name, (prefix, text, skip, token) => {
    out.push({ key: `${String.fromCharCode(prefix)}:${skip < 0 ? text : text.slice(0, skip) + text.slice(skip + 1)}`, token });
  });
  return out;
}
