import type { Decision } from "../schema/index.js";

/** The scoring algorithm's name and version, reported in `meta.algorithm`. */
export const ALGORITHM = "dprk-labour-v1";

/** Score thresholds on the 0–100 scale: `review` at or above the first, `block` at or above the second. */
export interface Thresholds {
  readonly review: number;
  readonly block: number;
}

/** Default thresholds: review from 40, block from 80. */
export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({ review: 40, block: 80 });

/**
 * Combines rule points into a 0–100 score and a decision (dprk-labour-v1):
 * the score is the sum of all points, clamped to [0, 100]; the decision is `block` when any
 * finding is blocking or the score reaches `block`, `review` when it reaches `review`, else
 * `clear`. Adding a finding never lowers the score unless its points are negative (only
 * documented qualifiers are).
 *
 * @example
 * ```ts
 * scoreHits([{ points: 15 }, { points: 30 }], DEFAULT_THRESHOLDS) //=> { score: 45, decision: "review" }
 * ```
 */
export function scoreHits(hits: readonly { readonly points: number; readonly blocking?: boolean }[], thresholds: Thresholds): { score: number; decision: Decision } {
  let sum = 0;
  let blocking = false;
  for (const h of hits) {
    sum += h.points;
    if (h.blocking) blocking = true;
  }
  const score = Math.max(0, Math.min(100, Math.round(sum * 10) / 10));
  const decision: Decision = blocking || score >= thresholds.block ? "block" : score >= thresholds.review ? "review" : "clear";
  return { score, decision };
}
