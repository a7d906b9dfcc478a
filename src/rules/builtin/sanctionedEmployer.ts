import { CITATIONS } from "../citations.js";
import { defineRule } from "../defineRule.js";
import { describeEntry, matchEvidence } from "../describeEntry.js";
import { notApplicable, type RuleOutcome } from "../types.js";
import { POSSIBLE_MATCH, STRONG_MATCH } from "./sanctionedParty.js";

/**
 * Sanctioned employer or dispatcher: the subject's employer matches a listed entity. A strong
 * match blocks (working for, or being dispatched by, a designated entity); a possible one goes
 * to review.
 */
export const sanctionedEmployer = defineRule({
  id: "sanctioned-employer",
  title: "Employer or dispatcher is a sanctioned entity",
  version: "1.1.0",
  description: "The employing or dispatching company matches a listed organisation. Paying a worker sent by a designated entity makes funds available to it.",
  citations: [CITATIONS.unscr1718, CITATIONS.unscr2397p8, CITATIONS.ofacSdn],
  appliesTo: ["person", "organization", "vessel"],
  reasonCodes: ["sanctioned_employer", "sanctioned_employer_possible"],
  evaluate(ctx): RuleOutcome {
    if (!ctx.subject.employer) return notApplicable("no employer given");
    const best = ctx.employerMatches.find((m) => m.nameScore >= POSSIBLE_MATCH);
    if (!best) return undefined;
    const strong = best.nameScore >= STRONG_MATCH;
    return {
      code: strong ? "sanctioned_employer" : "sanctioned_employer_possible",
      points: strong ? 100 : 50,
      blocking: strong,
      reason: `Employer "${best.queryName}" ${strong ? "matches" : "may be"} "${best.matchedName}" of ${describeEntry(best.entry, ctx.lists, best.listId)} (name score ${best.nameScore.toFixed(2)}, ${strong ? "strong" : "possible"}). ${strong ? "Working for, or being dispatched by, a designated entity makes the pay funds available to it." : "Check whether the employer is the listed entity."}${best.entry.basis ? ` Listed for: ${best.entry.basis}` : ""}`,
      evidence: { input: { employer: ctx.subject.employer }, comparedWith: matchEvidence(best, ctx.lists) },
    };
  },
});
