import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUNTRIES } from "../jurisdictions/index.js";
import { normalizeText } from "../normalize/index.js";
import { createScreener } from "../screen/index.js";
import { CURATED_ENTRIES } from "./curatedEntries.js";
import { defaultWatchlist } from "./defaultWatchlist.js";

const ISO2 = new Set(COUNTRIES.map((c) => c[0]));
const UN_REF = /^KP[ie]\.\d{3}$/;
const OFAC_ID = /^OFAC-\d+$/;
const OWN_ID = /^DS-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const COMPILED_ON = "2026-11-27";

/** Programme tags the list may use: OFAC's as on the SDN list, the UN regime, and our own three (docs/watchlist.md). */
const PROGRAMS = new Set(["UN-1718", "DPRK", "DPRK2", "DPRK3", "DPRK4", "DPRK-NKSPEA", "NPWMD", "CYBER2", "OFAC-SDN", "ROK-AUTONOMOUS", "US-ADVISORY"]);

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function isPartialDateOrRange(s: string): boolean {
  if (/^\d{4}$/.test(s)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return true;
  if (isCalendarDate(s)) return true;
  const range = /^(\d{4})\/(\d{4})$/.exec(s);
  return range !== null && Number(range[1]) < Number(range[2]);
}

const byId = new Map(CURATED_ENTRIES.map((e) => [e.id, e]));
const everyId = new Set(CURATED_ENTRIES.flatMap((e) => [e.id, ...(e.references ?? [])]));

describe("curated entries: shape and contract", () => {
  it("has unique ids", () => {
    expect(byId.size).toBe(CURATED_ENTRIES.length);
    const all = CURATED_ENTRIES.flatMap((e) => [e.id, ...(e.references ?? [])]);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(CURATED_ENTRIES.map((e) => [e.id, e] as const))("%s follows the id contract", (id, e) => {
    expect(UN_REF.test(id) || OFAC_ID.test(id) || OWN_ID.test(id)).toBe(true);
    for (const ref of e.references ?? []) expect(UN_REF.test(ref) || OFAC_ID.test(ref)).toBe(true);
    // The UN reference wins when the UN lists the party; an OFAC ent_num beats our own id.
    if (!UN_REF.test(id)) expect((e.references ?? []).filter((r) => UN_REF.test(r))).toEqual([]);
    if (OWN_ID.test(id)) expect((e.references ?? []).filter((r) => OFAC_ID.test(r))).toEqual([]);
    expect(e.source).toBe("dprk-overseas-labour");
  });

  it.each(CURATED_ENTRIES.map((e) => [e.id, e] as const))("%s has a one-line basis and cited sources", (_id, e) => {
    expect(e.basis?.trim().length ?? 0).toBeGreaterThan(20);
    expect(e.basis).not.toMatch(/\n/);
    expect(e.sources?.length ?? 0).toBeGreaterThan(0);
    for (const s of e.sources ?? []) expect(s.label.trim()).not.toBe("");
  });

  it("uses only https URLs, in entries and in the list metadata", () => {
    const urls = [...CURATED_ENTRIES.flatMap((e) => e.sources ?? []), ...(defaultWatchlist.sources ?? [])].flatMap((s) => (s.url ? [s.url] : []));
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) expect(new URL(url).protocol, url).toBe("https:");
  });

  it.each(CURATED_ENTRIES.map((e) => [e.id, e] as const))("%s has ISO alpha-2 countries and valid dates", (_id, e) => {
    for (const c of [...e.countries, ...e.nationalities, ...e.identifiers.flatMap((i) => (i.country ? [i.country] : []))]) expect(ISO2.has(c), c).toBe(true);
    for (const d of [...e.birthDates, ...e.aliases.flatMap((a) => (a.birthDate ? [a.birthDate] : []))]) expect(isPartialDateOrRange(d), d).toBe(true);
    if (e.listedOn !== undefined) {
      expect(isCalendarDate(e.listedOn), e.listedOn).toBe(true);
      expect(e.listedOn <= COMPILED_ON).toBe(true);
    }
    if (e.kind !== "person") expect(e.birthDates).toEqual([]);
  });

  it.each(CURATED_ENTRIES.map((e) => [e.id, e] as const))("%s uses known programme tags; UN-1718 exactly for UN ids", (id, e) => {
    expect(e.programs.length).toBeGreaterThan(0);
    for (const p of e.programs) expect(PROGRAMS.has(p), p).toBe(true);
    expect(e.programs.includes("UN-1718")).toBe(UN_REF.test(id));
  });

  it("links only to parties in the list", () => {
    for (const e of CURATED_ENTRIES) for (const l of e.linkedTo ?? []) expect(everyId.has(l), `${e.id} → ${l}`).toBe(true);
  });

  it("keeps the list metadata in step with the entries", () => {
    expect(defaultWatchlist.version).toBe("2026.11.27");
    expect(defaultWatchlist.publishedAt).toBe(COMPILED_ON);
    expect(defaultWatchlist.entries).toHaveLength(CURATED_ENTRIES.length);
    expect(defaultWatchlist.stats.entries).toBe(CURATED_ENTRIES.length);
    expect(defaultWatchlist.stats.names).toBe(CURATED_ENTRIES.reduce((n, e) => n + 1 + e.aliases.length, 0));
  });
});

/*
 * Every party the list must cover, written out by hand from the task list and checked against
 * the list files and the Treasury/press sources named in each entry (not from the data above):
 * id, primary name, other-list ids, aliases that must be present.
 */
const REQUIRED: readonly (readonly [id: string, name: string, references: readonly string[], aliases: readonly string[]])[] = [
  // Mansudae and its Namibian arm
  ["KPe.050", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES", ["OFAC-20578"], ["Mansudae Art Studio"]],
  ["OFAC-22703", "MANSUDAE OVERSEAS PROJECTS ARCHITECTURAL AND TECHNICAL SERVICES (PTY) LIMITED", [], []],
  ["OFAC-22704", "QINGDAO CONSTRUCTION (NAMIBIA) CC", [], []],
  ["OFAC-22702", "KIM, Tong-chol", [], []],
  // Construction
  ["OFAC-19611", "KOREA GENERAL CORPORATION FOR EXTERNAL CONSTRUCTION", [], ["GENCO", "KOGEN", "ZENKO"]],
  ["OFAC-19612", "NAMGANG CONSTRUCTION", [], []],
  ["OFAC-27383", "KOREA NAMGANG TRADING CORPORATION", [], ["DPRK NAMGANG TRADING COMPANY"]],
  ["OFAC-27254", "BEIJING SUKBAKSO", [], []],
  // External construction and labour officials
  ["OFAC-23083", "EXTERNAL CONSTRUCTION BUREAU", [], ["EXTERNAL CONSTRUCTION GENERAL COMPANY", "EXTERNAL CONSTRUCTION GUIDANCE BUREAU"]],
  ["OFAC-23088", "KIM, Kang Jin", [], ["KIM, Kang-chin"]],
  ["OFAC-23084", "CH'OLHYO'N OVERSEAS CONSTRUCTION COMPANY", [], []],
  ["OFAC-21308", "MINISTRY OF LABOR", [], []],
  ["OFAC-23091", "JONG, Yong Su", [], []],
  // IT workers: Silverstar and Chinyong
  ["OFAC-24977", "YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.", [], ["YANBIAN SILVER STAR", "UNSONG INTERNET TECHNOLOGY CORPORATION", "SILVER STAR CHINA"]],
  ["OFAC-24978", "VOLASYS SILVER STAR", [], []],
  ["OFAC-24979", "JONG, Song Hwa", [], []],
  ["OFAC-43379", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY", [], ["JINYONG IT COOPERATION COMPANY"]],
  ["OFAC-43377", "KIM, Sang Man", [], ["KIM, Sangman"]],
  ["OFAC-48260", "LIMITED LIABILITY COMPANY ALIS", [], ["ALIS LLC"]],
  ["OFAC-48261", "PIONEER BENCONT STAR REAL ESTATE", [], []],
  // State bodies behind the revenue
  ["KPe.054", "MINISTRY OF NATIONAL DEFENCE", ["OFAC-22285"], ["MINISTRY OF PEOPLE'S ARMED FORCES"]],
  ["KPe.028", "MUNITIONS INDUSTRY DEPARTMENT", ["OFAC-12214"], ["Military Supplies Industry Department"]],
  ["KPe.030", "OFFICE 39", ["OFAC-12209"], ["Bureau 39"]],
  ["KPe.031", "RECONNAISSANCE GENERAL BUREAU", ["OFAC-12210"], ["KPA Unit 586"]],
  ["OFAC-39499", "KOREA PAEKHO TRADING CORPORATION", [], ["DEPARTMENT 30", "WHITE TIGER TRADING COMPANY"]],
  // 2025 designations (Treasury jy2790 and later releases; no ent_num in our data)
  ["DS-DEPARTMENT-53-MPAF", "DEPARTMENT 53 OF THE MINISTRY OF THE PEOPLE'S ARMED FORCES", [], ["Department 53"]],
  ["DS-KOREA-OSONG-SHIPPING", "KOREA OSONG SHIPPING CO", [], []],
  ["DS-CHONSURIM-TRADING", "CHONSURIM TRADING CORPORATION", [], []],
  ["DS-JONG-IN-CHOL", "JONG, In Chol", [], []],
  ["DS-SON-KYONG-SIK", "SON, Kyong Sik", [], []],
  ["DS-LIAONING-CHINA-TRADE-INDUSTRY", "LIAONING CHINA TRADE INDUSTRY CO., LTD", [], []],
  ["DS-KOREA-SOBAEKSU-TRADING", "KOREA SOBAEKSU TRADING COMPANY", [], []],
  ["DS-KIM-SE-UN", "KIM, Se Un", [], []],
  ["DS-JO-KYONG-HUN", "JO, Kyong Hun", [], []],
  ["DS-MYONG-CHOL-MIN", "MYONG, Chol Min", [], []],
  ["DS-KOREA-SINJIN-TRADING", "KOREA SINJIN TRADING CORPORATION", [], []],
  ["DS-SHENYANG-GEUMPUNGRI-NETWORK-TECHNOLOGY", "SHENYANG GEUMPUNGRI NETWORK TECHNOLOGY CO., LTD", [], []],
  ["DS-KIM-UNG-SUN", "KIM, Ung Sun", [], []],
  ["DS-VITALIY-ANDREYEV", "ANDREYEV, Vitaliy Sergeyevich", [], []],
  // Further parties tied to worker export or IT-worker revenue
  ["DS-313-GENERAL-BUREAU", "313 GENERAL BUREAU", [], []],
  ["OFAC-26944", "KIM, Su Il", [], []],
  ["OFAC-43336", "PYONGYANG UNIVERSITY OF AUTOMATION", [], ["MIRIM COLLEGE"]],
  ["OFAC-43337", "TECHNICAL RECONNAISSANCE BUREAU", [], ["THIRD BUREAU"]],
  ["OFAC-43338", "110TH RESEARCH CENTER", [], ["LAB 110"]],
  ["DS-KOREA-MANGYONGDAE-COMPUTER-TECHNOLOGY", "KOREA MANGYONGDAE COMPUTER TECHNOLOGY COMPANY", [], []],
  ["DS-JANG-KUK-CHOL", "JANG, Kuk Chol", [], []],
  ["DS-HO-JONG-SON", "HO, Jong Son", [], []],
  ["DS-KUMSONG-ACADEMY", "KUMSONG ACADEMY", [], []],
  ["DS-TONGMYONG-TECHNOLOGY-TRADE", "TONGMYONG TECHNOLOGY TRADE COMPANY", [], []],
  ["DS-KIM-HYO-DONG", "KIM, Hyo Dong", [], []],
  ["DS-KIM-SONG-IL", "KIM, Song Il", [], []],
];

describe("curated entries: required coverage", () => {
  it.each(REQUIRED)("covers %s %s", (id, name, references, aliases) => {
    const e = byId.get(id);
    expect(e, `${id} missing`).toBeDefined();
    expect(e?.name).toBe(name);
    expect(e?.references ?? []).toEqual(references);
    const names = new Set((e?.aliases ?? []).map((a) => normalizeText(a.name)));
    for (const a of aliases) expect(names.has(normalizeText(a)), a).toBe(true);
  });
});

describe("curated entries: each primary name is found by screen()", () => {
  const screener = createScreener({ asOf: COMPILED_ON });

  it.each(CURATED_ENTRIES.map((e) => [e.id, e] as const))("%s: its own name blocks (organisations) or goes to review (persons)", (id, e) => {
    const r = screener.screen({ name: e.name, kind: e.kind === "person" ? "person" : "organization" });
    expect(r.matches[0]?.entry.id).toBe(id);
    if (e.kind === "person") expect(["review", "block"]).toContain(r.decision);
    else expect(r.decision).toBe("block");
  });

  it("still blocks an organisation's name in other case and spacing", () => {
    const orgs = CURATED_ENTRIES.filter((e) => e.kind === "organization");
    fc.assert(
      fc.property(fc.constantFrom(...orgs), fc.boolean(), fc.integer({ min: 1, max: 3 }), (e, lower, spaces) => {
        const name = (lower ? e.name.toLowerCase() : e.name).split(" ").join(" ".repeat(spaces));
        const r = screener.screen({ name, kind: "organization" });
        return r.decision === "block" && r.matches[0]?.entry.id === e.id;
      }),
      { numRuns: 60 },
    );
  });
});

describe("docs/watchlist.md", () => {
  const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "watchlist.md"), "utf8");

  it("lists every entry and states the entry count", () => {
    for (const e of CURATED_ENTRIES) expect(doc, e.id).toContain(`| ${e.id} |`);
    expect(doc).toContain(`${CURATED_ENTRIES.length} entries`);
  });
});
