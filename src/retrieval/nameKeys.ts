import { skeleton } from "../distance/index.js";
import { rotations } from "../match/rotations.js";
import { givenNameGroups, romanKey, type AnalyzedName } from "../names/index.js";

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
 * - per keyed word (each distinctive token and number; in a name without distinctive words,
 *   its generic words), keys such that two words that can pair in a comparison (`wordsCanPair`)
 *   share one:
 *   - `t:` the word;
 *   - `d:` the word and, from four letters, the word with one letter deleted, from eight with
 *     two (symmetric deletion: one edit, or two where the edit budget allows two);
 *   - `s:` its skeleton (look-alike letters folded, see `skeleton`) and, from six letters, the
 *     skeleton with one letter deleted, from eleven with two (look-alike letters plus edits);
 *   - `a:` the sorted letters of a word of two or three letters (two swapped letters);
 *   - `r:` its Korean romanisation key (Namch'ongang = Namchongang, Yin = In);
 *   - `e:` its given-name equivalence groups (Juan = John, Ben = Benjamin);
 * - `g:` each Korean reading's given-name key and its one-deletion neighbours;
 * - `c:` the first seven letters of each space-free form (distinctive words, with particles,
 *   all words) with one letter deleted, and `k:` their skeleton followed by the rest of the form
 *   (split or joined words: Chong Chon Gang / Chongchongang, Mirim College / MirimCollege, even
 *   with a typo).
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

/** Receives one key: `prefix` + `text` without the characters at `skip` and `skip2` (−1: none; `skip` < `skip2`). */
export type KeySink = (prefix: number, text: string, skip: number, token: number, skip2: number) => void;

// Key prefixes, as character codes.
const N = 0x6e, T = 0x74, D = 0x64, S = 0x73, A = 0x61, R = 0x72, E = 0x65, G = 0x67, C = 0x63, K = 0x6b, I = 0x69;

/**
 * Emits every retrieval key of a name to `sink`: the `wordKeys` of its keyed words, then its
 * `wholeNameKeys`. One-letter deletions are passed as (text, skipped index), so that an index
 * can hash them without building the strings (`hashKeyParts`); `keyedTokens` builds them.
 */
export function forEachKey(name: AnalyzedName, sink: KeySink): void {
  forEachKeyedWord(name, (t, i) => wordKeys(t, i, sink));
  wholeNameKeys(name, sink);
}

/** Receives a keyed word of a name and its token index. */
export type KeyedWordVisitor = (word: string, token: number) => void;

/**
 * Calls `visit` for each token of a name that is a retrieval key. The index stores such words
 * once each (its vocabulary) and, for each, the names holding it.
 *
 * @example
 * ```ts
 * forEachKeyedWord(analyzeName("Ri Hong-sop", "person"), (w) => console.log(w)) // ri, hong, sop
 * ```
 */
export function forEachKeyedWord(name: AnalyzedName, visit: KeyedWordVisitor): void {
  const tokens = name.tokens;
  for (let i = 0; i < tokens.length; i++) if (isKeyed(name, i)) visit(tokens[i] ?? "", i);
}

/** Whether token `i` of a name is a retrieval key (see `forEachKeyedWord`). */
function isKeyed(name: AnalyzedName, i: number): boolean {
  const t = name.tokens[i] ?? "";
  // A name of generic words only ("Korea General Construction") is keyed by those words: only
  // such names carry them as keys, so the postings stay short.
  const keyWeight = name.core === "" ? 0.2 : KEY_WEIGHT;
  const weight = name.weights[i] ?? 1;
  if (weight < keyWeight) return false;
  // A one-letter word is a key only where it is distinctive (in an organisation's name, "S" of
  // "Obschestvo S Ogranichennoi…"), not as a person's initial: the index keeps every word it
  // does not key as a light word, and light words weigh 0.5 at most (see `ScoreBound`).
  return t.length >= 2 || weight >= 1 || (t.charCodeAt(0) <= 0x39 && /^\d+$/.test(t));
}

/**
 * Calls `visit` for every token of a name, once per distinct word, telling whether the index
 * keeps it as a keyed word: the retrieval keys (see `forEachKeyedWord`), or every word of a
 * name without distinctive words. The index keeps the other words too ("light" words:
 * particles, titles, initials, generic words), because a query's distinctive word can pair with
 * one (John / J., Benjamin / Ben).
 *
 * @example
 * ```ts
 * forEachIndexedWord(analyzeName("J. Smith", "person"), (w, keyed) => console.log(w, keyed)) // j false, smith true
 * ```
 */
export function forEachIndexedWord(name: AnalyzedName, visit: (word: string, keyed: boolean) => void): void {
  const tokens = name.tokens;
  const weights = name.weights;
  // A name without distinctive words ("J. K.", "Korea General Trading") is found through all its
  // words: it then has no light words, and every name that has some has a distinctive word.
  let all = true;
  for (const w of weights) if (w >= 1) all = false;
  // Loops, not sets: names have a handful of words, and a large list has millions of names.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    if (t === "" || tokens.indexOf(t) < i) continue;
    let keyed = all;
    for (let j = i; j < tokens.length && !keyed; j++) if (tokens[j] === t && isKeyed(name, j)) keyed = true;
    visit(t, keyed);
  }
}

