/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units. Retrieval keys are stored by hash only:
 * two keys that collide merely add a few extra candidates, which the scorer then rejects, so a
 * collision can never lose a match.
 *
 * @example
 * ```ts
 * hashKey("t:kim") === hashKey("t:kim") //=> true
 * ```
 */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The `hashKey` of `prefix + ":" + text` with the characters at `skip` and `skip2` left out
 * (−1: none), computed without building that string.
 *
 * @example
 * ```ts
 * hashKeyParts(0x64, "kim", 1) === hashKey("d:km") //=> true
 * hashKeyParts(0x64, "kim", 0, 2) === hashKey("d:i") //=> true
 * ```
 */
export function hashKeyParts(prefix: number, text: string, skip: number, skip2 = -1): number {
  let h = 0x811c9dc5;
  h = Math.imul(h ^ prefix, 0x01000193);
  h = Math.imul(h ^ 0x3a, 0x01000193);
  for (let i = 0; i < text.length; i++) {
    if (i === skip || i === skip2) continue;
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}
