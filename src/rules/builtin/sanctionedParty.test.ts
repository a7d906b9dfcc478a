import { describe, expect, it } from "vitest";
import { createScreener } from "../../screen/index.js";
import { sanctionedParty } from "./sanctionedParty.js";

const screener = createScreener({ asOf: "2026-11-27", rules: [sanctionedParty] });

// OFAC-43377 KIM, Sang Man: DOB 25 Apr 1965 (domain.md §6.1). Points per pointsForMatch's
// documented table (docs/scoring.md): confirmed DOB 100 blocking, no DOB 55, conflicting DOB 45.
describe("sanctioned-party", () => {
  it("blocks a strong name match with a confirmed birth date and says why", () => {
    const r = screener.screen({ name: "Kim Sang Man", birthDate: "1965-04-25" });
    const hit = r.hits[0];
    expect(hit).toMatchObject({ code: "sanctioned_party_match", points: 100, blocking: true });
    expect(hit?.reason).toContain("OFAC-43377");
    expect(hit?.reason).toContain("birth date 1965-04-25 matches the listed 1965-04-25");
    expect(hit?.reason).toContain("Listed for:");
    expect(hit?.evidence["comparedWith"]).toMatchObject({ entryId: "OFAC-43377", list: "dprk-overseas-labour", listPublishedAt: expect.any(String) });
  });

  it("sends a strong name without a birth date to review, and lowers it for a conflicting birth date", () => {
    const none = screener.screen({ name: "Kim Sang Man" });
    const conflict = screener.screen({ name: "Kim Sang Man", birthDate: "1990-01-01" });
    expect(none.hits[0]).toMatchObject({ code: "sanctioned_party_name_match", points: 55 });
    expect(none.decision).toBe("review");
    expect(conflict.hits[0]).toMatchObject({ code: "sanctioned_party_dob_conflict", points: 45 });
    expect(conflict.hits[0]?.reason).toContain("conflicts with the listed 1965-04-25");
  });

  it("blocks a listed organisation by name", () => {
    const r = screener.screen({ name: "Mansudae Overseas Project Group of Companies", kind: "organization" });
    expect(r.hits[0]).toMatchObject({ code: "sanctioned_party_match", blocking: true });
    expect(r.hits[0]?.reason).toContain("KPe.050");
  });

  it("finds nothing for an unrelated name", () => {
    expect(screener.screen({ name: "Maria Schmidt" }).checks[0]?.status).toBe("no_hit");
  });
});
