import { isAfter } from "date-fns/isAfter";
import { parseISO } from "date-fns/parseISO";
import { countryName } from "../../jurisdictions/index.js";
import { CITATIONS } from "../citations.js";
import { KEY_DATES } from "../dates.js";
import { defineRule } from "../defineRule.js";
import { notApplicable, type RuleOutcome } from "../types.js";

const EXEMPTION_TEXT = {
  "host-state-national": "as a national of the host State, an exemption under UNSCR 2397 para 8 (a State need not repatriate its own nationals)",
  refugee: "as a refugee, an exemption under UNSCR 2397 para 8 (repatriation prohibited by applicable national or international law)",
  asylum: "as an asylum seeker, an exemption under UNSCR 2397 para 8 (repatriation prohibited by applicable national or international law)",
} as const;

/**
 * Points of this rule's findings (dprk-labour-v1; see docs/scoring.md).
 *
 * @example
 * ```ts
 * DPRK_NATIONAL_POINTS.afterDeadline //=> 100
 * ```
 */
export const DPRK_NATIONAL_POINTS = { afterDeadline: 100, beforeDeadline: 45, exemption: 45 } as const;

function named(iso2: string): string {
  return `${countryName(iso2)} (${iso2})`;
}

/**
 * DPRK national earning income abroad. UNSCR 2397 (2017) para 8 obliges every State to
 * repatriate all DPRK nationals earning income in its jurisdiction "immediately but no later
 * than 24 months from the date of adoption", i.e. by 22 Dec 2019, unless the person is a
 * national of that State or repatriation is prohibited by law (refugees, asylum).
 *
 * - after 22 Dec 2019 (at `asOf`): 100 points, blocking;
 * - on or before it: 45 points, requires review: employment was not yet unlawful under para 8;
 * - an exemption marked on the subject: 45 points, requires review, naming the exemption.
 *
 * Onboarding for paid work is taken as earning income; where the subject gives no country, the
 * screening business's own jurisdiction is the host.
 *
 * @example
 * ```ts
 * dprkNational.evaluate(ctx) //=> { code: "dprk_national_income_abroad", points: 100, blocking: true, … }
 * ```
 */
export const dprkNational = defineRule({
  id: "dprk-national-income-abroad",
  title: "DPRK national earning income abroad",
  version: "1.1.0",
  description: "A national of the DPRK is being engaged for paid work. Since 22 Dec 2019 every State must have repatriated such workers, except its own nationals and persons protected from repatriation.",
  citations: [CITATIONS.unscr2397p8],
  appliesTo: ["person"],
  reasonCodes: ["dprk_national_income_abroad", "dprk_national_before_deadline", "dprk_national_exemption_claimed"],
  evaluate(ctx): RuleOutcome {
    const nationalities = ctx.subject.nationalities ?? [];
    if (nationalities.length === 0) return notApplicable("no nationality given");
    if (!nationalities.includes("KP")) return undefined;
    const places = [...new Set([...(ctx.subject.countries ?? []), ...(ctx.subject.employer?.country ? [ctx.subject.employer.country] : []), ...(ctx.subject.workAuthorization?.country ? [ctx.subject.workAuthorization.country] : [])])];
    const where = places.filter((c) => c !== "KP");
    const whereText = where.length > 0 ? `in ${where.map(named).join(", ")}` : "outside the DPRK (no host country given: the screening business's own jurisdiction is taken as the host)";
    const otherNationalities = nationalities.filter((n) => n !== "KP");
    const dual = otherNationalities.filter((n) => where.includes(n));
    const dualText = dual.length > 0 && !ctx.subject.exemption ? ` The subject also holds the nationality of ${dual.map(named).join(", ")}, where the income is earned: if verified, mark the exemption "host-state-national".` : "";
    const input = { nationalities, countries: ctx.subject.countries, employerCountry: ctx.subject.employer?.country, workAuthorizationCountry: ctx.subject.workAuthorization?.country, exemption: ctx.subject.exemption };
    const comparedWith = { nationality: "KP", repatriationDeadline: KEY_DATES.repatriationDeadline, asOf: ctx.asOfDate, exemptions: ["host-state-national", "refugee", "asylum"] };
    const who = `A national of ${nationalities.map(named).join(" and ")} engaged for paid work ${whereText}`;
    if (ctx.subject.exemption) {
      return {
        code: "dprk_national_exemption_claimed",
        points: DPRK_NATIONAL_POINTS.exemption,
        requiresReview: true,
        reason: `${who}. The subject is marked ${EXEMPTION_TEXT[ctx.subject.exemption]}. Not blocked, but a person must verify the exemption before proceeding.`,
        evidence: { input, comparedWith, exemption: ctx.subject.exemption },
      };
    }
    if (!isAfter(ctx.asOf, parseISO(KEY_DATES.repatriationDeadline))) {
      return {
        code: "dprk_national_before_deadline",
        points: DPRK_NATIONAL_POINTS.beforeDeadline,
        requiresReview: true,
        reason: `${who}. At ${ctx.asOfDate} the UNSCR 2397 para 8 repatriation deadline (${KEY_DATES.repatriationDeadline}) has not passed, so this is a review, not a block.${dualText}`,
        evidence: { input, comparedWith },
      };
    }
    return {
      code: "dprk_national_income_abroad",
      points: DPRK_NATIONAL_POINTS.afterDeadline,
      blocking: true,
      reason: `${who}. Under UNSCR 2397 para 8 every DPRK national earning income abroad had to be repatriated by ${KEY_DATES.repatriationDeadline}; at ${ctx.asOfDate} that deadline has passed and no exemption (host-State national, refugee, asylum) is marked.${dualText}`,
      evidence: { input, comparedWith },
    };
  },
});
