import { describe, expect, it } from "vitest";
import { findings, ruleContext } from "../../../test/helpers/ruleContext.js";
import type { ListMeta } from "../../schema/index.js";
import { isNotApplicable } from "../types.js";
import { listFreshness } from "./listFreshness.js";

const fresh: ListMeta = { id: "un", source: "UN", publishedAt: "2026-11-01", entryCount: 155, ageDays: 26, stale: false };
const old: ListMeta = { id: "ofac", source: "OFAC", publishedAt: "2024-05-03", entryCount: 594, ageDays: 938, stale: true };
const undated: ListMeta = { id: "own", source: "in-house", entryCount: 3 };

describe("list-freshness", () => {
  it("records a stale list as a 0-point finding naming its date and age", () => {
    const out = findings(listFreshness.evaluate(ruleContext({ name: "X" }, { lists: [fresh, old], maxListAgeDays: 90 })));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code: "stale_list", points: 0 });
    expect(out[0]?.reason).toContain("2024-05-03, 938 days before 2026-11-27");
  });

  it("records a list without a date, since its age cannot be checked", () => {
    expect(findings(listFreshness.evaluate(ruleContext({ name: "X" }, { lists: [undated], maxListAgeDays: 90 })))[0]?.code).toBe("list_age_unknown");
  });

  it("finds nothing when every list is fresh, and does not apply without maxListAgeDays", () => {
    expect(listFreshness.evaluate(ruleContext({ name: "X" }, { lists: [fresh], maxListAgeDays: 90 }))).toBeUndefined();
    expect(isNotApplicable(listFreshness.evaluate(ruleContext({ name: "X" }, { lists: [old] })))).toBe(true);
  });
});

describe("list-freshness in a screener", () => {
  it("puts a stale list in warnings, meta, hits and checks, without changing the decision", async () => {
    const { createScreener } = await import("../../screen/index.js");
    const { fixtureWatchlist } = await import("../../../test/helpers/fixtureWatchlist.js");
    const screener = createScreener({ asOf: "2026-11-27", maxListAgeDays: 180, watchlists: [fixtureWatchlist("2024-05-03")] });
    const r = screener.screen({ name: "Maria Schmidt" });
    expect(r.decision).toBe("clear");
    expect(r.score).toBe(0);
    expect(r.warnings[0]).toContain("2024-05-03");
    expect(r.meta.lists[0]).toMatchObject({ stale: true, ageDays: 938 });
    expect(r.hits).toEqual([expect.objectContaining({ ruleId: "list-freshness", code: "stale_list", points: 0 })]);
    expect(r.checks.find((c) => c.ruleId === "list-freshness")?.status).toBe("hit");
  });
});
