import { describe, expect, it } from "vitest";
import { findings, ruleContext } from "../../../test/helpers/ruleContext.js";
import type { SubjectInput } from "../../schema/index.js";
import { isNotApplicable } from "../types.js";
import { hostJurisdiction } from "./hostJurisdiction.js";

// Tiers from domain.md §8.1: China and Russia hold the bulk of the workers (tier 1); Laos,
// Vietnam, the Gulf addresses, Namibia and the Mansudae countries are named in designations.
describe("host-jurisdiction", () => {
  it.each<[Partial<SubjectInput>, string, number]>([
    [{ countries: ["CN"] }, "host_country_tier1", 10],
    [{ countries: ["Russia"] }, "host_country_tier1", 10],
    [{ countries: ["LA"] }, "host_country_tier2", 5],
    [{ countries: ["Angola"] }, "host_country_tier2", 5],
    [{ employer: { name: "Acme", country: "AE" } }, "host_country_tier2", 5],
    [{ workAuthorization: { country: "PL" } }, "host_country_tier2", 5],
    [{ countries: ["LA", "RU", "VN"] }, "host_country_tier1", 10],
  ])("%o → %s", (extra, code, points) => {
    const out = findings(hostJurisdiction.evaluate(ruleContext({ name: "X", ...extra })));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code, points });
  });

  it("reports the strongest country, names the field, lists the others and cites the country's sources", () => {
    const [f] = findings(hostJurisdiction.evaluate(ruleContext({ name: "X", countries: ["LA", "RU"] })));
    expect(f?.reason).toMatch(/^Russia \(RU\), given as a country where the subject lives or works, is a tier-1 host/);
    expect(f?.reason).toContain("Also a host country: Laos (LA)");
    expect(f?.evidence.comparedWith).toMatchObject({ country: "RU", tier: 1, field: "countries", otherHostCountries: ["LA"] });
    expect(f?.citations?.some((c) => c.url?.includes("rfa.org"))).toBe(true);
  });

  it("finds nothing in a country no source names, and does not apply without a country", () => {
    expect(hostJurisdiction.evaluate(ruleContext({ name: "X", countries: ["DE", "FR"] }))).toBeUndefined();
    expect(isNotApplicable(hostJurisdiction.evaluate(ruleContext({ name: "X" })))).toBe(true);
  });

  it("does not treat nationality as a place of work", () => {
    expect(isNotApplicable(hostJurisdiction.evaluate(ruleContext({ name: "X", nationalities: ["CN"] })))).toBe(true);
  });
});
