import { parseISO } from "date-fns";
import { SubjectSchema, type SubjectInput } from "../../src/schema/index.js";
import type { RuleContext, RuleEvidence, RuleOutcome } from "../../src/rules/types.js";
import { classifySector } from "../../src/sectors/index.js";

/**
 * A rule context for unit tests: the subject validated as `screen()` would, the sector
 * classified, no list matches, judged at `asOf` (default 2026-11-27).
 */
export function ruleContext(subject: SubjectInput, overrides: Partial<RuleContext> & { asOfDate?: string } = {}): RuleContext {
  const parsed = SubjectSchema.parse(subject);
  const asOfDate = overrides.asOfDate ?? "2026-11-27";
  return {
    subject: parsed,
    asOf: parseISO(asOfDate),
    asOfDate,
    nameMatches: [],
    employerMatches: [],
    identifierMatches: [],
    lists: [],
    sector: parsed.sector === undefined ? undefined : classifySector(parsed.sector),
    ...overrides,
  };
}

/** The findings of an outcome as an array (empty for nothing or not-applicable). */
export function findings(outcome: RuleOutcome): readonly RuleEvidence[] {
  if (outcome === undefined || "notApplicable" in outcome) return [];
  return Array.isArray(outcome) ? outcome : [outcome as RuleEvidence];
}