/**
 * The key under which a one-letter word (an initial) is found from any word it stands for:
 * `t:` and the first letter (`wordKeys` gives an initial that key). A person's query word looks
 * it up besides its own keys.
 *
 * @example
 * ```ts
 * forInitialKey("john", (p, t) => console.log(String.fromCharCode(p), t), 0) // t j
 * ```
 */
export function forInitialKey(word: string, sink: KeySink, i: number): void {
  if (word.length >= 2) sink(T, word.charAt(0), -1, i, -1);
}

/**
 * The key under which a word of two letters or more is found from an initial that may stand for
 * it (`i:` and its first letter): the index gives every such word this key besides its
 * `wordKeys`, and a person's one-letter query word looks it up.
 *
 * @example
 * ```ts
 * forWordsOfInitial("john", (p, t) => console.log(String.fromCharCode(p), t), 0) // i j
 * ```
 */
export function forWordsOfInitial(word: string, sink: KeySink, i: number): void {
  if (word.length >= 1) sink(I, word.charAt(0), -1, i, -1);
}

/**
 * The keys a word gives on its own (`t:`, `r:`, `e:`, `d:`, `s:`, `a:`; see `nameKeys`), passed with
 * token `i`.
 *
 * @example
 * ```ts
 * wordKeys("kim", 0, (p, t, skip) => console.log(String.fromCharCode(p), t, skip)) // t kim -1, r kim -1, d kim -1, s 51m -1, a ikm -1
 * ```
 */
export function wordKeys(t: string, i: number, sink: KeySink): void {
  // The equivalences first (a shared one means the words pair), then the neighbourhoods.
  sink(T, t, -1, i, -1);
  if (/^[a-z]+$/.test(t)) {
    const key = romanKey(t);
    if (key !== "") sink(R, key, -1, i, -1);
  }
  for (const g of givenNameGroups(t)) sink(E, String(g), -1, i, -1);
  // Within the edit budget (see `editBudget`) two words differ by: up to 0.6 (3 letters or
  // fewer: a look-alike letter); 1.2 (4–5: one edit, or two look-alikes); 1.6 (6–7: one edit and
  // a look-alike); 2 (8–10: two edits); 2.6 (11 or more: two edits and a look-alike). Look-alikes
  // are folded in the skeleton (`s:`); edits are deletions on both sides (symmetric deletion),
  // on the word (`d:`) or its skeleton. A word deletes as many letters as the budget of a pair
  // in which it is the longer word allows; the shorter word of a pair needs one deletion fewer.
  neighbourhood(D, t, t.length >= 8 ? 2 : t.length >= 4 ? 1 : 0, i, sink);
  const s = skeleton(t);
  neighbourhood(S, s, s.length >= 11 ? 2 : s.length >= 6 ? 1 : 0, i, sink);
  // Two swapped letters (Su/Us) cost a whole edit, more than a word of three letters may take,
  // but pair in Korean-style comparison.
  if (t.length <= 3) sink(A, [...t].sort().join(""), -1, i, -1);
}

