import { describe, expect, it } from "vitest";
import { HOST_COUNTRIES, hostCountry } from "./hostCountries.js";
import { countryName } from "./resolveCountry.js";

// The country sets below are copied by hand from domain.md §3.2 (KPe.050) and §8.1.
const MANSUDAE = ["DZ", "AO", "BW", "BJ", "KH", "TD", "CD", "GQ", "MY", "MZ", "MG", "NA", "SY", "TG", "ZW"];

describe("HOST_COUNTRIES", () => {
  it("puts China and Russia, and only them, in tier 1", () => {
    expect(HOST_COUNTRIES.filter((h) => h.tier === 1).map((h) => h.iso2).sort()).toEqual(["CN", "RU"]);
  });

  it("has the designation countries and all 15 Mansudae countries in tier 2", () => {
    for (const iso2 of ["LA", "VN", "AE", "KW", "QA", "OM", ...MANSUDAE]) expect(hostCountry(iso2)?.tier, iso2).toBe(2);
  });

  it("has one row per country, each a known ISO code with at least one source", () => {
    const codes = HOST_COUNTRIES.map((h) => h.iso2);
    expect(new Set(codes).size).toBe(codes.length);
    for (const h of HOST_COUNTRIES) {
      expect(countryName(h.iso2), h.iso2).not.toBe(h.iso2);
      expect(h.sources.length, h.iso2).toBeGreaterThan(0);
      for (const c of h.sources) expect(c.url, `${h.iso2}: ${c.label}`).toMatch(/^https?:\/\//);
    }
  });

  it("never lists the DPRK itself or the IT workers' client countries", () => {
    for (const iso2 of ["KP", "US", "CA", "UA", "RS", "DE"]) expect(hostCountry(iso2), iso2).toBeUndefined();
  });
});
