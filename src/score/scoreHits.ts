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

/** What scoring reads from a finding. */
export interface ScoredFinding {
  readonly points: number;
  readonly blocking?: boolean | undefined;
  readonly requiresReview?: boolean | undefined;
}

const RANK: Readonly<Record<Decision, number>> = { clear: 0, review: 1, block: 2 };

/**
 * Orders decisions: `clear` < `review` < `block`.
 *
 * @example
 * ```ts
 * decisionRank("review") > decisionRank("clear") //=> true
 * ```
 */
export function decisionRank(decision: Decision): number {
  return RANK[decision];
}

/**
 * Combines rule points into a 0–100 score and a decision (dprk-labour-v1):
 *
 * 1. score = the sum of all points, rounded to one decimal, clamped to [0, 100];
 * 2. decision = `block` if any finding is blocking or the score reaches `block`;
 *    else `review` if any finding requires review or the score reaches `review`; else `clear`.
 *
 * Legal findings (a DPRK national after the repatriation deadline, a listed identifier) set a
 * floor on the decision; soft evidence (host country, sector, red flags) accumulates in the
 * score. Adding a finding never lowers the score or the decision unless its points are
 * negative, and only documented qualifiers are.
 *
 * @example
 * ```ts
 * scoreHits([{ points: 15 }, { points: 30 }], DEFAULT_THRESHOLDS)       //=> { score: 45, decision: "review" }
 * scoreHits([{ points: 10, requiresReview: true }], DEFAULT_THRESHOLDS) //=> { score: 10, decision: "review" }
 * ```
 */
export function scoreHits(hits: readonly ScoredFinding[], thresholds: Thresholds): { score: number; decision: Decision } {
  let sum = 0;
  let blocking = false;
  let review = false;
  for (const h of hits) {
    sum += h.points;
    if (h.blocking) blocking = true;
    if (h.requiresReview) review = true;
  }
  const score = Math.max(0, Math.min(100, Math.round(sum * 10) / 10));
  const decision: Decision = blocking || score >= thresholds.block ? "block" : review || score >= thresholds.review ? "review" : "clear";
  return { score, decision };
}
