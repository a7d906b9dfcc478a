import { countryName, hostCountry } from "../../jurisdictions/index.js";
import { CITATIONS } from "../citations.js";
import { defineRule } from "../defineRule.js";
import { notApplicable, type RuleOutcome } from "../types.js";

/**
 * Points by host tier (dprk-labour-v1; see docs/scoring.md).
 *
 * @example
 * ```ts
 * HOST_POINTS[1] //=> 10
 * ```
 */
export const HOST_POINTS = { 1: 10, 2: 5 } as const;

type Field = "countries" | "employer.country" | "workAuthorization.country";

const FIELD_TEXT: Readonly<Record<Field, string>> = {
  countries: "given as a country where the subject lives or works",
  "employer.country": "given as the employer's country",
  "workAuthorization.country": "given as the country of the work authorisation",
};

/**
 * Host jurisdiction: a country of the subject (where it lives or works, its employer's, or its
 * work authorisation's) is a documented host country of DPRK overseas workers. Weak evidence
 * on its own: most people in China or Russia have nothing to do with DPRK labour.
 *
 * - tier 1 (China, Russia): 10 points; tier 2 (named in a listing, designation or report): 5.
 * - one finding for the strongest country; the others are in the evidence. Points do not add
 *   up across countries, so a long country list cannot turn weak evidence into a review.
 *
 * @example
 * ```ts
 * hostJurisdiction.evaluate(ctx) //=> { code: "host_country_tier1", points: 10, … }
 * ```
 */
export const hostJurisdiction = defineRule({
  id: "host-jurisdiction",
  title: "Lives or works in a documented host country of DPRK workers",
  version: "1.0.0",
  description: "A country of the subject, its employer or its work authorisation appears in the table of documented host countries of DPRK overseas workers (jurisdictions/hostCountries.ts).",
  citations: [CITATIONS.poe2024],
  appliesTo: ["person", "organization"],
  reasonCodes: ["host_country_tier1", "host_country_tier2"],
  evaluate(ctx): RuleOutcome {
    const given: { iso2: string; field: Field }[] = [
      ...(ctx.subject.countries ?? []).map((iso2) => ({ iso2, field: "countries" as const })),
      ...(ctx.subject.employer?.country ? [{ iso2: ctx.subject.employer.country, field: "employer.country" as const }] : []),
      ...(ctx.subject.workAuthorization?.country ? [{ iso2: ctx.subject.workAuthorization.country, field: "workAuthorization.country" as const }] : []),
    ];
    if (given.length === 0) return notApplicable("no country given for the subject, its employer or its work authorisation");
    const hosts = given.flatMap((g) => {
      const host = hostCountry(g.iso2);
      return host ? [{ ...g, host }] : [];
    });
    hosts.sort((a, b) => a.host.tier - b.host.tier || (a.iso2 < b.iso2 ? -1 : a.iso2 > b.iso2 ? 1 : 0));
    const best = hosts[0];
    if (!best) return undefined;
    const tier = best.host.tier;
    const others = [...new Set(hosts.slice(1).map((h) => h.iso2))].filter((c) => c !== best.iso2);
    return {
      code: tier === 1 ? "host_country_tier1" : "host_country_tier2",
      points: HOST_POINTS[tier],
      reason: `${countryName(best.iso2)} (${best.iso2}), ${FIELD_TEXT[best.field]}, is a tier-${tier} host country of DPRK overseas workers: ${best.host.evidence}${best.host.sourceQuality === "secondary" ? " (secondary sources)" : ""}.${others.length > 0 ? ` Also a host country: ${others.map((c) => `${countryName(c)} (${c})`).join(", ")}.` : ""} On its own this is weak evidence.`,
      evidence: {
        input: { countries: ctx.subject.countries, employerCountry: ctx.subject.employer?.country, workAuthorizationCountry: ctx.subject.workAuthorization?.country },
        comparedWith: { table: "HOST_COUNTRIES", country: best.iso2, tier, field: best.field, sourceQuality: best.host.sourceQuality, otherHostCountries: others },
      },
      citations: [...best.host.sources],
    };
  },
});
