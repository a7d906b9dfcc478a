import { CITATIONS } from "../citations.js";
import { defineRule } from "../defineRule.js";
import { describeEntry } from "../describeEntry.js";
import { notApplicable, type RuleOutcome } from "../types.js";

/**
 * Sanctioned identifier: a passport, registration number or digital-currency address of the
 * subject equals one on a listed entry. Decisive: it blocks.
 */
export const sanctionedIdentifier = defineRule({
  id: "sanctioned-identifier",
  title: "Identifier equals a sanctioned party's",
  version: "1.0.0",
  description: "A passport, national id, registration number or digital-currency address of the subject is the same (ignoring spaces, dashes and case) as one recorded for a listed party.",
  citations: [CITATIONS.unscr1718, CITATIONS.ofacSdn],
  appliesTo: ["person", "organization", "vessel"],
  reasonCodes: ["sanctioned_identifier"],
  evaluate(ctx): RuleOutcome {
    if (!ctx.subject.identifiers || ctx.subject.identifiers.length === 0) return notApplicable("no identifiers given");
    const hit = ctx.identifierMatches[0];
    if (!hit) return undefined;
    return {
      code: "sanctioned_identifier",
      points: 100,
      blocking: true,
      reason: `${hit.subjectType ?? "Identifier"} "${hit.subjectValue}" equals the ${hit.listed.type} ${hit.listed.value}${hit.listed.country ? ` (${hit.listed.country})` : ""} of ${describeEntry(hit.entry, ctx.lists, hit.listId)}.`,
      evidence: {
        input: { identifier: hit.subjectValue, type: hit.subjectType },
        comparedWith: { entryId: hit.entry.id, entryName: hit.entry.name, listed: hit.listed, list: hit.listId },
        otherMatches: ctx.identifierMatches.slice(1).map((m) => ({ entryId: m.entry.id, value: m.listed.value })),
      },
    };
  },
});
