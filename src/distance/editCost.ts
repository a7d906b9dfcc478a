// Substitutions that cost less than a full edit: letters and digits that stand for each other
// in transliteration or in typing (after normalisation, so all lower-case). Pairs from the
// confusable-cost table in korean-names.md §8.1 and rigour's compare costs (peers.md §1.3).
const CHEAP_PAIRS = ["0o", "1i", "1l", "5s", "ei", "ou", "ij", "iy", "jy", "ck", "kq", "sz", "vw", "bv", "fp", "gk", "td", "cs", "uw", "ae"];
// Cheap pairs as a 128 × 128 table (all pairs are ASCII); other characters are never cheap.
const CHEAP = new Uint8Array(128 * 128);
for (const p of CHEAP_PAIRS) {
  const a = p.charCodeAt(0);
  const b = p.charCodeAt(1);
  CHEAP[a * 128 + b] = 1;
  CHEAP[b * 128 + a] = 1;
}
// Each character's class under cheap substitution (connected components of CHEAP_PAIRS): two
// words that differ only by cheap substitutions have the same skeleton.
const CLASS = new Uint16Array(128).map((_, i) => i);
const root = (c: number): number => (CLASS[c] === c ? c : root(CLASS[c] ?? c));
for (const p of CHEAP_PAIRS) {
  const a = root(p.charCodeAt(0));
  const b = root(p.charCodeAt(1));
  if (a !== b) CLASS[Math.max(a, b)] = Math.min(a, b);
}
for (let c = 0; c < 128; c++) CLASS[c] = root(c);

/**
 * A word with every character replaced by a representative of its cheap-substitution class
 * (o/u/0/w/v/b, e/i/y/j/l/1/a, s/z/c/k/q/g/5, f/p, t/d): words that differ only by cheap
 * substitutions have the same skeleton. A retrieval key, not a distance: unrelated letters of
 * one class (a/l) share a skeleton too.
 *
 * @example
 * ```ts
 * skeleton("scholz") === skeleton("skhulz") //=> true
 * ```
 */
export function skeleton(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += String.fromCharCode(c < 128 ? (CLASS[c] ?? c) : c);
  }
  return out;
}

/**
 * True when substituting one character for the other is a cheap edit (a look-alike or
 * sound-alike pair; see `editCost`).
 *
 * @example
 * ```ts
 * isCheapSubstitution("o".charCodeAt(0), "u".charCodeAt(0)) //=> true
 * ```
 */
export function isCheapSubstitution(a: number, b: number): boolean {
  return a < 128 && b < 128 && CHEAP[a * 128 + b] === 1;
}

/** Cost of a cheap substitution; every other edit costs 1. */
export const CHEAP_SUBSTITUTION = 0.6;

// Costs are kept in fifths so the table holds integers: an edit is 5, a cheap substitution 3.
const EDIT = 5;
const CHEAP_EDIT = 3;
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Weighted optimal-string-alignment distance: insert, delete, substitute and swap two
 * neighbours cost 1; substituting look-alike or sound-alike characters (o/u, e/i, c/k, s/z,
 * 0/o, 1/l …) costs 0.6. With `max`, it may stop early and return any value above `max` once
 * the distance is sure to exceed it.
 *
 * @example
 * ```ts
 * editCost("scholz", "schulze") //=> 1.6 (o→u 0.6, + e 1)
 * ```
 */
export function editCost(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  // A common prefix and suffix cost nothing and take part in no cheaper alignment (a swap
  // across the edge would need equal letters, which match for free): only the middles are
  // compared. Words close enough to be compared mostly differ in one place.
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0) return m;
  if (m === 0) return n;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 1);
    rowB = new Int32Array(m * 2 + 1);
    rowC = new Int32Array(m * 2 + 1);
  }
  // Local references: module-level variables would be reloaded on every cell.
  let before = rowA;
  let above = rowB;
  let row = rowC;
  const limit = max === Infinity ? 0x3fffffff : Math.floor(max * EDIT + 1e-9);
  for (let j = 0; j <= m; j++) above[j] = j * EDIT;
  let lastRowMin = 0;
  let result = -1;
  for (let i = 1; i <= n; i++) {
    row[0] = i * EDIT;
    let rowMin = i * EDIT;
    const ca = a.charCodeAt(start + i - 1);
    const caPrev = i > 1 ? a.charCodeAt(start + i - 2) : -1;
    const cheapRow = ca < 128 ? ca * 128 : -1;
    let left = i * EDIT;
    let cbPrev = -1;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(start + j - 1);
      const sub = ca === cb ? 0 : cheapRow >= 0 && cb < 128 && CHEAP[cheapRow + cb] === 1 ? CHEAP_EDIT : EDIT;
      let best = above[j - 1]! + sub;
      const del = above[j]! + EDIT;
      const ins = left + EDIT;
      if (del < best) best = del;
      if (ins < best) best = ins;
      if (ca === cbPrev && caPrev === cb) {
        const swap = before[j - 2]! + EDIT;
        if (swap < best) best = swap;
      }
      row[j] = best;
      left = best;
      cbPrev = cb;
      if (best < rowMin) rowMin = best;
    }
    // Every alignment passes through this row or (by a swap) the one before: once both are
    // wholly over `max`, so is the answer.
    if (rowMin > limit && lastRowMin > limit) {
      result = Math.min(rowMin, lastRowMin);
      break;
    }
    lastRowMin = rowMin;
    const t = before;
    before = above;
    above = row;
    row = t;
  }
  return (result >= 0 ? result : above[m]!) / EDIT;
}

/**
 * How much editing a word of this length may absorb and still be "the same word": nothing
 * but one look-alike letter in words of up to 3 letters, one edit in 4–5, 1.6 in 6–7, two in
 * 8–10, 2.6 beyond. Above the budget a token pair does not match at all (the cliff keeps
 * Ortiz/Ortega and Sancho/Sánchez apart while Scholz/Schulze, Jonson/Johnson pass).
 *
 * @example
 * ```ts
 * editBudget(6) //=> 1.6
 * ```
 */
export function editBudget(length: number): number {
  if (length <= 3) return CHEAP_SUBSTITUTION;
  if (length <= 5) return 1.2;
  if (length <= 7) return 1.6;
  if (length <= 10) return 2;
  return 2.6;
}
