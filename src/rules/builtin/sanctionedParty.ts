import type { EntryMatch } from "../../match/index.js";
import { CITATIONS } from "../citations.js";
import { defineRule } from "../defineRule.js";
import { describeEntry, matchEvidence } from "../describeEntry.js";
import type { RuleEvidence } from "../types.js";

/** Name score from which a match is strong. */
export const STRONG_MATCH = 0.85;
/** Name score from which a match is possible (an analyst should look). */
export const POSSIBLE_MATCH = 0.7;

/**
 * Points for a name match (dprk-labour-v1):
 * - organisation or vessel, strong: 100, blocking; possible: 50;
 * - person, strong with a matching birth date: 100, blocking (the name is corroborated);
 * - person, strong, no birth date to compare: 55 (review: Korean names are shared by many;
 *   with the strongest host country and sector, 75, still below block);
 * - person, strong, conflicting birth date: 45 (review at most);
 * - person, possible: 45, or 55 with a matching birth date.
 */
export function pointsForMatch(match: EntryMatch): { points: number; blocking: boolean; strength: string; code: string } {
  const dob = match.birthDate.outcome;
  const confirmed = dob === "exact" || dob === "in_range";
  const strong = match.nameScore >= STRONG_MATCH;
  if (match.entry.kind !== "person") return strong ? { points: 100, blocking: true, strength: "strong", code: "sanctioned_party_match" } : { points: 50, blocking: false, strength: "possible", code: "sanctioned_party_possible_match" };
  if (strong && confirmed) return { points: 100, blocking: true, strength: "strong, birth date confirmed", code: "sanctioned_party_match" };
  if (strong && dob === "conflict") return { points: 45, blocking: false, strength: "strong name, conflicting birth date", code: "sanctioned_party_dob_conflict" };
  if (strong) return { points: 55, blocking: false, strength: "strong name, birth date not confirmed", code: "sanctioned_party_name_match" };
  if (confirmed) return { points: 55, blocking: false, strength: "possible name, birth date confirmed", code: "sanctioned_party_possible_match" };
  return { points: 45, blocking: false, strength: "possible", code: "sanctioned_party_possible_match" };
}

/**
 * Sanctioned party: the subject's name or an alias matches a listed entry. The best match
 * decides the points; the next ones are kept in the evidence.
 */
export const sanctionedParty = defineRule({
  id: "sanctioned-party",
  title: "Name matches a sanctioned party",
  version: "1.1.0",
  description: "The subject's name or one of its aliases resembles a party on a loaded list (UN 1718, OFAC, or the curated DPRK overseas-labour list).",
  citations: [CITATIONS.unscr1718, CITATIONS.ofacSdn],
  appliesTo: ["person", "organization", "vessel"],
  reasonCodes: ["sanctioned_party_match", "sanctioned_party_name_match", "sanctioned_party_dob_conflict", "sanctioned_party_possible_match"],
  evaluate(ctx): RuleEvidence | undefined {
    const candidates = ctx.nameMatches.filter((m) => m.nameScore >= POSSIBLE_MATCH && m.score >= POSSIBLE_MATCH * 0.8);
    const best = candidates[0];
    if (!best) return undefined;
    const { points, blocking, strength, code } = pointsForMatch(best);
    const dob = best.birthDate;
    const dobText =
      dob.outcome === "exact" || dob.outcome === "in_range" ? `; birth date ${ctx.subject.birthDate} matches the listed ${dob.listed}`
      : dob.outcome === "conflict" ? `; but birth date ${ctx.subject.birthDate} conflicts with the listed ${dob.listed}`
      : "";
    return {
      code,
      points,
      blocking,
      reason: `${best.field === "alias" ? "Alias" : "Name"} "${best.queryName}" matches "${best.matchedName}" of ${describeEntry(best.entry, ctx.lists, best.listId)} with name score ${best.nameScore.toFixed(2)} (${strength})${dobText}.${best.entry.basis ? ` Listed for: ${best.entry.basis}` : ""}`,
      evidence: {
        input: { [best.field]: best.queryName, birthDate: ctx.subject.birthDate },
        comparedWith: matchEvidence(best, ctx.lists),
        otherMatches: candidates.slice(1, 4).map((m) => ({ entryId: m.entry.id, matchedName: m.matchedName, score: m.score })),
      },
    };
  },
});
