import { describe, expect, it } from "vitest";
import { fixtureWatchlist } from "../../../test/helpers/fixtureWatchlist.js";
import { defaultWatchlist } from "../../data/index.js";
import { createScreener } from "../../screen/index.js";
import { sanctionedIdentifier } from "./sanctionedIdentifier.js";

const screener = createScreener({ asOf: "2026-11-27", rules: [sanctionedIdentifier], watchlists: [defaultWatchlist, fixtureWatchlist()] });

// Listed values from domain.md §6.1 (OFAC-43377 passports and ETH address; OFAC-24977 USCC).
describe("sanctioned-identifier", () => {
  it.each([
    ["passport", "109 420 132", "OFAC-43377"],
    ["digital-currency-address", "0x97b1043abd9e6fc31681635166d430a458d14f9c", "OFAC-43377"],
    ["registration", "91222401-MA0Y31E659", "OFAC-24977"],
    ["passport", "927220230", "OFAC-24979"],
  ])("blocks on a listed %s (%s)", (type, value, entryId) => {
    const r = screener.screen({ name: "Somebody Else", identifiers: [{ type, value }] });
    expect(r.decision).toBe("block");
    expect(r.hits[0]).toMatchObject({ ruleId: "sanctioned-identifier", code: "sanctioned_identifier", points: 100, blocking: true });
    expect(r.hits[0]?.reason).toContain(entryId);
    expect(r.hits[0]?.evidence["comparedWith"]).toMatchObject({ entryId });
  });

  it("finds nothing for an unlisted number, and does not apply without identifiers", () => {
    expect(screener.screen({ name: "X", identifiers: [{ value: "123456789" }] }).checks[0]?.status).toBe("no_hit");
    expect(screener.screen({ name: "X" }).checks[0]).toMatchObject({ status: "not_applicable", note: "no identifiers given" });
  });
});
