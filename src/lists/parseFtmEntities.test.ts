import { describe, expect, it } from "vitest";
import { ListParseError } from "../errors/index.js";
import { WatchlistSchema } from "../schema/index.js";
import { fixture } from "./fixtures.js";
import { parseFtmEntities } from "./parseFtmEntities.js";

// Expected values are read off fixtures/lists/ftm/entities.ftm.json, written by hand.
const list = parseFtmEntities(fixture("ftm/entities.ftm.json"), { publishedAt: "2024-06-01", loadedAt: "2024-06-02T00:00:00.000Z" });
const byId = (id: string) => list.entries.find((e) => e.id === id);

describe("parseFtmEntities on the sample", () => {
  it("keeps the target parties and counts every other line with its reason", () => {
    expect(list.entries.map((e) => [e.id, e.kind])).toEqual([
      ["NK-sample-person-1", "person"],
      ["NK-sample-company-1", "organization"],
      ["NK-sample-vessel-1", "vessel"],
      ["NK-sample-person-2", "person"],
    ]);
    expect(list.stats.skipped).toEqual([
      { line: 3, record: "NK-sample-address-1", reason: "Address: not a party; its text is attached to the entity that references it" },
      { line: 4, record: "NK-sample-sanction-1", reason: "Sanction: not a party; attached to NK-sample-company-1" },
      { line: 5, record: "NK-sample-passport-1", reason: "Passport: not a party; attached to NK-sample-person-1" },
      { line: 7, record: "NK-sample-relative-1", reason: "Person is not a target (target: false): a related party, not itself listed" },
      { line: 8, record: "NK-sample-ownership-1", reason: "schema Ownership is not a party: not screened" },
    ]);
    expect(list.stats.orphans).toEqual([{ line: 10, record: "NK-sample-sanction-orphan", reason: "Sanction refers to NK-not-in-this-file, which is not a party in this file" }]);
    expect(list.stats.records).toBe(list.stats.entries + list.stats.skipped.length + list.stats.orphans.length);
    expect(list.publishedAt).toBe("2024-06-01");
  });

  it("produces a watchlist that satisfies the schema and survives JSON", () => {
    expect(WatchlistSchema.parse(list)).toEqual(list);
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });

  it("reads a person: caption as name, name/alias/weakAlias qualities, DOB, nationality, identifiers, OFAC reference", () => {
    expect(byId("NK-sample-person-1")).toEqual({
      id: "NK-sample-person-1",
      kind: "person",
      name: "Sang Man KIM",
      aliases: [
        { name: "KIM Sang Man", quality: "name" },
        { name: "Kim Sangman", quality: "alias" },
        { name: "SM Kim", quality: "weak" },
      ],
      birthDates: ["1965-04-25"],
      nationalities: ["KP"],
      countries: [],
      identifiers: [
        { type: "passport", value: "109420132", note: "passportNumber" },
        { type: "passport", value: "827220538", country: "KP", note: "Passport" },
      ],
      programs: ["us_ofac_sdn"],
      source: "opensanctions-ftm",
      references: ["OFAC-43377"],
      listedOn: "2023-05-23",
      lastUpdated: "2024-01-02",
      placesOfBirth: ["North Pyongan Province"],
      gender: "male",
      topics: ["sanction"],
      remarks: "Retyped for tests from the OFAC designation of 2023.",
    });
  });

  it("attaches the referenced Address and the Sanction's programme and listing date to a company", () => {
    expect(byId("NK-sample-company-1")).toMatchObject({
      aliases: [{ name: "Sample Silver Star Internet Corp", quality: "fka" }],
      countries: ["CN"],
      addresses: ["1 Sample Road, Yanji, Jilin, China"],
      programs: ["DPRK3"],
      listedOn: "2018-09-13",
      identifiers: [
        { type: "registration", value: "91000000SAMPLE0001", note: "registrationNumber" },
        { type: "swift", value: "SMPLCNBJ", note: "swiftBic" },
      ],
    });
  });

  it("reads a vessel's IMO, MMSI and flag", () => {
    expect(byId("NK-sample-vessel-1")).toMatchObject({ countries: ["KP"], identifiers: [{ type: "imo", value: "9000001", note: "imoNumber" }, { type: "mmsi", value: "445000001", note: "mmsi" }] });
  });

  it("keeps a country code that is not ISO and a date that is not a date in remarks, with warnings", () => {
    expect(byId("NK-sample-person-2")).toMatchObject({ nationalities: ["RU"], birthDates: ["1950"], remarks: "Date of birth: not a date\nnationality: suhh" });
    expect(list.stats.warnings).toContainEqual({ line: 9, record: "NK-sample-person-2", reason: 'nationality "suhh" is not an ISO country; kept in remarks' });
  });

  it("keeps related parties when targetsOnly is false", () => {
    const all = parseFtmEntities(fixture("ftm/entities.ftm.json"), { targetsOnly: false });
    expect(all.entries.map((e) => e.id)).toContain("NK-sample-relative-1");
  });

  it("reads a string exactly like the bytes", () => {
    expect(parseFtmEntities(fixture("ftm/entities.ftm.json").toString("utf8"), { publishedAt: "2024-06-01", loadedAt: list.loadedAt })).toEqual(list);
  });
});

describe("parseFtmEntities on files that are not what they claim", () => {
  it("a line that is not JSON fails by default, naming the line", () => {
    try {
      parseFtmEntities(fixture("ftm/bad-line.ftm.json"));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ListParseError);
      expect(e).toMatchObject({ source: "opensanctions-ftm", line: 2 });
      expect((e as ListParseError).reason).toMatch(/^not JSON/);
    }
  });

  it("bad lines are counted in skipped with onInvalid skip", () => {
    const l = parseFtmEntities(fixture("ftm/bad-line.ftm.json"), { onInvalid: "skip" });
    expect(l.entries.map((e) => e.id)).toEqual(["NK-sample-person-1", "NK-sample-vessel-1"]);
    expect(l.stats.skipped.map((s) => [s.line, s.reason.replace(/:.*/, "")])).toEqual([
      [2, "not JSON"],
      [4, "not a FollowTheMoney entity"],
      [5, "not a FollowTheMoney entity"],
    ]);
    expect(l.stats.records).toBe(5);
  });

  it("a file where no line is JSON throws even with onInvalid skip", () => {
    expect(() => parseFtmEntities(fixture("ftm/not-json.ftm.json"), { onInvalid: "skip" })).toThrow(/no line is JSON/);
  });

  it.each([
    ["empty", "", /the file is empty/],
    ["binary", new Uint8Array([0x7b, 0x00, 0xff, 0xd8]), /not utf-8 text|binary data/],
  ])("%s input throws", (_, input, reason) => {
    expect(() => parseFtmEntities(input, { onInvalid: "skip" })).toThrow(reason);
  });
});
