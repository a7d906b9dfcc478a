import { describe, expect, it } from "vitest";
import { COUNTRIES } from "./countries.js";
import { resolveCountry, toIso2 } from "./resolveCountry.js";

describe("resolveCountry", () => {
  // The DPRK in every spelling the contract names, and those of the UN and OFAC lists.
  it.each(["KP", "kp", "PRK", "North Korea", "DPRK", "Korea, North", "Democratic People's Republic of Korea", "Democratic People’s Republic of Korea", "D.P.R.K.", "north korean"])("%s → KP", (s) => {
    expect(toIso2(s)).toBe("KP");
  });

  it.each([
    ["Republic of Korea", "KR"],
    ["Korea, South", "KR"],
    ["Russian Federation", "RU"],
    ["Lao People's Democratic Republic", "LA"],
    ["Viet Nam", "VN"],
    ["Syrian Arab Republic", "SY"],
    ["Burma", "MM"],
    ["UAE", "AE"],
    ["Türkiye", "TR"],
    ["Côte d'Ivoire", "CI"],
    ["the Democratic Republic of the Congo", "CD"],
    ["Chinese", "CN"],
  ])("%s → %s", (s, iso) => {
    expect(toIso2(s)).toBe(iso);
  });

  it("refuses to guess between the two Koreas", () => {
    expect(resolveCountry("Korea").status).toBe("ambiguous");
    expect(resolveCountry("korean").status).toBe("ambiguous");
  });

  it("reports unknown names", () => {
    expect(resolveCountry("Atlantis")).toEqual({ status: "unknown" });
    expect(resolveCountry("")).toEqual({ status: "unknown" });
  });

  it("has unique alpha-2 and alpha-3 codes", () => {
    expect(new Set(COUNTRIES.map((c) => c[0])).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c[1])).size).toBe(COUNTRIES.length);
  });
});
