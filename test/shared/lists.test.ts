import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WatchlistSchema, createScreener, linkWatchlists, parseFtmEntities, parseOfacSdnCsv, parseUnConsolidatedXml, type Entry } from "../../src/index.js";
import { LISTS } from "./paths.js";

// The official files in ../shared/lists, parsed at full size. Counts come from PROVENANCE.md and
// docs/domain.md §3; round-trip values were checked by hand against the files with grep (the
// lines are quoted in the comments). The DPRK JSON extracts are an independent derivation of the
// same records and are used as a second opinion.
const read = (f: string) => readFileSync(join(LISTS, f));
const un = parseUnConsolidatedXml(read("un_sc_consolidated_2026-02-27.xml"));
const unDprk = parseUnConsolidatedXml(read("un_sc_consolidated_2026-02-27.xml"), { listTypes: ["DPRK"] });
const unExtract = parseUnConsolidatedXml(read("un_sc_dprk_1718_2026-02-27.xml"));
const ofacFiles = { sdn: read("ofac_sdn_2024-05-03.csv"), alt: read("ofac_alt_2025-01.csv"), add: read("ofac_add_2025-01.csv"), comments: read("ofac_sdn_comments_2025-01.csv") };
const ofac = parseOfacSdnCsv(ofacFiles, { publishedAt: "2024-05-03" });
const find = (list: { entries: Entry[] }, id: string) => list.entries.find((e) => e.id === id);
const count = (entries: Entry[], kind: Entry["kind"]) => entries.filter((e) => e.kind === kind).length;

describe("UN Security Council Consolidated List, full file", () => {
  it("gives exactly 730 individuals and 273 entities, nothing skipped", () => {
    expect(count(un.entries, "person")).toBe(730);
    expect(count(un.entries, "organization")).toBe(273);
    expect(un.stats).toMatchObject({ records: 1003, entries: 1003, skipped: [], orphans: [] });
    expect(un.publishedAt).toBe("2026-02-27T00:00:09.554Z");
  });

  it("DPRK subset: 80 individuals and 75 entities, from the full file and from the extract", () => {
    for (const l of [unDprk, unExtract]) {
      expect(count(l.entries, "person")).toBe(80);
      expect(count(l.entries, "organization")).toBe(75);
      expect(l.entries.every((e) => e.programs.join() === "UN-1718")).toBe(true);
    }
    expect(unDprk.stats.skipped).toHaveLength(1003 - 155);
    expect(unExtract.entries.map((e) => e.id)).toEqual(unDprk.entries.map((e) => e.id));
  });

  it("reports every value it could not understand (3 in this file), none silently", () => {
    // grep: "former Soviet Union" (nationality), "30-35 years old" and "24/06/1402 (Hijri Calendar)" (DOB notes).
    expect(un.stats.warnings?.map((w) => `${w.record}: ${w.reason}`).sort()).toEqual(
      expect.arrayContaining([expect.stringContaining('"former Soviet Union"'), expect.stringContaining('"30-35 years old"'), expect.stringContaining('"24/06/1402 (Hijri Calendar)"')]),
    );
    expect(un.stats.warnings).toHaveLength(3);
  });

  it("round-trips KPi.018 JON MYONG GUK", () => {
    // <FIRST_NAME>JON</FIRST_NAME> <SECOND_NAME>MYONG GUK</SECOND_NAME> … <ALIAS_NAME>Jon Yong Sang</ALIAS_NAME>
    // <DATE_OF_BIRTH>1976-08-25</DATE_OF_BIRTH> … <DATE>1976-10-18</DATE> … <NUMBER>4721202031</NUMBER>
    const e = find(un, "KPi.018");
    expect(e?.name).toBe("JON MYONG GUK");
    expect(e?.birthDates).toEqual(["1976-10-18"]);
    expect(e?.aliases).toContainEqual({ name: "Jon Yong Sang", quality: "Good", birthDate: "1976-08-25" });
    expect(e?.identifiers).toContainEqual(expect.objectContaining({ type: "passport", value: "4721202031" }));
    expect(e?.nationalities).toEqual(["KP"]);
    expect(e?.listedOn).toBe("2016-03-02");
  });

  it("round-trips KPe.050 Mansudae", () => {
    // <ALIAS_NAME>Mansudae Art Studio</ALIAS_NAME> (a.k.a.); <STREET>Yanggakdo International Hotel, RYUS</STREET>
    // <CITY>Pyongyang</CITY> <COUNTRY>Democratic People's Republic of Korea</COUNTRY>
    const e = find(un, "KPe.050");
    expect(e?.aliases).toEqual([{ name: "Mansudae Art Studio", quality: "a.k.a." }]);
    expect(e?.countries).toEqual(["KP"]);
    expect(e?.addresses).toEqual(["Yanggakdo International Hotel, RYUS, Pyongyang, Democratic People's Republic of Korea"]);
    expect(e?.remarks).toContain("exportation of workers");
  });

  it("agrees with the independent DPRK JSON extract on names, aliases, documents, listing dates", () => {
    const json = JSON.parse(read("un_sc_dprk_1718_2026-02-27.json").toString("utf8")) as {
      records: { referenceNumber: string; name: string; nameOriginalScript: string | null; listedOn: string; aliases: { name: string; quality: string; dateOfBirth?: string | null }[]; documents?: { number?: string }[]; datesOfBirth?: unknown[] }[];
    };
    expect(json.records).toHaveLength(155);
    for (const r of json.records) {
      const e = find(unDprk, r.referenceNumber.trim());
      expect(e, r.referenceNumber).toBeDefined();
      expect(e?.name.replace(/\s+/g, " "), r.referenceNumber).toBe(r.name.replace(/\s+/g, " ").trim());
      const aliases = r.aliases.filter((a) => a.name).map((a) => a.name.replace(/\s+/g, " ").trim());
      if (r.nameOriginalScript) aliases.unshift(r.nameOriginalScript);
      expect(e?.aliases.map((a) => a.name), r.referenceNumber).toEqual(aliases);
      for (const a of r.aliases) if (a.dateOfBirth) expect(e?.aliases.find((x) => x.name === a.name.trim())?.birthDate).toBe(a.dateOfBirth);
      for (const d of r.documents ?? []) if (d.number) expect(e?.identifiers.map((i) => i.value)).toContain(d.number.trim());
      expect(e?.listedOn).toBe(r.listedOn.slice(0, 10));
      expect(e?.birthDates.length, r.referenceNumber).toBe((r.datesOfBirth ?? []).length);
    }
  });
});

