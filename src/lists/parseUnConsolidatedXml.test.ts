import { describe, expect, it } from "vitest";
import { ListParseError } from "../errors/index.js";
import { WatchlistSchema } from "../schema/index.js";
import { fixture } from "./fixtures.js";
import { parseUnConsolidatedXml } from "./parseUnConsolidatedXml.js";

// Expected values are read off fixtures/lists/un/consolidated-sample.xml, which was written by
// hand for these tests.
const xml = fixture("un/consolidated-sample.xml");
const list = parseUnConsolidatedXml(xml, { loadedAt: "2026-03-01T00:00:00.000Z" });
const byId = (id: string) => list.entries.find((e) => e.id === id);

describe("parseUnConsolidatedXml on the sample", () => {
  it("reads every record, individuals as persons and entities as organisations", () => {
    expect(list.entries.map((e) => [e.id, e.kind])).toEqual([
      ["KPi.018", "person"],
      ["KPi.004", "person"],
      ["IQi.901", "person"],
      ["KPe.050", "organization"],
      ["KPe.025", "organization"],
      ["QDe.901", "organization"],
    ]);
    expect(list.stats).toMatchObject({ records: 6, entries: 6, skipped: [], orphans: [] });
    expect(list.stats.names).toBe(6 + 2 + 0 + 3 + 1 + 0 + 1);
  });

  it("takes publishedAt from dateGenerated and loadedAt from the option", () => {
    expect(list.publishedAt).toBe("2026-02-27T00:00:09.554Z");
    expect(list.loadedAt).toBe("2026-03-01T00:00:00.000Z");
    expect(parseUnConsolidatedXml(xml, { publishedAt: "2026-02-28" }).publishedAt).toBe("2026-02-28");
  });

  it("produces a watchlist that satisfies the schema and survives JSON", () => {
    expect(WatchlistSchema.parse(list)).toEqual(list);
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });

  it("round-trips KPi.018: names in published order, alias with its own DOB, passport, programme", () => {
    expect(byId("KPi.018")).toMatchObject({
      name: "JON MYONG GUK",
      aliases: [
        { name: "Cho’n Myo’ng-kuk", quality: "Good" },
        { name: "Jon Yong Sang", quality: "Good", birthDate: "1976-08-25" },
      ],
      birthDates: ["1976-10-18"],
      nationalities: ["KP"],
      identifiers: [{ type: "passport", value: "4721202031", note: "Passport; Expires 21 Feb. 2017" }],
      programs: ["UN-1718"],
      listedOn: "2016-03-02",
      lastUpdated: "2017-08-05",
      positions: ["Tanchon Commercial Bank Representative in Syria"],
      source: "un-sc-consolidated",
    });
  });

  it("keeps the surname first as the UN publishes DPRK names, trims the reference, widens APPROXIMATELY by a year", () => {
    expect(byId("KPi.004")).toMatchObject({ name: "RI HONG-SOP", birthDates: ["1939/1941"], aliases: [] });
  });

  it("reads BETWEEN, note-only and YEAR dates, keeps unreadable ones in remarks and warns", () => {
    const e = byId("IQi.901");
    expect(e?.birthDates).toEqual(["1960/1962", "1973-11", "1958"]);
    expect(e?.remarks).toContain("Date of birth: 30-35 years old");
    expect(list.stats.warnings).toContainEqual({ record: "IQi.901", reason: 'date of birth "30-35 years old" is not a date; kept in remarks' });
  });

  it("keeps a nationality that is not an ISO country in remarks and counts it", () => {
    const e = byId("IQi.901");
    expect(e?.nationalities).toEqual(["IQ"]);
    expect(e?.remarks).toContain("Nationality: former Soviet Union");
    expect(list.stats.warnings).toContainEqual({ record: "IQi.901", reason: 'nationality "former Soviet Union" is not an ISO country; kept in remarks' });
  });

  it("reads the original script as an alias, alias notes and places of birth, titles, gender, listing date with a zone", () => {
    expect(byId("IQi.901")).toMatchObject({
      name: "SAMPLE BETWEEN DATES PERSON",
      aliases: [
        { name: "Образец Человек", quality: "original-script" },
        { name: "Abu Sample", quality: "Low", note: "place of birth Baghdad, Iraq; used in 2003" },
        { name: "Sample Former Name", quality: "f.k.a." },
      ],
      placesOfBirth: ["Mosul, Iraq"],
      addresses: ["1 Example Street, Amman, Jordan (as of 2010)"],
      countries: ["JO"],
      title: "Dr.",
      gender: "Male",
      listedOn: "2004-04-07",
      programs: ["UN-1518"],
    });
  });

  it("reads documents with country and issue date, and a number written only in the note", () => {
    expect(byId("IQi.901")?.identifiers).toEqual([
      { type: "national-id", value: "00112233", country: "IQ", note: "National Identification Number; issued 2001-05-01" },
      { type: "passport", value: "L 191609", note: "Passport; Sample passport number L 191609 issued on 28 Feb. 1996" },
    ]);
  });

  it("round-trips KPe.050 Mansudae: alias, address and country", () => {
    expect(byId("KPe.050")).toMatchObject({
      name: "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES",
      aliases: [{ name: "Mansudae Art Studio", quality: "a.k.a." }],
      countries: ["KP"],
      addresses: ["Yanggakdo International Hotel, RYUS, Pyongyang, Democratic People's Republic of Korea"],
      listedOn: "2017-08-05",
      programs: ["UN-1718"],
    });
  });

  it("decodes entities, resolves Hong Kong's UN spelling and keeps an unknown country as text", () => {
    const e = byId("QDe.901");
    expect(e?.name).toBe("SAMPLE CHARITY & TRUST");
    expect(e?.aliases).toEqual([{ name: "Sample ‘Relief’ Fund", quality: "a.k.a." }]);
    expect(e?.countries).toEqual(["HK"]);
    expect(e?.addresses).toEqual(["Hong Kong, China, Hong Kong Special Administrative Region", "Atlantis"]);
    expect(e?.programs).toEqual(["UN-1267"]);
    expect(list.stats.warnings).toContainEqual({ record: "QDe.901", reason: 'address country "Atlantis" is not an ISO country; kept in addresses' });
  });

  it("reads a string exactly like the bytes", () => {
    expect(parseUnConsolidatedXml(xml.toString("utf8"), { loadedAt: list.loadedAt })).toEqual(list);
  });
});

