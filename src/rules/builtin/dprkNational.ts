import { countryName } from "../../jurisdictions/index.js";
import { CITATIONS } from "../citations.js";
import { KEY_DATES } from "../dates.js";
import { defineRule } from "../defineRule.js";
import { notApplicable, type RuleOutcome } from "../types.js";

const EXEMPTION_TEXT = {
  "host-state-national": "is also a national of the host State",
  refugee: "is a refugee, whose repatriation applicable national or international law prohibits",
  asylum: "is an asylum seeker, whose repatriation applicable national or international law prohibits",
} as const;

/**
 * DPRK national earning income abroad. UNSCR 2397 (2017) para 8 obliges every State to
 * repatriate all DPRK nationals earning income in its jurisdiction by 22 Dec 2019, unless the
 * person is a national of that State or repatriation is prohibited by law (refugees, asylum).
 *
 * - after the deadline (at `asOf`): 100 points, blocking;
 * - before it: 45 points (review): employment was not yet unlawful under para 8;
 * - a marked exemption: 45 points (review), naming the exemption, for a person to verify.
 *
 * Onboarding for paid work is taken as earning income; where the subject gives no country, the
 * screening business's own jurisdiction is the host.
 */
export const dprkNational = defineRule({
  id: "dprk-national-income-abroad",
  title: "DPRK national earning income abroad",
  version: "1.0.0",
  description: "A national of the DPRK is being engaged for paid work. Since 22 Dec 2019 every State must have repatriated such workers, except its own nationals and persons protected from repatriation.",
  citations: [CITATIONS.unscr2397p8],
  appliesTo: ["person"],
  evaluate(ctx): RuleOutcome {
    const nationalities = ctx.subject.nationalities ?? [];
    if (nationalities.length === 0) return notApplicable("no nationality given");
    if (!nationalities.includes("KP")) return undefined;
    const where = [...new Set([...(ctx.subject.countries ?? []), ...(ctx.subject.employer?.country ? [ctx.subject.employer.country] : []), ...(ctx.subject.workAuthorization?.country ? [ctx.subject.workAuthorization.country] : [])])].filter((c) => c !== "KP");
    const whereText = where.length > 0 ? `in ${where.map(countryName).join(", ")}` : "outside the DPRK (the screening business's jurisdiction)";
    const input = { nationalities, countries: ctx.subject.countries, employer: ctx.subject.employer, exemption: ctx.subject.exemption, asOf: ctx.asOfDate };
    const comparedWith = { repatriationDeadline: KEY_DATES.repatriationDeadline, exemptions: ["host-state-national", "refugee", "asylum"] };
    if (ctx.subject.exemption) {
      return {
        code: "dprk_national_exemption_claimed",
        points: 45,
        reason: `DPRK national (nationality KP) engaged for paid work ${whereText}; the subject is marked as an exemption under UNSCR 2397 para 8: the person ${EXEMPTION_TEXT[ctx.subject.exemption]}. Verify the exemption before proceeding.`,
        evidence: { input, comparedWith, exemption: ctx.subject.exemption },
      };
    }
    if (ctx.asOfDate < KEY_DATES.repatriationDeadline) {
      return {
        code: "dprk_national_before_deadline",
        points: 45,
        reason: `DPRK national (nationality KP) earning income ${whereText}. At ${ctx.asOfDate} the UNSCR 2397 para 8 repatriation deadline (${KEY_DATES.repatriationDeadline}) has not passed, so this goes to review rather than block.`,
        evidence: { input, comparedWith },
      };
    }
    return {
      code: "dprk_national_income_abroad",
      points: 100,
      blocking: true,
      reason: `DPRK national (nationality KP) earning income ${whereText}. Under UNSCR 2397 para 8 all DPRK nationals earning income abroad had to be repatriated by ${KEY_DATES.repatriationDeadline}; no exemption (host-State nationality, refugee, asylum) is marked.`,
      evidence: { input, comparedWith },
    };
  },
});