describe("OFAC SDN legacy CSV files, full size", () => {
  it("sdn.csv gives 14,965 entries", () => {
    expect(ofac.stats.entries).toBe(14965);
    expect(ofac.entries).toHaveLength(14965);
    expect(ofac.stats.skipped.filter((s) => s.file === "sdn.csv")).toEqual([]);
  });

  it("joins or reports every alt and add row: joined + orphans = rows in the file", () => {
    const files = Object.fromEntries((ofac.stats.files ?? []).map((f) => [f.file, f]));
    const orphans = (file: string) => ofac.stats.orphans.filter((o) => o.file === file).length;
    const skipped = (file: string) => ofac.stats.skipped.filter((o) => o.file === file).length;
    // Rows per file: PROVENANCE.md (19,486 alt rows, 22,641 add rows, 21 comment rows).
    expect(files["alt.csv"]?.records).toBe(19486);
    expect(files["add.csv"]?.records).toBe(22641);
    expect(files["sdn_comments.csv"]?.records).toBe(21);
    // PROVENANCE.md: 1,468 alt rows and 2,474 add rows point to ent_nums not in the 2024 sdn.csv.
    expect(orphans("alt.csv")).toBe(1468);
    expect(orphans("add.csv")).toBe(2474);
    for (const f of ["alt.csv", "add.csv", "sdn_comments.csv"]) expect((files[f]?.used ?? 0) + orphans(f) + skipped(f), f).toBe(files[f]?.records);
  });

  it("handles the comments file: 2 orphans, 1 continuation already present, 18 appended", () => {
    // grep: 17016 and 43421 are not in sdn.csv; 34682's sdn.csv remarks (947 characters) already end with its comment.
    expect(ofac.stats.orphans.filter((o) => o.file === "sdn_comments.csv").map((o) => o.record)).toEqual(["17016", "43421"]);
    expect(ofac.stats.skipped.filter((o) => o.file === "sdn_comments.csv").map((o) => o.record)).toEqual(["34682"]);
    // 27307 LAZARUS GROUP: the remarks stop at "a.k.a. 'WHOIS HACKIN" and the comment goes on "G TEAM'; …".
    expect(find(ofac, "OFAC-27307")?.aliases.map((a) => a.name)).toEqual(expect.arrayContaining(["WHOIS HACKING TEAM", "APPLEWORM"]));
  });

  it("round-trips 24977 Yanbian Silverstar", () => {
    // alt.csv: 39421 YANBIAN SILVERSTAR, 39422 YANBIAN SILVER STAR, 39423 SILVER STAR INTERNET TECHNOLOGY CORPORATION,
    // 39424 CHINA SILVER STAR INTERNET TECHNOLOGY COMPANY, 39425 UNSONG INTERNET TECHNOLOGY CORPORATION,
    // 47132 YANJI SILVER STAR NETWORK TECHNOLOGY CO. LTD., 47133 SILVER STAR CHINA (all aka).
    // sdn.csv remarks: "Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China)".
    const e = find(ofac, "OFAC-24977");
    expect(e?.programs).toEqual(["DPRK3", "DPRK4"]);
    expect(e?.aliases).toEqual(
      ["YANBIAN SILVERSTAR", "YANBIAN SILVER STAR", "SILVER STAR INTERNET TECHNOLOGY CORPORATION", "CHINA SILVER STAR INTERNET TECHNOLOGY COMPANY", "UNSONG INTERNET TECHNOLOGY CORPORATION", "YANJI SILVER STAR NETWORK TECHNOLOGY CO. LTD.", "SILVER STAR CHINA"].map((name) => ({ name, quality: "aka" })),
    );
    expect(e?.identifiers).toContainEqual({ type: "uscc", value: "91222401MA0Y31E659", country: "CN", note: "Unified Social Credit Code (USCC)" });
    expect(e?.countries).toEqual(["CN"]);
    expect(e?.addresses).toHaveLength(3);
  });

  it("round-trips 43377 KIM Sang Man", () => {
    // "DOB 25 Apr 1965; POB North Pyongan Province, North Korea; nationality Korea, North; Gender Male;
    //  Digital Currency Address - XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ; alt. … XBT 1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z;
    //  … ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c; alt. … ETH 0xb6f5…1f40; … USDT 0xb6f5…1f40; … USDC 0xb6f5…1f40;
    //  Passport 109420132 (Korea, North) …; alt. Passport 827220538 …; alt. Passport 563220082 …"
    const e = find(ofac, "OFAC-43377");
    expect(e?.birthDates).toEqual(["1965-04-25"]);
    expect(e?.placesOfBirth).toEqual(["North Pyongan Province, North Korea"]);
    expect(e?.nationalities).toEqual(["KP"]);
    expect(e?.gender).toBe("Male");
    expect(e?.identifiers.filter((i) => i.type === "digital-currency-address").map((i) => `${i.note} ${i.value}`)).toEqual([
      "XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ",
      "XBT 1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z",
      "ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c",
      "ETH 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
      "USDT 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
      "USDC 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
    ]);
    expect(e?.identifiers.filter((i) => i.type === "passport").map((i) => i.value)).toEqual(["109420132", "827220538", "563220082"]);
    // add.csv: 64806 Russia, 64807 Korea, North. alt.csv: 67286 "KIM, Sangman".
    expect(e?.countries).toEqual(["RU", "KP"]);
    expect(e?.aliases).toEqual([{ name: "KIM, Sangman", quality: "aka" }]);
  });

  it("agrees with the independent DPRK JSON extract on DOBs, passports, Linked To and aliases", () => {
    const json = JSON.parse(read("ofac_sdn_dprk_2024-05-03.json").toString("utf8")) as {
      records: { entNum: number; dob: string[]; passports: string[]; linkedTo: string[]; akaInRemarks: string[]; altNames2025: { name: string }[]; addresses2025: unknown[] }[];
    };
    expect(json.records).toHaveLength(594);
    for (const r of json.records) {
      const e = find(ofac, `OFAC-${r.entNum}`);
      expect(e, String(r.entNum)).toBeDefined();
      expect(e?.birthDates.length, String(r.entNum)).toBe(r.dob.length);
      const passports = e?.identifiers.filter((i) => i.type === "passport").map((i) => i.value) ?? [];
      for (const p of r.passports) expect(passports.some((v) => p.startsWith(v)), `${r.entNum} ${p}`).toBe(true);
      // The extract reads sdn.csv without sdn_comments.csv, so where the remarks were cut (27307,
      // 28263, …) it has a cut a.k.a. ("WHOIS HACKIN") and lacks what the comments add.
      for (const l of r.linkedTo) expect(e?.linkedTo ?? []).toContain(l.replace(/\.$/, ""));
      const names = [e?.name, ...(e?.aliases ?? []).map((a) => a.name)].map((n) => n?.toLowerCase() ?? "");
      for (const a of r.akaInRemarks) expect(names.some((n) => n.startsWith(a.toLowerCase())), `${r.entNum} ${a}`).toBe(true);
      for (const a of r.altNames2025) expect(names, `${r.entNum}`).toContain(a.name.toLowerCase());
      // An add.csv row with every field empty ("-0- " throughout, e.g. 11648) carries no address.
      expect(e?.addresses?.length ?? 0, String(r.entNum)).toBe(r.addresses2025.filter((a) => Object.keys(a as object).length > 0).length);
    }
  });
});

