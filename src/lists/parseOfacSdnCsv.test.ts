import { describe, expect, it } from "vitest";
import { ListParseError } from "../errors/index.js";
import { WatchlistSchema } from "../schema/index.js";
import { fixture } from "./fixtures.js";
import { parseOfacSdnCsv } from "./parseOfacSdnCsv.js";

// Expected values are read off the files in fixtures/lists/ofac/, written by hand for these tests.
const files = { sdn: fixture("ofac/sdn.csv"), alt: fixture("ofac/alt.csv"), add: fixture("ofac/add.csv"), comments: fixture("ofac/sdn_comments.csv") };
const list = parseOfacSdnCsv(files, { publishedAt: "2024-05-03", loadedAt: "2024-05-04T00:00:00.000Z" });
const byId = (id: string) => list.entries.find((e) => e.id === id);

describe("parseOfacSdnCsv on the sample files", () => {
  it("makes one entry per sdn.csv row, id OFAC-<ent_num>, kind from SDN_Type", () => {
    expect(list.entries.map((e) => [e.id, e.kind])).toEqual([
      ["OFAC-20578", "organization"],
      ["OFAC-24977", "organization"],
      ["OFAC-43377", "person"],
      ["OFAC-18559", "person"],
      ["OFAC-12217", "person"],
      ["OFAC-11581", "organization"],
      ["OFAC-90001", "vessel"],
      ["OFAC-90002", "aircraft"],
      ["OFAC-90003", "person"],
      ["OFAC-90004", "organization"],
    ]);
    expect(list.publishedAt).toBe("2024-05-03");
    expect(list.loadedAt).toBe("2024-05-04T00:00:00.000Z");
  });

  it("produces a watchlist that satisfies the schema and survives JSON", () => {
    expect(WatchlistSchema.parse(list)).toEqual(list);
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });

  it("counts every row of every file: used, skipped or orphaned", () => {
    expect(list.stats.files).toEqual([
      { file: "sdn.csv", records: 10, used: 10 },
      { file: "sdn_comments.csv", records: 2, used: 1 },
      { file: "alt.csv", records: 10, used: 9 },
      { file: "add.csv", records: 9, used: 7 },
    ]);
    expect(list.stats.records).toBe(31);
    for (const f of list.stats.files ?? []) {
      const lost = [...list.stats.skipped, ...list.stats.orphans].filter((i) => i.file === f.file).length;
      expect(f.used + lost, f.file).toBe(f.records);
    }
  });

  it("reports alt, add and comments rows whose ent_num is in no sdn.csv row as orphans, with file and line", () => {
    expect(list.stats.orphans).toEqual([
      { file: "sdn_comments.csv", line: 2, record: "99999", reason: "ent_num 99999 is in no sdn.csv row (sdn_comments.csv may be of another date)" },
      { file: "alt.csv", line: 9, record: "52293", reason: 'ent_num 52293 is in no sdn.csv row (alt_num 90106 "KOREA SAMPLE TRADING CORPORATION"; alt.csv may be newer than sdn.csv)' },
      { file: "add.csv", line: 8, record: "52293", reason: 'ent_num 52293 is in no sdn.csv row (add_num 90203 "Pyongyang, Korea, North"; add.csv may be newer than sdn.csv)' },
      { file: "add.csv", line: 9, record: "52293", reason: 'ent_num 52293 is in no sdn.csv row (add_num 90204 "Russia"; add.csv may be newer than sdn.csv)' },
    ]);
  });

  it("round-trips 43377 KIM Sang Man: DOB, POB, nationality, gender, wallets, passports, alias, addresses", () => {
    expect(byId("OFAC-43377")).toMatchObject({
      name: "KIM, Sang Man",
      aliases: [{ name: "KIM, Sangman", quality: "aka" }],
      birthDates: ["1965-04-25"],
      placesOfBirth: ["North Pyongan Province, North Korea"],
      nationalities: ["KP"],
      gender: "Male",
      countries: ["RU", "KP"],
      addresses: ["Russia", "Korea, North"],
      programs: ["DPRK4"],
      identifiers: [
        { type: "digital-currency-address", value: "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ", note: "XBT" },
        { type: "digital-currency-address", value: "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40", note: "ETH" },
        { type: "passport", value: "109420132", country: "KP", note: "Passport; issued 16 Oct 2019 expires 16 Oct 2024" },
        { type: "passport", value: "827220538", country: "KP", note: "Passport" },
      ],
    });
    expect(byId("OFAC-43377")?.remarks).toBeUndefined();
  });

  it("round-trips 24977 Yanbian Silverstar: a.k.a.s from alt.csv, USCC from the remarks, two programmes, address", () => {
    expect(byId("OFAC-24977")).toMatchObject({
      name: "YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.",
      aliases: [
        { name: "YANBIAN SILVERSTAR", quality: "aka" },
        { name: "YANBIAN SILVER STAR", quality: "aka" },
        { name: "UNSONG INTERNET TECHNOLOGY CORPORATION", quality: "aka" },
      ],
      identifiers: [{ type: "uscc", value: "91222401MA0Y31E659", country: "CN", note: "Unified Social Credit Code (USCC)" }],
      programs: ["DPRK3", "DPRK4"],
      countries: ["CN"],
      addresses: ["20998B-26 Changbaishan East Road, Yanji, Jilin, China"],
      details: [
        { label: "Secondary sanctions risk", value: "North Korea Sanctions Regulations, sections 510.201 and 510.210" },
        { label: "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions", value: "North Korea Sanctions Regulations section 510.214" },
      ],
    });
  });

  it("decodes Windows-1252 bytes (é is 0xE9, ’ is 0x92)", () => {
    expect(byId("OFAC-90003")?.name).toBe("CAF\u00c9, Jos\u2019e Sample");
  });

  it("appends sdn_comments.csv to the remarks before reading them: the a.k.a. cut in two is whole", () => {
    const e = byId("OFAC-90003");
    // The remarks end in "a.k.a. 'SAMPLE CONT" and the comments row continues "INUED NAME'; Linked To: …".
    // alt.csv names the same alias with type nka, which is kept (the alt row comes first).
    expect(e?.aliases).toEqual([{ name: "SAMPLE CONTINUED NAME", quality: "nka" }]);
    expect(e?.linkedTo).toEqual(["SAMPLE TRADING LLC"]);
  });

  it("reads circa, ranges and partial dates; keeps what it cannot read in remarks and warns", () => {
    const e = byId("OFAC-90003");
    expect(e?.birthDates).toEqual(["1946/1948", "1960/1962", "1965-04"]);
    expect(e?.nationalities).toEqual(["JO"]);
    expect(e?.remarks).toBe("nationality Atlantis; Member of an invented test group");
    expect(list.stats.warnings).toContainEqual({ file: "sdn.csv", line: 9, record: "90003", reason: 'nationality "Atlantis" is not an ISO country; kept in remarks' });
    expect(e?.identifiers).toEqual([
      { type: "national-id", value: "9988776655", country: "JO", note: "National ID No." },
      { type: "tax-id", value: "AABA 670850 Y", country: "IN", note: "Tax ID No." },
    ]);
    expect(e?.programs).toEqual(["SDGT", "DPRK2"]);
  });

  it("reads vessel columns, IMO and MMSI; the flag is a country", () => {
    expect(byId("OFAC-90001")).toMatchObject({
      vessel: { callSign: "HMYS1", type: "Bulk Carrier", tonnage: "10,500", grossRegisteredTonnage: "6,200", flag: "Korea, North", owner: "SAMPLE SHIPPING CO" },
      countries: ["KP"],
      identifiers: [
        { type: "call-sign", value: "HMYS1", note: "Call_Sign" },
        { type: "imo", value: "9000001", note: "Vessel Registration Identification IMO" },
        { type: "mmsi", value: "445000001", note: "MMSI" },
      ],
    });
    expect(byId("OFAC-90001")?.details).toContainEqual({ label: "Former Vessel Flag", value: "Sierra Leone" });
  });

  it("reads fka and weak aliases from alt.csv, registration, SWIFT, website, e-mail, Linked To", () => {
    expect(byId("OFAC-90004")).toMatchObject({
      aliases: [
        { name: "SAMPLE GENERAL TRADING", quality: "fka" },
        { name: "STL", quality: "weak", note: "a weak a.k.a." },
      ],
      identifiers: [
        { type: "registration", value: "12345678", country: "AE", note: "Registration Number" },
        { type: "swift", value: "SMPLAEAD", note: "SWIFT/BIC" },
        { type: "website", value: "www.sample-trading.example", note: "Website" },
        { type: "email", value: "info@sample-trading.example", note: "Email Address" },
      ],
      linkedTo: ["SAMPLE STAR"],
      details: [{ label: "Organization Established Date", value: "2001" }],
      addresses: ["Office 1, Dubai, United Arab Emirates (invented for tests)", "undetermined"],
      countries: ["AE"],
    });
    expect(list.stats.warnings).toContainEqual({ file: "add.csv", line: 7, record: "90004", reason: 'address country "undetermined" is not an ISO country; kept in addresses' });
  });

  it("needs only sdn.csv; without a publication date it says staleness cannot be checked", () => {
    const only = parseOfacSdnCsv({ sdn: files.sdn });
    expect(only.entries).toHaveLength(10);
    expect(only.publishedAt).toBeUndefined();
    expect(only.stats.warnings?.some((w) => /no publication date/.test(w.reason))).toBe(true);
    expect(only.stats.orphans).toEqual([]);
  });

  it("reads strings exactly like bytes", () => {
    const text = (b: Buffer) => new TextDecoder("windows-1252").decode(b);
    const fromText = parseOfacSdnCsv({ sdn: text(files.sdn), alt: text(files.alt), add: text(files.add), comments: text(files.comments) }, { publishedAt: "2024-05-03", loadedAt: list.loadedAt });
    expect(fromText).toEqual(list);
  });
});

