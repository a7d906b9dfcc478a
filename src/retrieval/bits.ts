// Small bit and array helpers of the candidate index.

/**
 * The letters a word has, as bits (see `letterBit`).
 *
 * @example
 * ```ts
 * lettersOf("kim") === (letterBit("k") | letterBit("i") | letterBit("m")) //=> true
 * ```
 */
export function lettersOf(t: string): number {
  let mask = 0;
  for (let i = 0; i < t.length; i++) mask |= letterBit(t.charAt(i));
  return mask;
}

/**
 * The bit of a word's first letter: a–z, or bit 26 for any other character.
 *
 * @example
 * ```ts
 * letterBit("kim") //=> 1 << 10
 * ```
 */
export function letterBit(t: string): number {
  const c = t.charCodeAt(0) - 0x61;
  return c >= 0 && c < 26 ? 1 << c : 1 << 26;
}

/**
 * Whether `id` is in the ascending range `ids[start .. end)` (binary search).
 *
 * @example
 * ```ts
 * includesSorted(Uint32Array.of(1, 4, 9), 0, 3, 4) //=> true
 * ```
 */
export function includesSorted(ids: Uint32Array, start: number, end: number, id: number): boolean {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid] ?? 0;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * How many bits of a 32-bit number are set.
 *
 * @example
 * ```ts
 * popcount(0b1011) //=> 3
 * ```
 */
export function popcount(n: number): number {
  let c = 0;
  for (let m = n >>> 0; m !== 0; m &= m - 1) c++;
  return c;
}
