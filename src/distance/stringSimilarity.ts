let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein edit distance (insert, delete, substitute; each costs 1), computed over UTF-16 code
 * units, which is exact for the Latin, Cyrillic, Hangul and Arabic text matching compares.
 *
 * @example
 * ```ts
 * levenshtein("kitten", "sitting") //=> 3
 * ```
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n * 2 + 1);
    rowB = new Int32Array(n * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let i = 0; i <= n; i++) prev[i] = i;
  for (let j = 1; j <= b.length; j++) {
    cur[0] = j;
    const bj = b.charCodeAt(j - 1);
    for (let i = 1; i <= n; i++) {
      const cost = a.charCodeAt(i - 1) === bj ? 0 : 1;
      const del = (prev[i] ?? 0) + 1;
      const ins = (cur[i - 1] ?? 0) + 1;
      const sub = (prev[i - 1] ?? 0) + cost;
      cur[i] = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n] ?? 0;
}

/**
 * Similarity from edit distance: `1 − distance / longer length`, in [0, 1]; 1 is identical.
 *
 * @example
 * ```ts
 * levenshteinSimilarity("hongsop", "hongsob") //=> 0.857…
 * ```
 */
export function levenshteinSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - levenshtein(a, b) / longer;
}

/**
 * Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4), in [0, 1]; 1 is identical.
 *
 * @example
 * ```ts
 * jaroWinkler("martha", "marhta") //=> 0.961…
 * ```
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === c) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
