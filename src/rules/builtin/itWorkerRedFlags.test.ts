import { describe, expect, it } from "vitest";
import { findings, ruleContext } from "../../../test/helpers/ruleContext.js";
import type { Indicators } from "../../schema/index.js";
import { isNotApplicable } from "../types.js";
import { IT_RED_FLAGS, itWorkerRedFlags } from "./itWorkerRedFlags.js";

const run = (indicators: Indicators, sector?: string) => findings(itWorkerRedFlags.evaluate(ruleContext({ name: "Wang Wei", countries: ["CN"], indicators, ...(sector ? { sector } : {}) })));

describe("it-worker-red-flags", () => {
  it("returns one finding per flag, each with its own points and citations", () => {
    const all: Indicators = {
      paymentInCryptocurrency: true, paymentToThirdCountry: "HK", multipleLoginCountries: true, loginCountryMismatch: true, identityInconsistency: true,
      refusesVideo: true, laptopReshipping: true, remoteAccessTools: true, thirdPartyAccounts: true, offHoursMismatch: true,
    };
    const out = run(all);
    expect(out.map((f) => f.code)).toEqual(Object.values(IT_RED_FLAGS).map((f) => f.code));
    for (const f of out) {
      expect(f.points).toBeGreaterThanOrEqual(0);
      expect(f.citations?.length).toBeGreaterThan(0);
      for (const c of f.citations ?? []) expect(c.url).toMatch(/^https:\/\//);
    }
  });

  it("adds at most 50 points however many flags are set, and says so on the flags it trims", () => {
    // All ten flags: 10+10+10+10+15+10+20+5+15+5 = 110 points by the table, plus 10 for the
    // combination in an IT role; the cap keeps 50 and the evidence keeps the uncapped value.
    const all: Indicators = {
      paymentInCryptocurrency: true, paymentToThirdCountry: "HK", multipleLoginCountries: true, loginCountryMismatch: true, identityInconsistency: true,
      refusesVideo: true, laptopReshipping: true, remoteAccessTools: true, thirdPartyAccounts: true, offHoursMismatch: true,
    };
    const out = run(all, "backend developer");
    expect(out.reduce((sum, f) => sum + f.points, 0)).toBe(50);
    const trimmed = out.filter((f) => f.evidence["uncappedPoints"] !== undefined);
    expect(trimmed.length).toBeGreaterThan(0);
    for (const f of trimmed) expect(f.reason).toContain("at most 50 points");
    expect(out.find((f) => f.code === "it_red_flags_combined")?.requiresReview).toBe(true);
  });

  it("gives payments to PRC accounts more weight, as the 2022 advisory names them", () => {
    expect(run({ paymentToThirdCountry: "CN" })[0]?.points).toBe(15);
    expect(run({ paymentToThirdCountry: "HK" })[0]?.points).toBe(10);
    expect(run({ paymentToThirdCountry: "China" })[0]?.reason).toContain("China (CN)");
  });

  it("escalates several flags in an IT role to review", () => {
    const out = run({ paymentInCryptocurrency: true, refusesVideo: true, multipleLoginCountries: true }, "backend developer");
    const combined = out.find((f) => f.code === "it_red_flags_combined");
    expect(combined).toMatchObject({ points: 10, requiresReview: true });
    expect(combined?.reason).toContain("3 red flags together");
  });

  it("does not escalate outside an IT role, for a single flag, or for two weak flags", () => {
    expect(run({ paymentInCryptocurrency: true, refusesVideo: true }, "line cook").map((f) => f.code)).not.toContain("it_red_flags_combined");
    expect(run({ paymentInCryptocurrency: true, refusesVideo: true }).map((f) => f.code)).not.toContain("it_red_flags_combined");
    expect(run({ laptopReshipping: true }, "backend developer").map((f) => f.code)).not.toContain("it_red_flags_combined");
    expect(run({ remoteAccessTools: true, offHoursMismatch: true }, "backend developer").map((f) => f.code)).not.toContain("it_red_flags_combined");
  });

  it("finds nothing when every flag is false, and does not apply without indicators", () => {
    expect(run({ paymentInCryptocurrency: false, refusesVideo: false })).toEqual([]);
    expect(itWorkerRedFlags.evaluate(ruleContext({ name: "X", indicators: { refusesVideo: false } }))).toBeUndefined();
    expect(isNotApplicable(itWorkerRedFlags.evaluate(ruleContext({ name: "X" })))).toBe(true);
  });
});
