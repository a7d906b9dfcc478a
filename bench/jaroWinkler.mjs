// A plain Jaro–Winkler similarity and a full scan over a list of names: the brute-force baseline
// the benchmark runs beside the index (bench/run.mjs). Written for speed (no allocation per
// comparison) so that the baseline is fair, not a straw man.

let flagsA = new Uint8Array(256);
let flagsB = new Uint8Array(256);

/**
 * Jaro–Winkler similarity of two strings, 0–1 (prefix scale 0.1, prefix up to 4 characters).
 *
 * @example
 * jaroWinkler("martha", "marhta").toFixed(3) //=> "0.961"
 */
export function jaroWinkler(a, b) {
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (a === b) return 1;
  if (la > flagsA.length) flagsA = new Uint8Array(la * 2);
  if (lb > flagsB.length) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const range = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    const lo = i > range ? i - range : 0;
    const hi = i + range < lb - 1 ? i + range : lb - 1;
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === c) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  let l = 0;
  while (l < 4 && l < la && l < lb && a.charCodeAt(l) === b.charCodeAt(l)) l++;
  return jaro + l * 0.1 * (1 - jaro);
}

/**
 * Scores `query` against every name and returns the best `limit` at or above `min`, best first.
 *
 * @example
 * jaroWinklerScan("kim chol su", ["kim chol su", "pak chol"], 0.85, 10) //=> [{ index: 0, score: 1 }]
 */
export function jaroWinklerScan(query, names, min, limit) {
  const top = [];
  for (let i = 0; i < names.length; i++) {
    const s = jaroWinkler(query, names[i]);
    if (s < min || (top.length === limit && s <= top[limit - 1].score)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1].score < s) at--;
    top.splice(at, 0, { index: i, score: s });
    if (top.length > limit) top.pop();
  }
  return top;
}
