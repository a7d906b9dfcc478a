import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultWatchlist, normalizeText, type Entry } from "../../src/index.js";
import { LISTS } from "./paths.js";

// Cross-checks the curated watchlist against the official files it was compiled from: every UN
// reference and every OFAC ent_num it cites (as its id or in `references`) must exist there,
// under the same name, and the facts the entry takes from those records (birth dates, document
// and registration numbers, official aliases, programme tags, UN listing date) must appear in
// them. The raw files are searched as text on purpose: no list parser is involved.
const unXml = readFileSync(join(LISTS, "un_sc_consolidated_2026-02-27.xml"), "utf8");
const sdn = readFileSync(join(LISTS, "ofac_sdn_2024-05-03.csv"), "latin1");
const alt = readFileSync(join(LISTS, "ofac_alt_2025-01.csv"), "latin1");
const add = readFileSync(join(LISTS, "ofac_add_2025-01.csv"), "latin1");
const comments = readFileSync(join(LISTS, "ofac_sdn_comments_2025-01.csv"), "latin1");

const UN_REF = /^KP[ie]\.\d{3}$/;
const OFAC_ID = /^OFAC-(\d+)$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function unRecord(ref: string): string | undefined {
  const at = unXml.indexOf(`<REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER>`);
  if (at < 0) return undefined;
  const start = Math.max(unXml.lastIndexOf("<INDIVIDUAL>", at), unXml.lastIndexOf("<ENTITY>", at));
  return unXml.slice(start, at);
}

/** The whole UN record (`<INDIVIDUAL>…</INDIVIDUAL>` or `<ENTITY>…</ENTITY>`) of a reference number. */
function unFullRecord(ref: string): string | undefined {
  const at = unXml.indexOf(`<REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER>`);
  if (at < 0) return undefined;
  const start = Math.max(unXml.lastIndexOf("<INDIVIDUAL>", at), unXml.lastIndexOf("<ENTITY>", at));
  const ends = [unXml.indexOf("</INDIVIDUAL>", at), unXml.indexOf("</ENTITY>", at)].filter((i) => i >= 0);
  return unXml.slice(start, Math.min(...ends));
}

function sdnName(entNum: string): string | undefined {
  const m = new RegExp(`^${entNum},"([^"]*)"`, "m").exec(sdn);
  return m?.[1];
}

function rowsOf(file: string, entNum: string): string[] {
  return file.split(/\r?\n/).filter((line) => line.startsWith(`${entNum},`));
}

/** Every row about one ent_num: its sdn.csv row, alternate names, addresses and overflow remarks. */
function ofacRecord(entNum: string): string {
  return [sdn, alt, add, comments].flatMap((file) => rowsOf(file, entNum)).join("\n");
}