describe("parseOfacSdnCsv on files that are not what they claim", () => {
  const fail = (f: () => unknown): ListParseError => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ListParseError);
      return e as ListParseError;
    }
    throw new Error("expected a ListParseError");
  };

  it("a row with the wrong column count fails by default, naming file and line", () => {
    const e = fail(() => parseOfacSdnCsv({ sdn: fixture("ofac/bad/sdn-wrong-columns.csv") }));
    expect(e).toMatchObject({ source: "ofac-sdn", line: 3, record: "43377", reason: "11 columns, expected 12" });
    expect(e.message).toBe("ofac-sdn, line 3, record 43377: 11 columns, expected 12");
  });

  it("the same row is counted in skipped with onInvalid skip", () => {
    const l = parseOfacSdnCsv({ sdn: fixture("ofac/bad/sdn-wrong-columns.csv") }, { onInvalid: "skip" });
    expect(l.entries.map((x) => x.id)).not.toContain("OFAC-43377");
    expect(l.stats.skipped).toEqual([{ file: "sdn.csv", line: 3, record: "43377", reason: "11 columns, expected 12" }]);
    expect(l.stats.files?.[0]).toEqual({ file: "sdn.csv", records: 10, used: 9 });
  });

  it("a file whose first row has the wrong column count is the wrong file, even with onInvalid skip", () => {
    const e = fail(() => parseOfacSdnCsv({ sdn: fixture("ofac/bad/sdn-is-alt.csv") }, { onInvalid: "skip" }));
    expect(e).toMatchObject({ source: "ofac-sdn", line: 1, reason: "5 columns, expected 12: this is not an OFAC sdn.csv file" });
  });

  it("an alt file with the wrong columns is named as alt.csv", () => {
    const e = fail(() => parseOfacSdnCsv({ sdn: files.sdn, alt: files.add }));
    expect(e).toMatchObject({ source: "ofac-alt", line: 1 });
  });

  it("an unclosed quote is a broken file, even with onInvalid skip", () => {
    const e = fail(() => parseOfacSdnCsv({ sdn: fixture("ofac/bad/sdn-unclosed-quote.csv") }, { onInvalid: "skip" }));
    expect(e.source).toBe("ofac-sdn");
    expect(e.reason).toMatch(/^not a valid CSV file/);
    expect(e.line).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ["an empty file", "ofac/bad/empty.csv", /the file is empty/],
    ["binary junk", "ofac/bad/binary.csv", /binary data/],
  ])("%s throws", (_, file, reason) => {
    expect(fail(() => parseOfacSdnCsv({ sdn: fixture(file) }, { onInvalid: "skip" })).reason).toMatch(reason);
  });

  it("bad records: duplicate ent_num, unknown SDN_Type, empty name, ent_num not a number", () => {
    expect(fail(() => parseOfacSdnCsv({ sdn: fixture("ofac/bad/sdn-bad-records.csv") })).reason).toBe("duplicate ent_num 20578: line 1 has the same id");
    const l = parseOfacSdnCsv({ sdn: fixture("ofac/bad/sdn-bad-records.csv") }, { onInvalid: "skip" });
    expect(l.entries.map((x) => x.id)).toEqual(["OFAC-20578", "OFAC-24977", "OFAC-43377"]);
    expect(l.stats.skipped).toEqual([
      { file: "sdn.csv", line: 4, record: "20578", reason: "duplicate ent_num 20578: line 1 has the same id" },
      { file: "sdn.csv", line: 5, record: "90010", reason: 'unknown SDN_Type "submarine" (expected individual, vessel, aircraft or empty)' },
      { file: "sdn.csv", line: 6, record: "90011", reason: "SDN_Name is empty" },
      { file: "sdn.csv", line: 7, record: "X12", reason: 'ent_num "X12" is not a number' },
    ]);
  });

  it("counts lines across a quoted line break and a blank line", () => {
    const l = parseOfacSdnCsv({ sdn: fixture("ofac/bad/sdn-multiline.csv") }, { onInvalid: "skip" });
    expect(l.entries.find((x) => x.id === "OFAC-90020")?.remarks).toBe("first line\r\nsecond line");
    // Line 1: 20578; lines 2–3: 90020 (with a line break inside the quotes); line 4 blank; line 5: the short row.
    expect(l.stats.skipped).toEqual([{ file: "sdn.csv", line: 5, record: "90021", reason: "4 columns, expected 12" }]);
  });
});
