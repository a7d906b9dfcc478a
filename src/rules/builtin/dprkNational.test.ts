import { describe, expect, it } from "vitest";
import { findings, ruleContext } from "../../../test/helpers/ruleContext.js";
import { isNotApplicable } from "../types.js";
import { dprkNational } from "./dprkNational.js";

// Expectations from UNSCR 2397 (2017) para 8 as summarised in domain.md §2.1–2.2: repatriation
// by 22 Dec 2019; exemptions for host-State nationals and where law prohibits repatriation.
describe("dprk-national-income-abroad", () => {
  it.each(["KP", "PRK", "North Korea", "DPRK", "Korea, North", "Democratic People's Republic of Korea"])("recognises the nationality spelt %s", (spelling) => {
    const [f] = findings(dprkNational.evaluate(ruleContext({ name: "Pak Chol", nationalities: [spelling], countries: ["RU"] })));
    expect(f).toMatchObject({ code: "dprk_national_income_abroad", points: 100, blocking: true });
  });

  it("blocks after the deadline and names the host country, the deadline and asOf", () => {
    const [f] = findings(dprkNational.evaluate(ruleContext({ name: "Pak Chol", nationalities: ["KP"], countries: ["RU"] })));
    expect(f?.reason).toContain("Russia (RU)");
    expect(f?.reason).toContain("2019-12-22");
    expect(f?.reason).toContain("2026-11-27");
    expect(f?.evidence.comparedWith).toMatchObject({ repatriationDeadline: "2019-12-22", asOf: "2026-11-27" });
  });

  it("requires review, not a block, up to and including the deadline day", () => {
    for (const asOfDate of ["2018-06-01", "2019-12-21", "2019-12-22"]) {
      const [f] = findings(dprkNational.evaluate(ruleContext({ name: "Pak Chol", nationalities: ["KP"] }, { asOfDate })));
      expect(f, asOfDate).toMatchObject({ code: "dprk_national_before_deadline", points: 45, requiresReview: true });
      expect(f?.blocking).toBeUndefined();
    }
    const [after] = findings(dprkNational.evaluate(ruleContext({ name: "Pak Chol", nationalities: ["KP"] }, { asOfDate: "2019-12-23" })));
    expect(after?.code).toBe("dprk_national_income_abroad");
  });

  it.each([
    ["refugee", "marked as a refugee"],
    ["asylum", "marked as an asylum seeker"],
    ["host-state-national", "marked as a national of the host State"],
  ] as const)("requires review and names the %s exemption", (exemption, text) => {
    const [f] = findings(dprkNational.evaluate(ruleContext({ name: "Pak Chol", nationalities: ["KP"], countries: ["RU"], exemption })));
    expect(f).toMatchObject({ code: "dprk_national_exemption_claimed", points: 45, requiresReview: true });
    expect(f?.reason).toContain(text);
    expect(f?.reason).toContain("an exemption under UNSCR 2397 para 8");
  });

  it("points to the host-State exemption when a second nationality is the host country's", () => {
    const [f] = findings(dprkNational.evaluate(ruleContext({ name: "Pak Chol", nationalities: ["KP", "RU"], countries: ["RU"] })));
    expect(f?.code).toBe("dprk_national_income_abroad");
    expect(f?.reason).toContain('mark the exemption "host-state-national"');
  });

  it("finds nothing for other nationals and does not apply without a nationality", () => {
    expect(dprkNational.evaluate(ruleContext({ name: "Kim Min-jun", nationalities: ["KR"], countries: ["KR"] }))).toBeUndefined();
    expect(isNotApplicable(dprkNational.evaluate(ruleContext({ name: "Pak Chol" })))).toBe(true);
  });
});
