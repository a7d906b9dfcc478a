/**
 * Scoring: rule points → a 0–100 score and a decision.
 *
 * Contract: the score is higher for riskier subjects (0 = nothing found, 100 = decisive). The
 * algorithm is named and versioned (`dprk-labour-v1`); changing it is a behaviour change.
 * A blocking finding decides `block` on its own; a finding that requires review makes the
 * decision at least `review`. The point table and its reasons are in `docs/scoring.md`.
 */
export { scoreHits, decisionRank, ALGORITHM, DEFAULT_THRESHOLDS, type Thresholds, type ScoredFinding } from "./scoreHits.js";
