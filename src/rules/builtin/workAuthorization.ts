import { CITATIONS } from "../citations.js";
import { KEY_DATES, relateToDay } from "../dates.js";
import { defineRule } from "../defineRule.js";
import { notApplicable, type RuleOutcome } from "../types.js";

/**
 * Work authorisation dates for DPRK nationals. UNSCR 2375 (2017) para 17: no State may issue a
 * work authorisation to a DPRK national after 11 Sep 2017, unless the written contract was
 * finalised before that date. UNSCR 2371 (2017) had already frozen the number of
 * authorisations at its 5 Aug 2017 level.
 *
 * - issued on or after 11 Sep 2017, contract not shown to predate it: 100 points, blocking;
 * - issued after, contract finalised before: 0 points, the exception is recorded;
 * - a partial date that straddles 11 Sep 2017: 45 points (review) to check the exact date.
 */
export const workAuthorization = defineRule({
  id: "dprk-work-authorization",
  title: "Work authorisation issued to a DPRK national after 11 Sep 2017",
  version: "1.0.0",
  description: "Checks the issue date of a DPRK national's work authorisation against UNSCR 2375 para 17 (and notes the UNSCR 2371 cap).",
  citations: [CITATIONS.unscr2375p17, CITATIONS.unscr2371],
  appliesTo: ["person"],
  evaluate(ctx): RuleOutcome {
    const auth = ctx.subject.workAuthorization;
    if (!auth?.issuedOn) return notApplicable("no work authorisation date given");
    if (!(ctx.subject.nationalities ?? []).includes("KP")) return notApplicable("not a DPRK national");
    const issued = relateToDay(auth.issuedOn, KEY_DATES.res2375);
    const contract = auth.contractSignedOn ? relateToDay(auth.contractSignedOn, KEY_DATES.res2375) : undefined;
    const input = { issuedOn: auth.issuedOn, contractSignedOn: auth.contractSignedOn, country: auth.country, nationalities: ctx.subject.nationalities };
    const comparedWith = { res2375AdoptedOn: KEY_DATES.res2375, res2371AdoptedOn: KEY_DATES.res2371 };
    if (issued === "before") {
      return {
        code: "work_authorization_before_2375",
        points: 0,
        reason: `Work authorisation issued ${auth.issuedOn}, before UNSCR 2375 (${KEY_DATES.res2375}); para 17 does not reach it. UNSCR 2371 froze the total number of such authorisations at the ${KEY_DATES.res2371} level, so it may not be renewed into a larger total.`,
        evidence: { input, comparedWith },
        citations: [CITATIONS.unscr2371, CITATIONS.unscr2375p17],
      };
    }
    if (contract === "before") {
      return {
        code: "work_authorization_2375_exception",
        points: 0,
        reason: `Work authorisation issued ${auth.issuedOn}, after UNSCR 2375 (${KEY_DATES.res2375}), but the written contract was finalised ${auth.contractSignedOn}, before it: the para 17 exception applies.`,
        evidence: { input, comparedWith },
      };
    }
    if (issued === "uncertain" || contract === "uncertain") {
      return {
        code: "work_authorization_date_uncertain",
        points: 45,
        reason: `Work authorisation date ${auth.issuedOn}${auth.contractSignedOn ? ` (contract ${auth.contractSignedOn})` : ""} is too coarse to tell whether it falls before UNSCR 2375 (${KEY_DATES.res2375}); check the exact dates.`,
        evidence: { input, comparedWith },
      };
    }
    return {
      code: "work_authorization_after_2375",
      points: 100,
      blocking: true,
      reason: `Work authorisation for a DPRK national issued ${auth.issuedOn}${auth.country ? ` in ${auth.country}` : ""}, on or after UNSCR 2375 (${KEY_DATES.res2375}), ${auth.contractSignedOn ? `with a contract of ${auth.contractSignedOn}, not before that date` : "with no written contract shown to predate it"}: prohibited by para 17.`,
      evidence: { input, comparedWith },
    };
  },
});
