import { describe, expect, it } from "vitest";
import { parseOfacRemarks } from "./parseOfacRemarks.js";

// Clauses below are written in the OFAC remarks style (shapes seen in sdn.csv; values invented
// or retyped). Expected values are worked out by hand from the clause text.
describe("parseOfacRemarks, clause by clause", () => {
  it.each([
    ["DOB 25 Apr 1965.", { birthDates: ["1965-04-25"] }],
    ["DOB circa 1947; alt. DOB 1960 to 1962", { birthDates: ["1946/1948", "1960/1962"] }],
    ["POB Pyongyang, North Korea", { placesOfBirth: ["Pyongyang, North Korea"] }],
    ["nationality Korea, North; alt. citizen Russia", { nationalities: ["KP", "RU"] }],
    ["Gender Female", { gender: "Female" }],
    ["a.k.a. 'SAMPLE ONE'; f.k.a. 'SAMPLE TWO'; n.k.a. 'SAMPLE THREE'", { aliases: [{ name: "SAMPLE ONE", quality: "aka" }, { name: "SAMPLE TWO", quality: "fka" }, { name: "SAMPLE THREE", quality: "nka" }] }],
    ["Linked To: KOREA SAMPLE CORPORATION.", { linkedTo: ["KOREA SAMPLE CORPORATION"] }],
    ["Digital Currency Address - XBT 1SampleAddressXYZ", { identifiers: [{ type: "digital-currency-address", value: "1SampleAddressXYZ", note: "XBT" }] }],
    ["Passport 109420132 (Korea, North) issued 16 Oct 2019 expires 16 Oct 2024", { identifiers: [{ type: "passport", value: "109420132", country: "KP", note: "Passport; issued 16 Oct 2019 expires 16 Oct 2024" }] }],
    ["alt. Passport RL 1794375 (Lebanon)", { identifiers: [{ type: "passport", value: "RL 1794375", country: "LB", note: "Passport" }] }],
    ["Diplomatic Passport 008827 (Iran) issued 1999", { identifiers: [{ type: "passport", value: "008827", country: "IR", note: "Diplomatic Passport; issued 1999" }] }],
    ["Registration Number HRA 738077 (Stuttgart) (Germany)", { identifiers: [{ type: "registration", value: "HRA 738077", country: "DE", note: "Registration Number; (Stuttgart)" }] }],
    ["Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China)", { identifiers: [{ type: "uscc", value: "91222401MA0Y31E659", country: "CN", note: "Unified Social Credit Code (USCC)" }] }],
    ["SWIFT/BIC SMPLKPPY", { identifiers: [{ type: "swift", value: "SMPLKPPY", note: "SWIFT/BIC" }] }],
    ["Vessel Registration Identification IMO 9000001", { identifiers: [{ type: "imo", value: "9000001", note: "Vessel Registration Identification IMO" }] }],
    ["Tax ID No. 7700000000 (Russia)", { identifiers: [{ type: "tax-id", value: "7700000000", country: "RU", note: "Tax ID No." }] }],
    ["Telephone (98)(21)(66153220)", { identifiers: [{ type: "phone", value: "(98)(21)(66153220)", note: "Telephone" }] }],
    ["Organization Type: Wholesale of sample goods", { details: [{ label: "Organization Type", value: "Wholesale of sample goods" }] }],
    ["Organization Established Date 2001", { details: [{ label: "Organization Established Date", value: "2001" }] }],
    ["Additional Sanctions Information - Subject to Secondary Sanctions", { details: [{ label: "Additional Sanctions Information", value: "Subject to Secondary Sanctions" }] }],
    ["Korea Sample Bank representative", { remarks: ["Korea Sample Bank representative"] }],
  ])("%j", (text, expected) => {
    const r = parseOfacRemarks(text);
    expect(r).toMatchObject(expected);
    // Every clause lands in exactly one place.
    const used = r.birthDates.length + r.placesOfBirth.length + r.nationalities.length + (r.gender ? 1 : 0) + r.aliases.length + r.linkedTo.length + r.identifiers.length + r.details.length + r.remarks.length;
    expect(used).toBe(text.replace(/\.$/, "").split(/;\s*/).length);
  });

  it("keeps a DOB or nationality it cannot read in remarks and says why", () => {
    const r = parseOfacRemarks("DOB sometime in spring; nationality possibly Palestinian;arrested 23 Apr 2002.");
    expect(r.birthDates).toEqual([]);
    expect(r.nationalities).toEqual([]);
    expect(r.remarks).toEqual(["DOB sometime in spring", "nationality possibly Palestinian", "arrested 23 Apr 2002"]);
    expect(r.problems).toEqual(['date of birth "sometime in spring" is not a date; kept in remarks', 'nationality "possibly Palestinian" is not an ISO country; kept in remarks']);
  });

  it("returns empty fields for empty remarks", () => {
    expect(parseOfacRemarks("")).toEqual({ birthDates: [], placesOfBirth: [], nationalities: [], identifiers: [], aliases: [], linkedTo: [], details: [], remarks: [], problems: [] });
  });
});
