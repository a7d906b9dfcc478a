import { CITATIONS } from "../citations.js";
import { defineRule } from "../defineRule.js";
import { notApplicable, type RuleEvidence, type RuleOutcome } from "../types.js";

/**
 * List freshness: records in `checks` and `hits` that a list was older than the configured
 * `maxListAgeDays` at `asOf`, or that its age cannot be told. Always 0 points: an old list says
 * nothing about the subject, only about what this screening could not see. The same fact is
 * in `result.warnings`; `failOnStaleList` makes the screener refuse instead.
 *
 * Not applicable when no `maxListAgeDays` is configured.
 *
 * @example
 * ```ts
 * listFreshness.evaluate(ctx) //=> [{ code: "stale_list", points: 0, … }]
 * ```
 */
export const listFreshness = defineRule({
  id: "list-freshness",
  title: "Watchlists are recent enough",
  version: "1.0.0",
  description: "Checks each list's publication date against the screener's maxListAgeDays at asOf. Designations keep coming (e.g. the DPRK IT-worker designations of January 2025): an old list misses them.",
  citations: [CITATIONS.treasuryJy2790, CITATIONS.ofacSdn],
  appliesTo: ["person", "organization", "vessel"],
  reasonCodes: ["stale_list", "list_age_unknown"],
  evaluate(ctx): RuleOutcome {
    const max = ctx.maxListAgeDays;
    if (max === undefined) return notApplicable("no maximum list age configured (maxListAgeDays)");
    const findings: RuleEvidence[] = [];
    for (const l of ctx.lists) {
      const comparedWith = { maxListAgeDays: max, asOf: ctx.asOfDate };
      if (!l.publishedAt) {
        findings.push({
          code: "list_age_unknown",
          points: 0,
          reason: `List ${l.id} (${l.source}) has no publication date, so its age at ${ctx.asOfDate} cannot be checked against the allowed ${max} days. No points: this concerns the list, not the subject.`,
          evidence: { input: { list: l.id, source: l.source }, comparedWith },
        });
      } else if (l.stale === true) {
        findings.push({
          code: "stale_list",
          points: 0,
          reason: `List ${l.id}${l.version ? ` v${l.version}` : ""} was published ${l.publishedAt.slice(0, 10)}, ${l.ageDays ?? "?"} days before ${ctx.asOfDate}: older than the allowed ${max} days, so designations made since are not screened. No points: this concerns the list, not the subject.`,
          evidence: { input: { list: l.id, publishedAt: l.publishedAt, ageDays: l.ageDays }, comparedWith },
        });
      }
    }
    return findings.length > 0 ? findings : undefined;
  },
});
