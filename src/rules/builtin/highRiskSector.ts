import { sectorByCode } from "../../sectors/index.js";
import { CITATIONS } from "../citations.js";
import { defineRule } from "../defineRule.js";
import { notApplicable, type RuleOutcome } from "../types.js";

/**
 * Points by sector tier (dprk-labour-v1; see docs/scoring.md).
 *
 * @example
 * ```ts
 * SECTOR_POINTS.core //=> 10
 * ```
 */
export const SECTOR_POINTS = { core: 10, other: 5 } as const;

/**
 * High-risk sector: the subject's sector (free text, classified once into `ctx.sector` by
 * `classifySector`) is one in which DPRK workers abroad are documented. Weak evidence alone.
 *
 * - a core sector (IT, construction, hospitality, medicine: the four the UN Panel of Experts
 *   names for 2023): 10 points; another documented sector: 5 points.
 *
 * @example
 * ```ts
 * highRiskSector.evaluate(ctx) //=> { code: "high_risk_sector_core", points: 10, … }
 * ```
 */
export const highRiskSector = defineRule({
  id: "high-risk-sector",
  title: "Works in a sector that employs DPRK workers abroad",
  version: "1.0.0",
  description: "The subject's sector or job title reads as one of the sectors where DPRK overseas workers are documented (sectors/sectorTaxonomy.ts), matched against a taxonomy of synonyms.",
  citations: [CITATIONS.poe2024],
  appliesTo: ["person", "organization"],
  reasonCodes: ["high_risk_sector_core", "high_risk_sector_other"],
  evaluate(ctx): RuleOutcome {
    const text = ctx.subject.sector;
    if (text === undefined) return notApplicable("no sector given");
    const s = ctx.sector;
    if (!s) return undefined;
    const how = s.method === "code" ? "is a sector code" : s.method === "exact" ? `${s.confidence === 1 ? "matches" : "contains"} the taxonomy term "${s.synonym}"` : `contains "${s.matched}", read as a near spelling of the taxonomy term "${s.synonym}"`;
    return {
      code: s.tier === "core" ? "high_risk_sector_core" : "high_risk_sector_other",
      points: SECTOR_POINTS[s.tier],
      reason: `Sector "${text}" ${how} (confidence ${s.confidence.toFixed(2)}), so it reads as ${s.label}: ${s.tier === "core" ? "one of the four sectors the UN Panel of Experts names for DPRK workers abroad" : "a sector where DPRK workers abroad are documented"}. On its own this is weak evidence.`,
      evidence: { input: { sector: text }, comparedWith: { taxonomy: "SECTORS", code: s.code, tier: s.tier, synonym: s.synonym, matched: s.matched, method: s.method, confidence: s.confidence } },
      citations: [...(sectorByCode(s.code)?.sources ?? [CITATIONS.poe2024])],
    };
  },
});
