/**
 * Rules: typed, dated, cited risk rules.
 *
 * Contract: a rule is a plain object (`id`, `title`, `version`, `citations`, `appliesTo`,
 * optional `reasonCodes`, `evaluate`). `evaluate` is pure: it reads the context (never the
 * clock: dates are judged at `ctx.asOf`) and returns findings (points, a stable reason code, a
 * plain-English reason, the input values used and what they were compared with), a
 * not-applicable note, or nothing. Rules never depend on each other or on their order; the
 * screener puts hits and checks in a canonical order.
 */
export { defineRule } from "./defineRule.js";
export { dprkRules, RULESET_VERSION } from "./dprkRules.js";
export { CITATIONS } from "./citations.js";
export { checkFindings } from "./checkFindings.js";
export { KEY_DATES, partialDateBounds, relateToDay, type DateRelation } from "./dates.js";
export { describeEntry, matchEvidence } from "./describeEntry.js";
export { STRONG_MATCH, POSSIBLE_MATCH, pointsForMatch } from "./builtin/sanctionedParty.js";
export { DPRK_NATIONAL_POINTS } from "./builtin/dprkNational.js";
export { WORK_AUTHORIZATION_POINTS } from "./builtin/workAuthorization.js";
export { HOST_POINTS } from "./builtin/hostJurisdiction.js";
export { SECTOR_POINTS } from "./builtin/highRiskSector.js";
export { IT_RED_FLAGS, PRC_PAYMENT_POINTS, IT_RED_FLAG_COMBINATION, IT_RED_FLAGS_CAP } from "./builtin/itWorkerRedFlags.js";
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
