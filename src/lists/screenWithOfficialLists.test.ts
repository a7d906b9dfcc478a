import { describe, expect, it } from "vitest";
import { ScreeningError } from "../errors/index.js";
import { createScreener } from "../screen/index.js";
import { fixture } from "./fixtures.js";
import { parseOfacSdnCsv } from "./parseOfacSdnCsv.js";
import { parseUnConsolidatedXml } from "./parseUnConsolidatedXml.js";

// The sample UN list says dateGenerated 2026-02-27; the OFAC sample is given 2024-05-03.
const un = parseUnConsolidatedXml(fixture("un/consolidated-sample.xml"));
const ofac = parseOfacSdnCsv({ sdn: fixture("ofac/sdn.csv"), alt: fixture("ofac/alt.csv"), add: fixture("ofac/add.csv") }, { publishedAt: "2024-05-03" });
const asOf = "2026-11-27";

describe("screening against parsed official lists", () => {
  it("returns a party on both the UN and OFAC lists with both ids", () => {
    const r = createScreener({ watchlists: [un, ofac], asOf }).screen({ name: "Jon Myong Guk", birthDate: "1976-10-18" });
    const ids = r.matches.map((m) => [m.entry.id, m.entry.references]);
    expect(ids).toContainEqual(["KPi.018", ["OFAC-18559"]]);
    expect(ids).toContainEqual(["OFAC-18559", ["KPi.018"]]);
    expect(r.decision).toBe("block");
  });

  it("does not link with a single list", () => {
    const r = createScreener({ watchlists: [un], asOf }).screen({ name: "Jon Myong Guk" });
    expect(r.matches[0]?.entry.id).toBe("KPi.018");
    expect(r.matches[0]?.entry.references).toBeUndefined();
  });
});

describe("list staleness with maxListAgeDays", () => {
  // Ages counted by hand: 2026-02-27 → 2026-11-27 is 273 days; 2024-05-03 → 2026-11-27 is 938 days.
  it("marks the old list stale, warns in the result and keeps screening", () => {
    const r = createScreener({ watchlists: [un, ofac], asOf, maxListAgeDays: 365 }).screen({ name: "Maria Schmidt" });
    expect(r.meta.lists.map((l) => [l.id, l.publishedAt, l.ageDays, l.stale])).toEqual([
      ["un-sc-consolidated", "2026-02-27T00:00:09.554Z", 273, false],
      ["ofac-sdn", "2024-05-03", 938, true],
    ]);
    expect(r.warnings).toEqual(["List ofac-sdn was published 2024-05-03, 938 days before 2026-11-27: older than the allowed 365 days. Designations made since then are missing."]);
    expect(r.decision).toBe("clear");
  });

  it("has no warning when every list is young enough", () => {
    const r = createScreener({ watchlists: [un, ofac], asOf, maxListAgeDays: 1000 }).screen({ name: "Maria Schmidt" });
    expect(r.warnings).toEqual([]);
    expect(r.meta.lists.map((l) => l.stale)).toEqual([false, false]);
  });

  it("fails closed with failOnStaleList: a ScreeningError with code stale_list", () => {
    const screener = createScreener({ watchlists: [un, ofac], asOf, maxListAgeDays: 365, failOnStaleList: true });
    let error: unknown;
    try {
      screener.screen({ name: "Maria Schmidt" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScreeningError);
    expect((error as ScreeningError).code).toBe("stale_list");
    expect((error as Error).message).toContain("ofac-sdn");
  });

  it("judges staleness at the per-call asOf", () => {
    const screener = createScreener({ watchlists: [un, ofac], maxListAgeDays: 365, failOnStaleList: true });
    expect(screener.screen({ name: "Maria Schmidt" }, { asOf: "2025-01-01" }).meta.lists.map((l) => l.stale)).toEqual([false, false]);
    expect(() => screener.screen({ name: "Maria Schmidt" }, { asOf })).toThrow(/older than the allowed 365 days/);
  });

  it("cannot judge a list without a publication date: no age, no stale flag", () => {
    const undated = parseOfacSdnCsv({ sdn: fixture("ofac/sdn.csv") });
    const r = createScreener({ watchlists: [undated], asOf, maxListAgeDays: 30 }).screen({ name: "Maria Schmidt" });
    expect(r.meta.lists[0]).not.toHaveProperty("ageDays");
    expect(r.warnings).toEqual([]);
  });
});