describe("parseUnConsolidatedXml listTypes", () => {
  it("keeps the selected regimes and counts every other record as skipped, with its reason", () => {
    const dprk = parseUnConsolidatedXml(xml, { listTypes: ["DPRK"] });
    expect(dprk.entries.map((e) => e.id)).toEqual(["KPi.018", "KPi.004", "KPe.050", "KPe.025"]);
    expect(dprk.stats.records).toBe(6);
    expect(dprk.stats.skipped).toEqual([
      { record: "IQi.901", reason: 'UN_LIST_TYPE "Iraq" is not among the selected list types (DPRK)' },
      { record: "QDe.901", reason: 'UN_LIST_TYPE "Al-Qaida" is not among the selected list types (DPRK)' },
    ]);
    expect(dprk.stats.records).toBe(dprk.stats.entries + dprk.stats.skipped.length);
  });
});

describe("parseUnConsolidatedXml on files that are not what they claim", () => {
  const cases: [string, string, RegExp, number | undefined][] = [
    ["truncated XML", "un/truncated.xml", /not well-formed XML/, undefined],
    ["the wrong root element", "un/wrong-root.xml", /root element is <sdnList>/, undefined],
    ["an empty file", "un/empty.xml", /the file is empty/, undefined],
    ["binary junk", "un/binary.xml", /not utf-8 text|binary data/, 1],
  ];
  it.each(cases)("%s throws a ListParseError", (_, file, reason, line) => {
    let error: unknown;
    try {
      parseUnConsolidatedXml(fixture(file));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ListParseError);
    const e = error as ListParseError;
    expect(e.reason).toMatch(reason);
    expect(e.source).toBe("un-sc-consolidated");
    if (line !== undefined) expect(e.line).toBe(line);
  });

  it("names the line where truncated XML breaks off", () => {
    const text = fixture("un/truncated.xml").toString("utf8");
    try {
      parseUnConsolidatedXml(text);
      expect.unreachable();
    } catch (e) {
      expect((e as ListParseError).line).toBeGreaterThan(1);
      expect((e as ListParseError).line).toBeLessThanOrEqual(text.split("\n").length);
    }
  });

  it("throws even with onInvalid skip: a broken file is not a bad record", () => {
    expect(() => parseUnConsolidatedXml(fixture("un/truncated.xml"), { onInvalid: "skip" })).toThrow(ListParseError);
  });

  it("a record without a reference number fails by default, naming it", () => {
    expect(() => parseUnConsolidatedXml(fixture("un/missing-reference.xml"))).toThrow(/DATAID 900102: record has no REFERENCE_NUMBER/);
  });

  it("a record without a reference number is counted in skipped with onInvalid skip", () => {
    const l = parseUnConsolidatedXml(fixture("un/missing-reference.xml"), { onInvalid: "skip" });
    expect(l.entries.map((e) => e.id)).not.toContain("KPe.025");
    expect(l.stats.skipped).toEqual([{ record: "DATAID 900102", reason: "record has no REFERENCE_NUMBER" }]);
    expect(l.stats.records).toBe(l.stats.entries + l.stats.skipped.length);
  });

  it("rejects a duplicate reference number as an invalid record", () => {
    const text = xml.toString("utf8").replace("<REFERENCE_NUMBER>KPe.025</REFERENCE_NUMBER>", "<REFERENCE_NUMBER>KPe.050</REFERENCE_NUMBER>");
    expect(() => parseUnConsolidatedXml(text)).toThrow(/duplicate REFERENCE_NUMBER KPe.050/);
    expect(parseUnConsolidatedXml(text, { onInvalid: "skip" }).stats.skipped).toHaveLength(1);
  });

  it("rejects input that is neither text nor bytes", () => {
    expect(() => parseUnConsolidatedXml(42 as unknown as string)).toThrow(ListParseError);
  });
});
