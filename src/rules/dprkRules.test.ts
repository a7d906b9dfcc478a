import { describe, expect, it } from "vitest";
import { dprkRules } from "./dprkRules.js";

describe("dprkRules", () => {
  it("has unique ids, a version, a description and declared reason codes", () => {
    expect(new Set(dprkRules.map((r) => r.id)).size).toBe(dprkRules.length);
    for (const r of dprkRules) {
      expect(r.version, r.id).toMatch(/^\d+\.\d+\.\d+$/);
      expect(r.description, r.id).toBeTruthy();
      expect(r.reasonCodes?.length, r.id).toBeGreaterThan(0);
    }
  });

  it("cites every rule with a URL", () => {
    for (const r of dprkRules) for (const c of r.citations) expect(c.url, `${r.id}: ${c.label}`).toMatch(/^https:\/\//);
  });

  it("has no reason code shared by two rules", () => {
    const codes = dprkRules.flatMap((r) => r.reasonCodes ?? []);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
