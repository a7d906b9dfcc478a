import { describe, expect, it } from "vitest";
import { ScreeningError, ScreeningInputError } from "../errors/index.js";
import { createScreener } from "../screen/index.js";
import { defineRule } from "./defineRule.js";
import { dprkRules } from "./dprkRules.js";
import type { Rule } from "./types.js";

const citation = { label: "Internal policy 7", url: "https://example.com/policy-7" };

const dprkPort = defineRule({
  id: "acme.dprk-port",
  title: "Ships through a DPRK port",
  version: "1",
  citations: [citation],
  appliesTo: ["person", "organization"],
  reasonCodes: ["acme_dprk_port"],
  evaluate: (ctx) => (ctx.subject.countries?.includes("KP") ? { code: "acme_dprk_port", points: 30, reason: "operates in the DPRK", evidence: { input: { countries: ctx.subject.countries } } } : undefined),
});

describe("defineRule", () => {
  it("returns a frozen plain object", () => {
    expect(Object.isFrozen(dprkPort)).toBe(true);
    expect(Object.isFrozen(dprkPort.citations)).toBe(true);
    expect(dprkPort.id).toBe("acme.dprk-port");
  });

  it.each([
    [{ id: "Bad Id" }, "id"],
    [{ citations: [] }, "citations"],
    [{ appliesTo: ["ship"] }, "appliesTo"],
    [{ reasonCodes: ["Not-Snake"] }, "reasonCodes"],
    [{ evaluate: "no" }, "evaluate"],
  ])("refuses a malformed definition (%o)", (patch, path) => {
    const bad = { ...dprkPort, ...patch } as unknown as Rule;
    try {
      defineRule(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScreeningInputError);
      expect((e as ScreeningInputError).issues[0]?.path[0]).toBe(path);
    }
  });
});

describe("custom rules in a screener", () => {
  it("runs a user's rule next to the built-in pack", () => {
    const screener = createScreener({ asOf: "2026-11-27", rules: [...dprkRules, dprkPort] });
    const r = screener.screen({ name: "Sea Star Ltd", kind: "organization", countries: ["KP"] });
    expect(r.hits.find((h) => h.ruleId === "acme.dprk-port")).toMatchObject({ points: 30, citations: [citation] });
    expect(r.meta.rulesetVersion).toMatch(/\+custom$/);
  });

  it("disables a built-in rule by id: it neither runs nor appears in checks", () => {
    const screener = createScreener({ asOf: "2026-11-27", disableRules: ["host-jurisdiction", "high-risk-sector"] });
    const r = screener.screen({ name: "Wang Wei", countries: ["CN"], sector: "backend developer" });
    expect(r.hits).toEqual([]);
    expect(r.checks.map((c) => c.ruleId)).not.toContain("host-jurisdiction");
    expect(r.checks.map((c) => c.ruleId)).not.toContain("high-risk-sector");
    expect(screener.rules.map((rule) => rule.id)).not.toContain("host-jurisdiction");
  });

  it("refuses an unknown id in disableRules and two rules with one id", () => {
    expect(() => createScreener({ disableRules: ["no-such-rule"] })).toThrow(ScreeningInputError);
    expect(() => createScreener({ rules: [dprkPort, dprkPort] })).toThrow(/two rules share the id/);
  });

  it("refuses a finding with points that are not a number, naming the rule", () => {
    const broken = defineRule({ ...dprkPort, id: "acme.broken", evaluate: () => ({ code: "x", points: Number.NaN, reason: "r", evidence: { input: {} } }) });
    const screener = createScreener({ rules: [broken] });
    expect(() => screener.screen({ name: "X" })).toThrow(ScreeningError);
    expect(() => screener.screen({ name: "X" })).toThrow(/acme\.broken/);
  });
});
