import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize/index.js";
import type { Entry, Watchlist } from "../schema/index.js";
import { fixture } from "./fixtures.js";
import { linkWatchlists, nameTokens } from "./linkWatchlists.js";
import { parseFtmEntities } from "./parseFtmEntities.js";
import { parseOfacSdnCsv } from "./parseOfacSdnCsv.js";
import { parseUnConsolidatedXml } from "./parseUnConsolidatedXml.js";

function entry(id: string, name: string, extra: Partial<Entry> = {}): Entry {
  return { id, kind: "person", name, aliases: [], birthDates: [], nationalities: [], countries: [], identifiers: [], programs: [], source: "t", ...extra };
}

function list(id: string, entries: Entry[]): Watchlist {
  return { id, source: id, loadedAt: "2026-01-01", entries, stats: { records: entries.length, entries: entries.length, names: entries.length, skipped: [], orphans: [] } };
}

function refs(lists: Watchlist[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const l of lists) for (const e of l.entries) if (e.references?.length) out[e.id] = e.references;
  return out;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe("linkWatchlists on the sample files", () => {
  const un = parseUnConsolidatedXml(fixture("un/consolidated-sample.xml"));
  const ofac = parseOfacSdnCsv({ sdn: fixture("ofac/sdn.csv"), alt: fixture("ofac/alt.csv"), add: fixture("ofac/add.csv") });
  const ftm = parseFtmEntities(fixture("ftm/entities.ftm.json"));

  it("gives each party on two lists the other list's id (links worked out by hand from the fixtures)", () => {
    expect(refs(linkWatchlists([un, ofac, ftm]))).toEqual({
      // UN ↔ OFAC: same name and a birth date in common (KPi.018: both DOBs; KPi.004: 1940 in 1939/1941).
      "KPi.018": ["OFAC-18559"],
      "KPi.004": ["OFAC-12217"],
      // Same organisation name; "(KKBC)" and "CORP"/"CORPORATION" do not matter.
      "KPe.050": ["OFAC-20578"],
      "KPe.025": ["OFAC-11581"],
      "OFAC-20578": ["KPe.050"],
      "OFAC-18559": ["KPi.018"],
      "OFAC-12217": ["KPi.004"],
      "OFAC-11581": ["KPe.025"],
      // OFAC ↔ FtM: the same KIM Sang Man (name, DOB, passports); the same vessel (IMO).
      "OFAC-43377": ["NK-sample-person-1"],
      "OFAC-90001": ["NK-sample-vessel-1"],
      "NK-sample-person-1": ["OFAC-43377"],
      "NK-sample-vessel-1": ["OFAC-90001"],
    });
  });

  it("does not change its inputs and returns new objects for changed entries only", () => {
    const before = JSON.stringify([un, ofac]);
    const [a, b] = linkWatchlists(deepFreeze([un, ofac]));
    expect(JSON.stringify([un, ofac])).toBe(before);
    expect(a).not.toBe(un);
    expect(a?.entries.find((e) => e.id === "KPi.018")).not.toBe(un.entries.find((e) => e.id === "KPi.018"));
    expect(b?.entries.find((e) => e.id === "OFAC-90002")).toBe(ofac.entries.find((e) => e.id === "OFAC-90002"));
  });
});

describe("linkWatchlists rules", () => {
  it.each([
    ["same name, same DOB", entry("A1", "KIM CHOL", { birthDates: ["1970-01-01"] }), entry("B1", "KIM, Chol", { birthDates: ["1970"] }), true],
    ["same name written without spaces", entry("A1", "PAK CHOL JIN", { birthDates: ["1970"] }), entry("B1", "PAK, Choljin", { birthDates: ["1970"] }), true],
    ["same name, given name first", entry("A1", "ERIC BADEGE", { birthDates: ["1971"] }), entry("B1", "BADEGE, Eric", { birthDates: ["1971"] }), true],
    ["same name, DOBs years apart", entry("A1", "KIM CHOL", { birthDates: ["1970"] }), entry("B1", "KIM, Chol", { birthDates: ["1980"] }), false],
    ["same name, DOBs a year apart, only namesakes", entry("A1", "KANG RYONG", { birthDates: ["1969-08-21"] }), entry("B1", "KANG, Ryong", { birthDates: ["1968-08-21"] }), true],
    ["same name, one without DOB, only namesakes", entry("A1", "RA KYONG SU", { birthDates: ["1954-06-04"] }), entry("B1", "RA, Kyong-Su"), true],
    ["same name, no DOB, nationalities conflict", entry("A1", "RA KYONG SU", { nationalities: ["KP"] }), entry("B1", "RA, Kyong-Su", { nationalities: ["KR"] }), false],
    ["a one-word person name", entry("A1", "SAMPLEMAN", { birthDates: ["1970"] }), entry("B1", "SAMPLEMAN", { birthDates: ["1970"] }), false],
    ["different names, same passport", entry("A1", "KIM CHOL", { identifiers: [{ type: "passport", value: "PS 472330208" }] }), entry("B1", "RI, Song", { identifiers: [{ type: "passport", value: "PS472330208" }] }), true],
    ["different names, short shared number", entry("A1", "KIM CHOL", { identifiers: [{ type: "passport", value: "12345" }] }), entry("B1", "RI, Song", { identifiers: [{ type: "passport", value: "12345" }] }), false],
    ["match only through a weak alias", entry("A1", "KIM CHOL", { aliases: [{ name: "RI SONG", quality: "weak" }], birthDates: ["1970"] }), entry("B1", "RI, Song", { birthDates: ["1970"] }), false],
    ["match through an alias with its own DOB", entry("A1", "JON MYONG GUK", { birthDates: ["1976-10-18"], aliases: [{ name: "Jon Yong Sang", birthDate: "1976-08-25" }] }), entry("B1", "JON, Yong Sang", { birthDates: ["1976-08-25"] }), true],
    ["organisations, same name", entry("A1", "SAMPLE TRADING CORPORATION", { kind: "organization" }), entry("B1", "SAMPLE TRADING CORP.", { kind: "organization" }), true],
    ["organisations, same name, countries conflict", entry("A1", "SAMPLE TRADING CORPORATION", { kind: "organization", countries: ["KP"] }), entry("B1", "SAMPLE TRADING CORP", { kind: "organization", countries: ["DE"] }), false],
    ["a person and an organisation of the same name", entry("A1", "SAMPLE STAR TRADING"), entry("B1", "SAMPLE STAR TRADING", { kind: "organization" }), false],
  ])("%s → linked: %s", (_, a, b, linked) => {
    const out = refs(linkWatchlists([list("a", [a]), list("b", [b])]));
    expect(out).toEqual(linked ? { A1: ["B1"], B1: ["A1"] } : {});
  });

  it("does not link a person to one of two namesakes without a matching DOB", () => {
    const a = list("a", [entry("A1", "KIM TONG CHOL", { birthDates: ["1966-01-27"] })]);
    const b = list("b", [entry("B1", "KIM, Tong Chol", { birthDates: ["1966-01-28"] }), entry("B2", "KIM, Tong-chol", { birthDates: ["1966-08-07"] })]);
    // B1 is within a year but B2 is too (same year): two plausible namesakes, so no link.
    expect(refs(linkWatchlists([a, b]))).toEqual({});
  });

  it("keeps existing references and never adds an entry's own id", () => {
    const a = list("a", [entry("KPe.050", "MANSUDAE ART STUDIO", { kind: "organization", references: ["OFAC-20578"] })]);
    const b = list("b", [entry("OFAC-20578", "MANSUDAE ART STUDIO", { kind: "organization" }), entry("KPe.050", "MANSUDAE ART STUDIO", { kind: "organization" })]);
    const out = refs(linkWatchlists([a, b]));
    expect(out["KPe.050"]).toEqual(["OFAC-20578"]);
    expect(out["OFAC-20578"]).toEqual(["KPe.050"]);
  });

  it("links symmetrically (property)", () => {
    const names = fc.constantFrom("KIM CHOL", "KIM, Chol", "RI SONG", "PAK CHOL JIN", "PAK, Choljin", "SAMPLE TRADING CO");
    const person = fc.record({ name: names, year: fc.option(fc.integer({ min: 1960, max: 1963 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 5 }), fc.array(person, { maxLength: 5 }), (xs, ys) => {
        const mk = (p: string, ps: typeof xs) => list(p, ps.map((x, i) => entry(`${p}${i}`, x.name, x.year === undefined ? {} : { birthDates: [String(x.year)] })));
        const out = refs(linkWatchlists([mk("A", xs), mk("B", ys)]));
        for (const [id, rs] of Object.entries(out)) for (const r of rs) expect(out[r]).toContain(id);
      }),
    );
  });
});

describe("nameTokens", () => {
  it("equals normalizeText's tokens on printable ASCII and on any text (property)", () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string()), (s) => {
        const n = normalizeText(s);
        expect(nameTokens(s)).toEqual(n === "" ? [] : n.split(" "));
      }),
      { numRuns: 2000 },
    );
  });
});
