// Substitutions that cost less than a full edit: letters and digits that stand for each other
// in transliteration or in typing (after normalisation, so all lower-case). Pairs from the
// confusable-cost table in korean-names.md §8.1 and rigour's compare costs (peers.md §1.3).
const CHEAP_PAIRS = ["0o", "1i", "1l", "5s", "ei", "ou", "ij", "iy", "jy", "ck", "kq", "sz", "vw", "bv", "fp", "gk", "td", "cs", "uw", "ae"];
const CHEAP = new Set<number>();
for (const p of CHEAP_PAIRS) {
  const a = p.charCodeAt(0);
  const b = p.charCodeAt(1);
  CHEAP.add(a * 65536 + b);
  CHEAP.add(b * 65536 + a);
}
/** Cost of a cheap substitution; every other edit costs 1. */
export const CHEAP_SUBSTITUTION = 0.6;

let prev2 = new Float64Array(64);
let prev = new Float64Array(64);
let cur = new Float64Array(64);

/**
 * Weighted optimal-string-alignment distance: insert, delete, substitute and swap two
 * neighbours cost 1; substituting look-alike or sound-alike characters (o/u, e/i, c/k, s/z,
 * 0/o, 1/l …) costs 0.6.
 *
 * @example
 * ```ts
 * editCost("scholz", "schulze") //=> 1.6 (o→u 0.6, + e 1)
 * ```
 */
export function editCost(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  if (prev.length <= m) {
    prev2 = new Float64Array(m * 2 + 1);
    prev = new Float64Array(m * 2 + 1);
    cur = new Float64Array(m * 2 + 1);
  }
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const sub = ca === cb ? 0 : CHEAP.has(ca * 65536 + cb) ? CHEAP_SUBSTITUTION : 1;
      let best = (prev[j - 1] ?? 0) + sub;
      const del = (prev[j] ?? 0) + 1;
      const ins = (cur[j - 1] ?? 0) + 1;
      if (del < best) best = del;
      if (ins < best) best = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = (prev2[j - 2] ?? 0) + 1;
        if (swap < best) best = swap;
      }
      cur[j] = best;
    }
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.round((prev[m] ?? 0) * 1000) / 1000;
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