describe("the parsed lists as data", () => {
  it("satisfy the Watchlist schema (ISO countries, partial dates, every field typed)", () => {
    for (const l of [un, ofac]) {
      const r = WatchlistSchema.safeParse(l);
      expect(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
    }
  });

  it("hold only partial ISO dates or ranges of them as birth dates", () => {
    const dates = [...un.entries, ...ofac.entries].flatMap((e) => [...e.birthDates, ...e.aliases.flatMap((a) => (a.birthDate ? [a.birthDate] : []))]);
    expect(dates.filter((d) => !/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/.test(d))).toEqual([]);
  });
});

describe("OpenSanctions FtM sample", () => {
  it("reads the seven entities: six parties and one Address that no party references", () => {
    // The file holds Organization "Inter Tobacco", Persons KUZMENKO, ZHURAVLEVA, PACHODAVA and SOYKO,
    // an Address in Mombasa and Organization IRGC; the two addressEntity ids point at addresses
    // that are not in the sample.
    const l = parseFtmEntities(read("opensanctions_ftm_sample.json"));
    expect(l.stats.records).toBe(7);
    expect(l.entries.map((e) => e.kind)).toEqual(["organization", "person", "person", "person", "person", "organization"]);
    expect(l.stats.skipped).toEqual([{ line: 4, record: "NK-2MQE6AmhAk4tqhENJAMUG9", reason: "Address: not a party, and no party in this file references it" }]);
    // "referents": ["ofac-32733", …] on RAB "Inter Tobacco"; ["ofac-10465", …] on IRGC.
    expect(l.entries.flatMap((e) => e.references ?? []).sort()).toEqual(["OFAC-10465", "OFAC-32733"]);
    expect(l.entries.find((e) => e.name === "Vitaly Yurievich KUZMENKO")).toMatchObject({ birthDates: ["1971-01-22"], nationalities: ["RU"], identifiers: [{ type: "tax-id", value: "366510784303", note: "taxNumber" }] });
  });
});

describe("linking the UN and OFAC lists", () => {
  const [linkedUn] = linkWatchlists([un, ofac]);
  const dprk = (linkedUn?.entries ?? []).filter((e) => e.programs.includes("UN-1718"));

  it("gives 153 of the 155 UN DPRK entries an OFAC id; the two others are not in the 2024 sdn.csv", () => {
    const linked = dprk.filter((e) => e.references?.some((r) => r.startsWith("OFAC-")));
    expect(dprk).toHaveLength(155);
    expect(linked).toHaveLength(153);
    // grep -i "HWANG, Sok\|HAN, Yu" on sdn.csv and alt.csv finds nothing.
    expect(dprk.filter((e) => !linked.includes(e)).map((e) => e.id)).toEqual(["KPi.003", "KPi.005"]);
  });

  it("links the parties checked by hand", () => {
    const refs = (id: string) => dprk.find((e) => e.id === id)?.references;
    expect(refs("KPe.050")).toEqual(["OFAC-20578"]); // MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES in both
    expect(refs("KPi.018")).toEqual(["OFAC-18559"]); // "JON, Myong Guk", DOB 18 Oct 1976; alt. DOB 25 Aug 1976
    expect(refs("KPe.025")).toEqual(["OFAC-11581"]); // "KOREA KWANGSON BANKING CORP"
    expect(refs("KPi.004")).toEqual(["OFAC-12217"]); // "RI, Hong-Sop", DOB 1940; UN: APPROXIMATELY 1940
  });

  it("builds a screener over both lists that returns both ids for a party on both", () => {
    const r = createScreener({ watchlists: [un, ofac], asOf: "2026-11-27" }).screen({ name: "Jon Myong Guk", birthDate: "1976-10-18" });
    const un018 = r.matches.find((m) => m.entry.id === "KPi.018");
    expect(un018?.entry.references).toEqual(["OFAC-18559"]);
    expect(r.matches.find((m) => m.entry.id === "OFAC-18559")?.entry.references).toEqual(["KPi.018"]);
  });
});
