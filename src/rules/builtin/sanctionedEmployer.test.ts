import { describe, expect, it } from "vitest";
import { createScreener } from "../../screen/index.js";
import { sanctionedEmployer } from "./sanctionedEmployer.js";

const screener = createScreener({ asOf: "2026-11-27", rules: [sanctionedEmployer] });

// OFAC-43379 Chinyong Information Technology Cooperation Company, a.k.a. Jinyong IT
// Cooperation Company (domain.md §6.1); KPe.050 Mansudae (§3.2).
describe("sanctioned-employer", () => {
  it.each(["Chinyong IT Cooperation Co.", "Jinyong IT Cooperation Company", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY"])("blocks a worker employed by %s", (name) => {
    const r = screener.screen({ name: "Any Person", employer: { name } });
    expect(r.decision).toBe("block");
    expect(r.hits[0]).toMatchObject({ code: "sanctioned_employer", points: 100, blocking: true });
    expect(r.hits[0]?.reason).toContain("OFAC-43379");
    expect(r.hits[0]?.evidence["input"]).toEqual({ employer: { name } });
  });

  it("blocks a worker dispatched by the Mansudae group", () => {
    expect(screener.screen({ name: "Any Person", employer: { name: "Mansudae Art Studio" } }).hits[0]?.reason).toContain("KPe.050");
  });

  it("sends a possible employer match to review, not block", () => {
    // A made-up listed company. "Alpha Beta" has two of its three distinctive words: by hand,
    // 2 matched / (2 + 0.6 × (1 "gamma" + 0.25 "trade")) = 0.727, between the possible (0.7)
    // and strong (0.85) bars.
    const list = {
      id: "test", source: "test", loadedAt: "2026-11-27",
      entries: [{ id: "T-1", kind: "organization" as const, name: "ALPHA BETA GAMMA TRADING", aliases: [], birthDates: [], nationalities: [], countries: [], identifiers: [], programs: ["TEST"], source: "test" }],
      stats: { records: 1, entries: 1, names: 1, skipped: [], orphans: [] },
    };
    const s = createScreener({ asOf: "2026-11-27", rules: [sanctionedEmployer], watchlists: [list] });
    const r = s.screen({ name: "Any Person", employer: { name: "Alpha Beta" } });
    expect(r.hits[0]).toMatchObject({ code: "sanctioned_employer_possible", points: 50, blocking: false });
    expect(r.decision).toBe("review");
  });

  it("finds nothing for an ordinary employer, and does not apply without one", () => {
    expect(screener.screen({ name: "X", employer: { name: "Siemens AG" } }).checks[0]?.status).toBe("no_hit");
    expect(screener.screen({ name: "X" }).checks[0]).toMatchObject({ status: "not_applicable" });
  });
});
