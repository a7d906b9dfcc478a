import { describe, expect, it } from "vitest";
import { ScreeningResultSchema, createScreener, explain, screen } from "../src/index.js";

const asOf = "2026-11-27";

describe("screen() end to end on the embedded watchlist", () => {
  it("blocks Mansudae Overseas Project Group, names KPe.050 and explains why", () => {
    const r = screen({ name: "Mansudae Overseas Project Group" }, { asOf });
    expect(r.decision).toBe("block");
    expect(r.matches[0]?.entry.id).toBe("KPe.050");
    const hit = r.hits.find((h) => h.ruleId === "sanctioned-party");
    expect(hit?.blocking).toBe(true);
    expect(hit?.reason).toContain("KPe.050");
    expect(hit?.citations.length).toBeGreaterThan(0);
    expect(explain(r)).toContain("KPe.050");
  });

  it("clears a clearly unrelated name", () => {
    const r = screen({ name: "Maria Schmidt" }, { asOf });
    expect(r.decision).toBe("clear");
    expect(r.score).toBe(0);
    expect(r.hits).toEqual([]);
  });

  it("returns results that satisfy the published schema and survive JSON", () => {
    const r = screen({ name: "Kim Sang Man", birthDate: "1965-04-25", ref: "abc" }, { asOf });
    expect(ScreeningResultSchema.parse(r)).toEqual(r);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.ref).toBe("abc");
  });

  it("stamps every result with versions, thresholds, asOf and the list metadata", () => {
    const r = screen({ name: "Maria Schmidt" }, { asOf });
    expect(r.meta.algorithm).toBe("dprk-labour-v1");
    expect(r.meta.asOf).toBe(asOf);
    expect(r.meta.thresholds).toEqual({ review: 40, block: 80 });
    expect(r.meta.lists[0]).toMatchObject({ id: "dprk-overseas-labour", version: expect.any(String), publishedAt: expect.any(String) });
  });

  it("stamps each result with the time now() gives at that screening", () => {
    const times = ["2026-11-27T09:00:00.000Z", "2026-11-27T09:00:00.000Z", "2026-11-27T09:00:00.001Z", "2026-12-01T17:30:00.250Z"];
    let call = 0;
    // now() is read for asOf when no asOf is given: give one, so that each screening reads it once.
    const screener = createScreener({ asOf, now: () => new Date(times[call++] ?? "") });
    expect(times.map(() => screener.screen({ name: "Maria Schmidt" }).meta.screenedAt)).toEqual(times);
  });

  it("judges at asOf, not at the machine's clock", () => {
    const subject = { name: "Pak Chol", nationalities: ["KP"], countries: ["RU"] };
    expect(screen(subject, { asOf: "2018-06-01" }).decision).toBe("review");
    expect(screen(subject, { asOf: "2020-01-01" }).decision).toBe("block");
  });

  it("lets users disable a built-in rule and add their own", () => {
    const screener = createScreener({ asOf, disableRules: ["dprk-national-income-abroad"] });
    const r = screener.screen({ name: "Pak Chol", nationalities: ["KP"], countries: ["RU"] });
    expect(r.hits.map((h) => h.ruleId)).not.toContain("dprk-national-income-abroad");
    expect(r.checks.map((c) => c.ruleId)).not.toContain("dprk-national-income-abroad");
  });

  it("screens a batch in input order", async () => {
    const screener = createScreener({ asOf });
    const names = ["Maria Schmidt", "Mansudae Overseas Project Group", "Ana Martins"];
    const out = [];
    for await (const r of screener.screenMany(names.map((name) => ({ name })))) out.push(r);
    expect(out.map((r) => r.subject.name)).toEqual(names);
    expect(out.map((r) => r.decision)).toEqual(["clear", "block", "clear"]);
  });

  it("names the position of an invalid subject in a batch", async () => {
    const screener = createScreener({ asOf });
    const run = async () => {
      for await (const _ of screener.screenMany([{ name: "A" }, { name: "" }])) void _;
    };
    await expect(run()).rejects.toThrow(/\[1\]\.name/);
  });
});
