import { describe, expect, it } from "vitest";
import { ScreeningInputError, createScreener, safeScreen, screen } from "../src/index.js";

const BAD: readonly [label: string, input: unknown, path: string, message: RegExp][] = [
  ["a non-string name", { name: 42 }, "name", /must be a string/],
  ["an empty name", { name: "" }, "name", /letter or digit/],
  ["a name of invisible characters only", { name: "\u200B\u200B" }, "name", /letter or digit/],
  ["a 100,000-character name", { name: "x".repeat(100_000) }, "name", /longer than 500 characters/],
  ["an unknown kind", { name: "A", kind: "robot" }, "kind", /one of person, organization, vessel/],
  ["an impossible date", { name: "A", birthDate: "2023-02-30" }, "birthDate", /not a real date/],
  ["a malformed date", { name: "A", birthDate: "30/02/2023" }, "birthDate", /YYYY/],
  ["null employer", { name: "A", employer: null }, "employer", /object/],
  ["a __proto__ key", JSON.parse('{"name":"A","__proto__":{"polluted":true}}'), "__proto__", /not allowed/],
  ["a misspelt key", { name: "A", nationality: ["KP"] }, "nationality", /did you mean "nationalities"/],
  ["an unknown country", { name: "A", countries: ["Atlantis"] }, "countries[0]", /unknown country/],
  ["an ambiguous Korea", { name: "A", nationalities: ["Korea"] }, "nationalities[0]", /ambiguous/],
  ["an unknown exemption", { name: "A", exemption: "diplomat" }, "exemption", /host-state-national, refugee, asylum/],
  ["a nested unknown indicator", { name: "A", indicators: { usesVpn: true } }, "indicators.usesVpn", /unknown key/],
];

describe("bad input", () => {
  it.each(BAD)("%s gets a ScreeningInputError naming the field", (_label, input, path, message) => {
    let caught: unknown;
    try {
      screen(input as never);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScreeningInputError);
    const error = caught as ScreeningInputError;
    expect(error.message).toContain(`${path}:`);
    expect(error.message).toMatch(message);
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it.each([null, undefined, 42, "Kim", [{ name: "Kim" }]])("a non-object subject (%j) is refused by safeScreen", (input) => {
    const r = safeScreen(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path).toEqual([]);
  });

  it("lists every problem at once", () => {
    const r = safeScreen({ name: "", birthDate: "1999-13-01", kind: "robot" });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["name", "birthDate", "kind"]));
  });

  it("does not pollute Object.prototype", () => {
    safeScreen(JSON.parse('{"name":"A","__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("refuses an invalid screener configuration with paths", () => {
    expect(() => createScreener({ thresholds: { review: 90, block: 50 } })).toThrow(/thresholds: review must not be above block/);
    expect(() => createScreener({ asOf: "2026-02-30" })).toThrow(/asOf: is not a real date/);
    expect(() => createScreener({ disableRules: ["no-such-rule"] })).toThrow(/no rule has the id "no-such-rule"/);
    expect(() => createScreener({ watchlists: [{ id: "x" } as never] })).toThrow(/watchlists\[0\]/);
  });
});
