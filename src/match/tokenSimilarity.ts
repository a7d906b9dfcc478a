import { editBudget, editCost } from "../distance/index.js";

/**
 * Similarity of two normalised tokens, 0–1: 1 when equal; `1 − cost / longer length` when the
 * weighted edit cost is within the length's budget (see `editBudget`); 0 beyond it. Digits must
 * match exactly (a number is an identifier, not a spelling).
 *
 * @example
 * ```ts
 * tokenSimilarity("scholze", "scholz") //=> 0.857…
 * tokenSimilarity("ortiz", "ortega")   //=> 0
 * ```
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const longer = Math.max(a.length, b.length);
  const budget = editBudget(longer);
  // Every letter of length difference is an insertion: no need to run the full distance.
  if (Math.abs(a.length - b.length) > budget) return 0;
  const cost = editCost(a, b, budget);
  if (cost > budget) return 0;
  return 1 - cost / longer;
}
