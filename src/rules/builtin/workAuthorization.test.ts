import { describe, expect, it } from "vitest";
import { findings, ruleContext } from "../../../test/helpers/ruleContext.js";
import { isNotApplicable } from "../types.js";
import { workAuthorization } from "./workAuthorization.js";

const run = (auth: { issuedOn?: string; contractSignedOn?: string; country?: string }, nationalities = ["KP"]) =>
  findings(workAuthorization.evaluate(ruleContext({ name: "Ri Yong Ho", nationalities, workAuthorization: auth })))[0];

// Expected codes from UNSCR 2375 para 17 (11 Sep 2017; written contracts finalised before are
// excepted) and UNSCR 2371 (cap at the 5 Aug 2017 level), domain.md §2.1–2.2.
describe("dprk-work-authorization", () => {
  it.each([
    [{ issuedOn: "2018-02-01", country: "PL" }, "work_authorization_after_2375", 100],
    [{ issuedOn: "2017-09-11" }, "work_authorization_after_2375", 100],
    [{ issuedOn: "2018" }, "work_authorization_after_2375", 100],
    [{ issuedOn: "2018-03", contractSignedOn: "2017-10-02" }, "work_authorization_after_2375", 100],
    [{ issuedOn: "2017-10-01", contractSignedOn: "2017-06-01" }, "work_authorization_2375_exception", 0],
    [{ issuedOn: "2017-10-01", contractSignedOn: "2017-08" }, "work_authorization_2375_exception", 0],
    [{ issuedOn: "2017-09-10" }, "work_authorization_within_2371_cap", 0],
    [{ issuedOn: "2017-08-05" }, "work_authorization_within_2371_cap", 0],
    [{ issuedOn: "2016-05-01" }, "work_authorization_before_2375", 0],
    [{ issuedOn: "2017-09" }, "work_authorization_date_uncertain", 45],
    [{ issuedOn: "2017" }, "work_authorization_date_uncertain", 45],
    [{ issuedOn: "2018-01-01", contractSignedOn: "2017-09" }, "work_authorization_date_uncertain", 45],
  ] as const)("%o → %s (%i points)", (auth, code, points) => {
    expect(run(auth)).toMatchObject({ code, points });
  });

  it("blocks a post-2375 authorisation and cites para 17", () => {
    const f = run({ issuedOn: "2018-02-01", country: "PL" });
    expect(f?.blocking).toBe(true);
    expect(f?.reason).toContain("Poland (PL)");
    expect(f?.reason).toContain("para 17");
    expect(workAuthorization.citations[0]?.label).toContain("UNSCR 2375 (2017) para 17");
  });

  it("requires review when a partial date straddles 11 Sep 2017", () => {
    expect(run({ issuedOn: "2017-09" })?.requiresReview).toBe(true);
  });

  it("mentions the UNSCR 2371 cap where it matters", () => {
    expect(run({ issuedOn: "2017-09-01" })?.reason).toContain("UNSCR 2371");
    expect(run({ issuedOn: "2017-10-01", contractSignedOn: "2017-06-01" })?.reason).toContain("UNSCR 2371");
  });

  it("does not apply without a date or to other nationals", () => {
    expect(isNotApplicable(workAuthorization.evaluate(ruleContext({ name: "X", nationalities: ["KP"] })))).toBe(true);
    expect(isNotApplicable(workAuthorization.evaluate(ruleContext({ name: "X", nationalities: ["CN"], workAuthorization: { issuedOn: "2018-01-01" } })))).toBe(true);
  });
});
