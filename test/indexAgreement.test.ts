import { describe, expect, it } from "vitest";
import { createScreener, defaultWatchlist } from "../src/index.js";

// The candidate index must not lose what scoring every name finds. These subjects are the
// in-repo cases: every curated name and alias with spelling variants of the kinds the index has
// to bridge (typos, joined and split words, Korean romanisations, scripts), plus unrelated names.
const variants = (name: string): string[] => [
  name,
  name.toLowerCase(),
  name.replace(/-/g, " "),
  name.replace(/ /g, ""),
  name.replace(/([aeiou])/i, "$1$1"), // doubled vowel
  name.replace(/(\w)(\w)(\w*)$/, "$2$1$3"), // swapped letters in the last word
  name.split(/[ ,]+/).reverse().join(" "),
];

const subjects = [
  ...defaultWatchlist.entries.flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)].flatMap(variants).map((name) => ({ name, ...(e.birthDates[0] ? { birthDate: e.birthDates[0].slice(0, 4) } : {}) }))),
  ...["Maria Schmidt", "Kim Min-jun", "Lee Jae Hyung", "김정은", "Ким Чен Ын", "Korea Electric Power Corporation", "Samsung C&T", "Chen Jie", "Petrobras", "Park Ji-sung"].map((name) => ({ name })),
];

describe("the candidate index against brute force (in-repo cases)", () => {
  const indexed = createScreener({ asOf: "2026-11-27", now: () => new Date("2026-11-27T00:00:00Z") });
  const brute = createScreener({ asOf: "2026-11-27", now: () => new Date("2026-11-27T00:00:00Z"), bruteForce: true });

  it(`gives the same decision and top match for all ${subjects.length} subjects`, () => {
    const differences: string[] = [];
    for (const s of subjects) {
      const a = indexed.screen(s);
      const b = brute.screen(s);
      if (a.decision !== b.decision || a.matches[0]?.entry.id !== b.matches[0]?.entry.id || a.score !== b.score) differences.push(`${s.name}: ${a.decision}/${a.matches[0]?.entry.id} vs ${b.decision}/${b.matches[0]?.entry.id}`);
    }
    expect(differences).toEqual([]);
  });
});

// A list where Mohammad, Ali and Khalid are common words (50 names or more), as on OFAC's list.
// Until 0.1.0's retrieval rewrite the index skipped the one-edit neighbours of a common query
// word (Mohammad → Mohammed), and lost "Ali Mohammad" → "MOHAMMED, Ali"; the bench's synthetic
// subjects found more such cases ("Mohammad Sohrabpour-Ali" → "MOHAMMED, Ali").
describe("the candidate index against brute force (common words)", () => {
  const filler = ["Hassan", "Rahman", "Karim", "Nasser", "Farouk", "Saleh", "Hamid", "Yusuf", "Omar", "Tariq", "Bakr", "Zaid", "Fahd", "Nabil", "Walid"];
  const entries = [
    ...filler.flatMap((a, i) => filler.map((b, j) => ({ id: `F-${i}-${j}`, kind: "person" as const, name: `${["MOHAMMAD", "ALI", "KHALID"][(i + j) % 3]}, ${a} ${b}` }))),
    { id: "T-1", kind: "person" as const, name: "MOHAMMED, Ali" },
    { id: "T-2", kind: "person" as const, name: "AL-KHALIDI, Hamzah" },
  ].map((e) => ({ ...e, aliases: [], birthDates: [], nationalities: [], countries: [], identifiers: [], programs: ["TEST"], source: "test" }));
  const list = { id: "common-words", source: "test", loadedAt: "2026-11-27", entries, stats: { records: entries.length, entries: entries.length, names: entries.length, skipped: [], orphans: [] } };
  const indexed = createScreener({ watchlists: [list], asOf: "2026-11-27" });
  const brute = createScreener({ watchlists: [list], asOf: "2026-11-27", bruteForce: true });

  const agree = (name: string) => {
    const a = indexed.screen({ name, kind: "person" });
    const b = brute.screen({ name, kind: "person" });
    expect(b.decision).not.toBe("clear");
    expect([a.decision, a.matches[0]?.entry.id, a.score]).toEqual([b.decision, b.matches[0]?.entry.id, b.score]);
  };

  it.each(["Mohammad Sohrabpour-Ali", "Mohammad Mousapour-Ali", "Khalid Sultan Al-Hamza", "Mohammed Ali"])("finds what brute force finds for %s", agree);

  // Both words common, one matching only fuzzily (Mohammad / Mohammed), no whole-name key
  // shared: brute force reviews it (55) through "MOHAMMED, Ali", and so must the index.
  it("finds MOHAMMED, Ali for Ali Mohammad", () => {
    agree("Ali Mohammad");
    expect(indexed.screen({ name: "Ali Mohammad", kind: "person" }).matches[0]?.entry.id).toBe("T-1");
  });
});

