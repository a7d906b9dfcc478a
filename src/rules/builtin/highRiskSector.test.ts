import { describe, expect, it } from "vitest";
import { findings, ruleContext } from "../../../test/helpers/ruleContext.js";
import { isNotApplicable } from "../types.js";
import { highRiskSector } from "./highRiskSector.js";

// Core sectors per the UN Panel of Experts 2024 (construction, hospitality, medicine, IT).
describe("high-risk-sector", () => {
  it.each([
    ["senior React dev", "high_risk_sector_core", 10],
    ["line cook", "high_risk_sector_core", 10],
    ["nurse", "high_risk_sector_core", 10],
    ["welder", "high_risk_sector_core", 10],
    ["seamstress", "high_risk_sector_other", 5],
    ["coal miner", "high_risk_sector_other", 5],
  ] as const)("%s → %s", (sector, code, points) => {
    expect(findings(highRiskSector.evaluate(ruleContext({ name: "X", sector })))[0]).toMatchObject({ code, points });
  });

  it("says what in the text matched, and cites the sector's sources", () => {
    const [f] = findings(highRiskSector.evaluate(ruleContext({ name: "X", sector: "senior React dev" })));
    expect(f?.reason).toContain('Sector "senior React dev" contains the taxonomy term "dev"');
    expect(f?.evidence).toMatchObject({ input: { sector: "senior React dev" }, comparedWith: { code: "it-software", synonym: "dev" } });
    expect(f?.citations?.length).toBeGreaterThan(1);
  });

  it("finds nothing for an accountant and does not apply without a sector", () => {
    expect(highRiskSector.evaluate(ruleContext({ name: "X", sector: "accountant" }))).toBeUndefined();
    expect(isNotApplicable(highRiskSector.evaluate(ruleContext({ name: "X" })))).toBe(true);
  });
});
