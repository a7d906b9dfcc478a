/**
 * Rules: typed, dated, cited risk rules.
 *
 * Contract: a rule is a plain object (`id`, `title`, `version`, `citations`, `appliesTo`,
 * `evaluate`). `evaluate` is pure: it reads the context and returns findings (points, a stable
 * reason code, a plain-English reason, the input values used and what they were compared with),
 * a not-applicable note, or nothing. Rules never depend on each other or on their order.
 */
export { defineRule } from "./defineRule.js";
export { dprkRules, RULESET_VERSION } from "./dprkRules.js";
export { CITATIONS } from "./citations.js";
export { KEY_DATES, partialDateBounds, relateToDay, type DateRelation } from "./dates.js";
export { describeEntry, matchEvidence } from "./describeEntry.js";
export { STRONG_MATCH, POSSIBLE_MATCH, pointsForMatch } from "./builtin/sanctionedParty.js";
export {
  RuleDefinitionSchema,
  isNotApplicable,
  notApplicable,
  type Rule,
  type RuleContext,
  type RuleEvidence,
  type RuleOutcome,
  type NotApplicable,
} from "./types.js";