/** The programme tags of an sdn.csv row (`"DPRK3] [DPRK4"` → DPRK3, DPRK4). */
function sdnPrograms(entNum: string): string[] {
  const row = rowsOf(sdn, entNum)[0] ?? "";
  const m = /^\d+,"[^"]*",[^,]*,"([^"]*)"/.exec(row);
  return (m?.[1] ?? "").split("] [").filter((p) => p !== "");
}

/** How a birth date of ours is written in an OFAC remark: "DOB 07 Aug 1968", "DOB 1964". */
function ofacDob(date: string): string[] {
  const range = /^(\d{4})\/(\d{4})$/.exec(date);
  if (range) return [range[1] ?? "", range[2] ?? ""];
  const [y, m, d] = date.split("-");
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (d !== undefined && month) return [`${d} ${month} ${y}`];
  if (month) return [`${month} ${y}`];
  return [y ?? date];
}

/** How a birth date of ours is written in a UN record: <DATE>1966-01-27</DATE>, <YEAR>1938</YEAR>, FROM_YEAR/TO_YEAR. */
function unDob(date: string): string[] {
  const range = /^(\d{4})\/(\d{4})$/.exec(date);
  if (range) return [`<FROM_YEAR>${range[1]}</FROM_YEAR>`, `<TO_YEAR>${range[2]}</TO_YEAR>`];
  return date.length === 4 ? [`<YEAR>${date}</YEAR>`] : [date];
}

interface Cited {
  readonly entry: Entry;
  readonly un: string[];
  readonly ofac: string[];
}

function cited(entry: Entry): Cited {
  const ids = [entry.id, ...(entry.references ?? [])];
  return {
    entry,
    un: ids.filter((id) => UN_REF.test(id)),
    ofac: ids.flatMap((id) => {
      const m = OFAC_ID.exec(id);
      return m?.[1] ? [m[1]] : [];
    }),
  };
}

const citing = defaultWatchlist.entries.map(cited).filter((c) => c.un.length + c.ofac.length > 0);
const officialTags = new Set(["DPRK", "DPRK2", "DPRK3", "DPRK4", "DPRK-NKSPEA", "NPWMD", "CYBER2"]);

describe("the embedded watchlist against the official list files", () => {
  const ids = defaultWatchlist.entries.flatMap((e) => [e.id, ...(e.references ?? [])].map((id) => ({ id, entry: e })));

  it.each(ids.filter((x) => /^KP[ie]\.\d{3}$/.test(x.id)).map((x) => [x.id, x.entry.name] as const))("UN %s exists as %s", (ref, name) => {
    const record = unRecord(ref);
    expect(record, `${ref} not in the UN list`).toBeDefined();
    const names = [...(record ?? "").matchAll(/<(?:FIRST|SECOND|THIRD|FOURTH)_NAME>([^<]*)</g)].map((m) => m[1]).join(" ");
    const tokens = normalizeText(name).split(" ");
    expect(tokens.some((t) => normalizeText(names).includes(t))).toBe(true);
  });

  it.each(ids.filter((x) => /^OFAC-\d+$/.test(x.id)).map((x) => [x.id, x.entry.name] as const))("OFAC %s exists (named like %s)", (id, name) => {
    const ent = id.slice("OFAC-".length);
    const primary = sdnName(ent);
    const inAlt = new RegExp(`^${ent},`, "m").test(alt);
    expect(primary !== undefined || inAlt, `${id} is in neither sdn.csv nor alt.csv`).toBe(true);
    if (primary !== undefined) {
      const tokens = normalizeText(name).split(" ").filter((t) => t.length > 2);
      expect(tokens.some((t) => normalizeText(primary).includes(t))).toBe(true);
    }
  });
});

describe("facts in entries that cite an official record appear in that record", () => {
  it("finds entries to check", () => {
    expect(citing.length).toBeGreaterThan(30);
  });

  it.each(citing.map((c) => [c.entry.id, c] as const))("%s: birth dates and identifiers are in the cited records", (_id, c) => {
    const ofacText = c.ofac.map(ofacRecord).join("\n");
    const unText = c.un.map((ref) => unFullRecord(ref) ?? "").join("\n");
    for (const date of c.entry.birthDates) {
      const found = ofacDob(date).every((f) => ofacText.includes(`DOB ${f}`)) || unDob(date).every((f) => unText.includes(f));
      expect(found, `birth date ${date} of ${c.entry.id} is not in ${[...c.un, ...c.ofac].join(", ")}`).toBe(true);
    }
    for (const id of c.entry.identifiers) {
      expect(ofacText.includes(id.value) || unText.includes(id.value), `${id.type} ${id.value} of ${c.entry.id} is not in the cited records`).toBe(true);
    }
  });

  it.each(citing.map((c) => [c.entry.id, c] as const))("%s: official aliases are in the cited records", (_id, c) => {
    const text = normalizeText([...c.ofac.map(ofacRecord), ...c.un.map((ref) => unFullRecord(ref) ?? "")].join("\n"));
    const official = c.entry.aliases.filter((a) => ["aka", "fka", "nka", "a.k.a.", "f.k.a.", "Good", "Low", "OFAC primary name"].includes(a.quality ?? ""));
    for (const a of official) expect(text.includes(normalizeText(a.name)), `alias "${a.name}" of ${c.entry.id}`).toBe(true);
  });

  it.each(citing.filter((c) => c.ofac.length > 0).map((c) => [c.entry.id, c] as const))("%s: OFAC programme tags are those of the SDN row", (_id, c) => {
    const listed = new Set(c.ofac.flatMap(sdnPrograms));
    expect(listed.size, `no sdn.csv row for ${c.ofac.join(", ")}`).toBeGreaterThan(0);
    const ours = c.entry.programs.filter((p) => officialTags.has(p));
    expect(new Set(ours)).toEqual(listed);
  });

  it.each(citing.filter((c) => UN_REF.test(c.entry.id)).map((c) => [c.entry.id, c] as const))("%s: listed on the UN listing date", (ref, c) => {
    const m = /<LISTED_ON>([^<]*)<\/LISTED_ON>/.exec(unFullRecord(ref) ?? "");
    expect(m?.[1]).toBe(c.entry.listedOn);
  });
});
