import fc from "fast-check";

/** Letters for random words: vowels, and consonants in look-alike pairs and not (for property tests). */
export const WORD_LETTERS = "aeiouykrslmnhgcjtzwvbqfpd";

/** One random edit: substitute, insert, delete, or swap two neighbours, at a position and with a letter. */
export type WordEdit = [string, number, string];

/** A random edit of the kinds the scorer forgives (look-alike letters, swaps, insertions, deletions). */
export const wordEdit = fc.tuple(fc.constantFrom("sub", "ins", "del", "swap"), fc.nat(40), fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz")) as fc.Arbitrary<WordEdit>;

/** A random word of `WORD_LETTERS`, two to thirteen letters long. */
export const randomWord = fc.string({ unit: fc.constantFrom(...WORD_LETTERS), minLength: 2, maxLength: 13 });

/**
 * Applies one edit to a word.
 *
 * @example
 * ```ts
 * applyEdit("kim", ["swap", 0, "a"]) //=> "ikm"
 * ```
 */
export function applyEdit(w: string, [op, at, ch]: WordEdit): string {
  const i = w.length === 0 ? 0 : at % w.length;
  if (op === "sub") return w.slice(0, i) + ch + w.slice(i + 1);
  if (op === "ins") return w.slice(0, i) + ch + w.slice(i);
  if (op === "del") return w.slice(0, i) + w.slice(i + 1);
  return i + 1 < w.length ? w.slice(0, i) + (w[i + 1] ?? "") + (w[i] ?? "") + w.slice(i + 2) : w;
}