/** `text` and the strings made from it by deleting up to `depth` (0–2) characters, as keys. */
function neighbourhood(prefix: number, text: string, depth: number, i: number, sink: KeySink): void {
  sink(prefix, text, -1, i, -1);
  if (depth >= 1) for (let j = 0; j < text.length; j++) sink(prefix, text, j, i, -1);
  if (depth >= 2) for (let j = 0; j < text.length; j++) for (let k = j + 1; k < text.length; k++) sink(prefix, text, j, i, k);
}

/**
 * True for the keys that are neighbourhoods (`d:`, `s:`, `a:`): words sharing one may still be too
 * far apart to pair. The others (`t:`, `r:`, `e:`) are equivalences.
 */
export function isNeighbourhoodKey(prefix: number): boolean {
  return prefix === D || prefix === S || prefix === A;
}

/**
 * The keys that stand for the whole name: `n:` (the normalised name), `g:` (Korean given names)
 * and `c:`, `k:` (space-free forms; see `compactKeys`). Each is passed with token −1. A query passes
 * `asQuery`: a person's space-free forms are then every rotation of its words, as `compareNames`
 * compares them.
 *
 * @example
 * ```ts
 * wholeNameKeys(analyzeName("Ri Hong-sop", "person"), (p, t) => console.log(String.fromCharCode(p), t)) // n ri hong sop, g hongsop, …
 * ```
 */
export function wholeNameKeys(name: AnalyzedName, sink: KeySink, asQuery = false): void {
  if (name.normalized !== "") sink(N, name.normalized, -1, -1, -1);
  for (const r of name.korean) {
    if (r.given === "") continue;
    sink(G, r.given, -1, -1, -1);
    if (r.given.length >= 3) for (let j = 0; j < r.given.length; j++) sink(G, r.given, j, -1, -1);
  }
  for (const form of compactForms(name, asQuery)) compactKeys(form, sink);
}

/**
 * The space-free forms `compareNames` compares: a person's words joined (for a query, starting
 * from each word in turn, up to six words); an organisation's distinctive words, its
 * distinctive words and particles, and all its words.
 */
function compactForms(name: AnalyzedName, asQuery: boolean): Set<string> {
  if (name.kind === "person") return new Set(asQuery ? rotations(name.tokens) : [name.compact]);
  return new Set([name.core, name.spaced, name.compact]);
}

/**
 * `c:` and `k:` keys of a space-free form of five letters or more. `compareNames` matches two such
 * forms only when they are close: one edit apart (from eight letters), or a look-alike letter or
 * two apart (at most 1.3 of edit cost, 1 for persons), not both. With at most one difference in
 * their first seven letters, those letters share one of the strings made by deleting one of them
 * (`c:`). With two, both look-alikes, everything after them is the same, and so are the
 * skeleton of the first seven letters and the rest (`k:`).
 */
function compactKeys(form: string, sink: KeySink): void {
  if (form.length < 5) return;
  const head = form.slice(0, 7);
  for (let j = 0; j < head.length; j++) sink(C, head, j, -1, -1);
  sink(K, skeleton(head) + form.slice(7), -1, -1, -1);
}

/**
 * The keys of `nameKeys`, each with the index of the token it comes from, or `-1` for the keys
 * that stand for the whole name (`n:`, `g:`, `c:`).
 */
export function keyedTokens(name: AnalyzedName): TokenKey[] {
  const out: TokenKey[] = [];
  forEachKey(name, (prefix, text, skip, token, skip2) => {
    let kept = "";
    for (let i = 0; i < text.length; i++) if (i !== skip && i !== skip2) kept += text.charAt(i);
    out.push({ key: `${String.fromCharCode(prefix)}:${kept}`, token });
  });
  return out;
}
