import { countryName } from "../../jurisdictions/index.js";
import { CITATIONS } from "../citations.js";
import { KEY_DATES, relateToDay } from "../dates.js";
import { defineRule } from "../defineRule.js";
import { notApplicable, type RuleOutcome } from "../types.js";

/**
 * Points of this rule's findings (dprk-labour-v1; see docs/scoring.md).
 *
 * @example
 * ```ts
 * WORK_AUTHORIZATION_POINTS.after2375 //=> 100
 * ```
 */
export const WORK_AUTHORIZATION_POINTS = { after2375: 100, uncertain: 45, exception: 0, before2375: 0 } as const;

/**
 * Work authorisation dates for DPRK nationals. UNSCR 2375 (2017) para 17: no State may issue a
 * work authorisation to a DPRK national from 11 Sep 2017, unless the written contract was
 * finalised before that date. UNSCR 2371 (2017) had already frozen the number of
 * authorisations at its 5 Aug 2017 level. Partial dates ("2017", "2017-09") are compared by
 * the range of days they can mean.
 *
 * - issued on or after 11 Sep 2017, contract not shown to predate it: 100 points, blocking;
 * - issued on or after, contract finalised before: 0 points, the para 17 exception is recorded;
 * - issued before 11 Sep 2017: 0 points; the UNSCR 2371 cap is noted (and, from 5 Aug 2017,
 *   that the authorisation counts against it);
 * - a partial date that may fall either side of 11 Sep 2017: 45 points, requires review.
 *
 * @example
 * ```ts
 * workAuthorization.evaluate(ctx) //=> { code: "work_authorization_after_2375", points: 100, blocking: true, … }
 * ```
 */
export const workAuthorization = defineRule({
  id: "dprk-work-authorization",
  title: "Work authorisation date of a DPRK national",
  version: "1.1.0",
  description: "Checks the issue date of a DPRK national's work authorisation against UNSCR 2375 para 17 (and notes the UNSCR 2371 cap).",
  citations: [CITATIONS.unscr2375p17, CITATIONS.unscr2371],
  appliesTo: ["person"],
  reasonCodes: ["work_authorization_after_2375", "work_authorization_2375_exception", "work_authorization_before_2375", "work_authorization_within_2371_cap", "work_authorization_date_uncertain"],
  evaluate(ctx): RuleOutcome {
    const auth = ctx.subject.workAuthorization;
    if (!auth?.issuedOn) return notApplicable("no work authorisation issue date given");
    if (!(ctx.subject.nationalities ?? []).includes("KP")) return notApplicable("not a DPRK national");
    const issued = relateToDay(auth.issuedOn, KEY_DATES.res2375);
    const contract = auth.contractSignedOn ? relateToDay(auth.contractSignedOn, KEY_DATES.res2375) : undefined;
    const input = { issuedOn: auth.issuedOn, contractSignedOn: auth.contractSignedOn, country: auth.country, nationalities: ctx.subject.nationalities };
    const comparedWith = { res2375AdoptedOn: KEY_DATES.res2375, res2371AdoptedOn: KEY_DATES.res2371 };
    const inCountry = auth.country ? ` in ${countryName(auth.country)} (${auth.country})` : "";
    const capNote = `UNSCR 2371 froze the total number of work authorisations for DPRK nationals at its ${KEY_DATES.res2371} level`;
    if (issued === "before") {
      const after2371 = relateToDay(auth.issuedOn, KEY_DATES.res2371) === "on_or_after";
      return {
        code: after2371 ? "work_authorization_within_2371_cap" : "work_authorization_before_2375",
        points: WORK_AUTHORIZATION_POINTS.before2375,
        reason: after2371
          ? `Work authorisation for a DPRK national issued ${auth.issuedOn}${inCountry}, before UNSCR 2375 (${KEY_DATES.res2375}), so para 17 does not reach it; but after ${capNote}: it was lawful only if it did not raise the State's total above that level.`
          : `Work authorisation for a DPRK national issued ${auth.issuedOn}${inCountry}, before UNSCR 2375 (${KEY_DATES.res2375}), so para 17 does not reach it. ${capNote}, so it may not be renewed into a larger total.`,
        evidence: { input, comparedWith },
        citations: [CITATIONS.unscr2371, CITATIONS.unscr2375p17],
      };
    }
    if (contract === "before") {
      return {
        code: "work_authorization_2375_exception",
        points: WORK_AUTHORIZATION_POINTS.exception,
        reason: `Work authorisation for a DPRK national issued ${auth.issuedOn}${inCountry}, after UNSCR 2375 (${KEY_DATES.res2375}), but the written contract was finalised ${auth.contractSignedOn}, before it: the para 17 exception applies. It still counts against the cap of UNSCR 2371 (${KEY_DATES.res2371} level).`,
        evidence: { input, comparedWith },
      };
    }
    if (issued === "uncertain" || contract === "uncertain") {
      return {
        code: "work_authorization_date_uncertain",
        points: WORK_AUTHORIZATION_POINTS.uncertain,
        requiresReview: true,
        reason: `Work authorisation for a DPRK national dated ${auth.issuedOn}${auth.contractSignedOn ? ` (written contract ${auth.contractSignedOn})` : ""}${inCountry}: the date is too coarse to tell whether it falls before UNSCR 2375 (${KEY_DATES.res2375}); para 17 prohibits it if it does not. Check the exact dates.`,
        evidence: { input, comparedWith },
      };
    }
    return {
      code: "work_authorization_after_2375",
      points: WORK_AUTHORIZATION_POINTS.after2375,
      blocking: true,
      reason: `Work authorisation for a DPRK national issued ${auth.issuedOn}${inCountry}, on or after the adoption of UNSCR 2375 (${KEY_DATES.res2375}), ${auth.contractSignedOn ? `with a written contract of ${auth.contractSignedOn}, not before that date` : "with no written contract shown to predate it"}: prohibited by para 17.`,
      evidence: { input, comparedWith },
    };
  },
});