describe("index snapshots", () => {
  it("load into a screener that gives identical results, and are refused for other lists", () => {
    const built = createScreener({ asOf: "2026-11-27", now: () => new Date("2026-11-27T00:00:00Z") });
    const bytes = built.exportIndex();
    const loaded = createScreener({ asOf: "2026-11-27", now: () => new Date("2026-11-27T00:00:00Z"), index: bytes });
    for (const s of subjects.slice(0, 200)) expect(loaded.screen(s)).toEqual(built.screen(s));
    const other = { ...defaultWatchlist, id: "other", entries: defaultWatchlist.entries.slice(1) };
    expect(() => createScreener({ watchlists: [other], index: bytes })).toThrow(/index: the snapshot was built from other watchlists/);
    expect(() => createScreener({ index: new Uint8Array([1, 2, 3]) })).toThrow(/index: not a dprk-screen index snapshot/);
  });
});

// Names the index missed before 0.1.0's retrieval rewrite, each found by brute force: an initial
// or a particle standing for a query word (compareNames: J. Smith / John Smith 0.967, Ben
// Schulze / Benjamin Scholz 0.801), a word two look-alike edits away (Guowei / Guokai), a
// romanisation key (Yin / In), a look-alike letter in a three-letter word (Rad / Red), a common
// word's typo (Umar / Omar). The bench's synthetic subjects found the last four.
describe("the candidate index against brute force (light words, wider edits)", () => {
  const person = (id: string, name: string) => ({ id, kind: "person" as const, name });
  const entries = [
    person("P-1", "SMITH, J."), person("P-2", "SCHULZE, Ben"), person("P-3", "ZENG, Guowei"), person("P-4", "THU, Yin Min"), person("P-5", "UMAR, Ahmad"),
    { id: "O-1", kind: "organization" as const, name: "RAD" },
    ...["Adam", "Mary", "Peter", "Paul"].map((g, i) => person(`F-${i}`, `SMITH, ${g}`)),
  ].map((e) => ({ ...e, aliases: [], birthDates: [], nationalities: [], countries: [], identifiers: [], programs: ["TEST"], source: "test" }));
  const list = { id: "light-words", source: "test", loadedAt: "2026-11-27", entries, stats: { records: entries.length, entries: entries.length, names: entries.length, skipped: [], orphans: [] } };
  const indexed = createScreener({ watchlists: [list], asOf: "2026-11-27" });
  const brute = createScreener({ watchlists: [list], asOf: "2026-11-27", bruteForce: true });

  it.each([
    ["John Smith", "person", "P-1"],
    ["Benjamin Scholz", "person", "P-2"],
    ["Zheng Guokai", "person", "P-3"],
    ["In Min", "person", "P-4"],
    ["Omar Ahmad Al-Mutairi", "person", "P-5"],
    ["Red A.Ş.", "organization", "O-1"],
  ] as const)("finds what brute force finds for %s", (name, kind, id) => {
    const a = indexed.screen({ name, kind });
    const b = brute.screen({ name, kind });
    expect(b.matches[0]?.entry.id).toBe(id);
    expect([a.decision, a.matches[0]?.entry.id, a.score]).toEqual([b.decision, b.matches[0]?.entry.id, b.score]);
  });
});

// Organisation, vessel and aircraft names are analysed alike, so a subject without a kind is
// searched once for all three (and once as a person). The kinds asked for still decide which
// names can match.
describe("one search for the non-person kinds", () => {
  const entry = (id: string, kind: "person" | "organization" | "vessel", name: string) => ({ id, kind, name, aliases: [], birthDates: [], nationalities: [], countries: [], identifiers: [], programs: ["TEST"], source: "test" });
  const entries = [entry("O-1", "organization", "Ocean Star Shipping"), entry("V-1", "vessel", "OCEAN STAR"), entry("P-1", "person", "Ocean Star")];
  const list = { id: "kinds", source: "test", loadedAt: "2026-11-27", entries, stats: { records: 3, entries: 3, names: 3, skipped: [], orphans: [] } };
  const indexed = createScreener({ watchlists: [list], asOf: "2026-11-27" });
  const brute = createScreener({ watchlists: [list], asOf: "2026-11-27", bruteForce: true });
  const ids = (r: { matches: readonly { entry: { id: string } }[] }) => r.matches.map((m) => m.entry.id).sort();

  it.each([
    [{ name: "Ocean Star" }, ["O-1", "P-1", "V-1"]],
    [{ name: "Ocean Star", kind: "vessel" as const }, ["V-1"]],
    [{ name: "Ocean Star", kind: "organization" as const }, ["O-1"]],
    [{ name: "Ocean Star", kind: "person" as const }, ["P-1"]],
  ])("%j finds %j, as brute force does", (subject, expected) => {
    expect(ids(indexed.screen(subject))).toEqual(expected);
    expect(ids(brute.screen(subject))).toEqual(expected);
  });
});
