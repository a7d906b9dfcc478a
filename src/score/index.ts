/**
 * Scoring: rule points → a 0–100 score and a decision.
 *
 * Contract: the score is higher for riskier subjects (0 = nothing found, 100 = decisive). The
 * algorithm is named and versioned (`dprk-labour-v1`); changing it is a behaviour change.
 * A blocking finding decides `block` on its own.
 */
export { scoreHits, ALGORITHM, DEFAULT_THRESHOLDS, type Thresholds } from "./scoreHits.js";
