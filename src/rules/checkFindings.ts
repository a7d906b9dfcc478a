import { ScreeningError } from "../errors/index.js";
import type { RuleEvidence } from "./types.js";

/**
 * Checks what a rule returned before it is scored: a snake_case `code`, finite `points` within
 * ±100, a non-empty `reason`, and an `evidence.input` object. A malformed finding would corrupt
 * the score in silence, so it throws instead, naming the rule.
 *
 * @throws ScreeningError with code `invalid_rule_outcome`.
 * @example
 * ```ts
 * checkFindings("acme.rule", [{ code: "x", points: 5, reason: "why", evidence: { input: {} } }]) // passes
 * checkFindings("acme.rule", [{ code: "x", points: NaN, reason: "why", evidence: { input: {} } }]) // throws
 * ```
 */
export function checkFindings(ruleId: string, findings: readonly RuleEvidence[]): void {
  findings.forEach((f, i) => {
    const problem =
      typeof f !== "object" || f === null ? "is not an object"
      : typeof f.code !== "string" || !/^[a-z][a-z0-9_]*$/.test(f.code) ? "has no snake_case `code`"
      : typeof f.points !== "number" || !Number.isFinite(f.points) || Math.abs(f.points) > 100 ? "has `points` that are not a number between -100 and 100"
      : typeof f.reason !== "string" || f.reason.trim() === "" ? "has no `reason`"
      : typeof f.evidence !== "object" || f.evidence === null || typeof f.evidence.input !== "object" || f.evidence.input === null ? "has no `evidence.input` object"
      : undefined;
    if (problem) throw new ScreeningError(`Rule "${ruleId}" returned a finding (#${i}) that ${problem}.`, { code: "invalid_rule_outcome" });
  });
}
