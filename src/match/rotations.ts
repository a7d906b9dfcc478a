/**
 * A person's name parts joined without spaces, starting from each part in turn: the space-free
 * forms `compareNames` compares with a listed name (family name first or last). Names of one
 * part, or of more than six, give one form. A leaf module: retrieval imports it too.
 *
 * @example
 * ```ts
 * rotations(["kim", "jong", "un"]) //=> ["kimjongun", "jongunkim", "unkimjong"]
 * ```
 */
export function rotations(tokens: readonly string[]): string[] {
  if (tokens.length <= 1 || tokens.length > 6) return [tokens.join("")];
  return tokens.map((_, i) => [...tokens.slice(i), ...tokens.slice(0, i)].join(""));
}
