import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultWatchlist } from "../data/index.js";
import { analyzeName } from "../names/index.js";
import { CandidateIndex } from "../retrieval/index.js";
import type { Entry, Watchlist } from "../schema/index.js";
import { wordsWithinEdits } from "./compareNames.js";
import { decodeSnapshot, encodeSnapshot } from "./indexSnapshot.js";
import { WatchlistIndex } from "./WatchlistIndex.js";

function entry(id: string, kind: Entry["kind"], name: string, aliases: string[]): Entry {
  return { id, kind, name, aliases: aliases.map((a) => ({ name: a, quality: "aka" })), birthDates: [], nationalities: [], countries: [], identifiers: [], programs: [], source: "t" };
}

function list(entries: Entry[]): Watchlist {
  return { id: "t", source: "t", loadedAt: "2026-01-01", entries, stats: { records: entries.length, entries: entries.length, names: entries.length, skipped: [], orphans: [] } };
}

/** Where the records of analysed names start in a snapshot, and how many fields they have. */
function recordsOf(bytes: Uint8Array): { at: number; length: number } {
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as { sizes: number[] };
  // The ten retrieval arrays come first, then the records.
  const before = header.sizes.slice(0, 10).reduce((a, b) => a + b, 0);
  return { at: Math.ceil((12 + headerLength) / 4) * 4 + 4 * before, length: header.sizes[10] ?? 0 };
}

// Persons and organisations in Latin, Hangul and Cyrillic letters, with numbers, legal forms,
// initials and particles: every field of an analysed name has something in it somewhere.
const MIXED = list([
  entry("p1", "person", "RI Hong Sop", ["Ri Hong-sop", "리홍섭", "Ли Хон Соп"]),
  entry("p2", "person", "PAK, Chol Su", ["Park Cheol-su", "J. Van der Bilt"]),
  entry("o1", "organization", "Mansudae Overseas Project Group of Companies", ["MOP Co., Ltd.", "만수대해외개발회사"]),
  entry("o2", "organization", "Office 39", ["Bureau 39", "Korea Namgang Trading Corporation"]),
  entry("v1", "vessel", "CHON MA SAN", []),
]);

describe("index snapshots", () => {
  it.each([
    ["the embedded watchlist", defaultWatchlist],
    ["names in three scripts, with numbers and legal forms", MIXED],
  ])("load %s as exactly the analysed names the build made, and export the same bytes again", (_, watchlist) => {
    const built = new WatchlistIndex([watchlist]);
    const bytes = built.toSnapshot();
    const loaded = new WatchlistIndex([watchlist], { snapshot: bytes });
    expect(loaded.names).toStrictEqual(built.names);
    expect([...loaded.nameEntries]).toEqual([...built.nameEntries]);
    expect(Buffer.from(loaded.toSnapshot()).equals(Buffer.from(bytes))).toBe(true);
  });

  it("holds the same for any names (property)", () => {
    const word = fc.oneof(
      fc.constantFrom("Kim", "Ri", "Pak", "Choe", "Chol", "Song", "Co.", "Ltd", "39", "van", "der", "J.", "김", "정은", "리", "Ким", "Чер", "Trading", "Corporation"),
      fc.string({ minLength: 1, maxLength: 6 }),
    );
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
    const entries = fc.array(fc.tuple(fc.constantFrom<Entry["kind"]>("person", "organization", "vessel"), name, fc.array(name, { maxLength: 3 })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(entries, (es) => {
        const watchlist = list(es.map(([kind, n, aliases], i) => entry(`e${i}`, kind, n, aliases)));
        const built = new WatchlistIndex([watchlist]);
        const loaded = new WatchlistIndex([watchlist], { snapshot: built.toSnapshot() });
        expect(loaded.names).toStrictEqual(built.names);
      }),
      { numRuns: 150 },
    );
  });

  it("take a name's text from its entry, and store a text that is not one of the entry's names", () => {
    const e = entry("a", "person", "Kim Chol", ["Ri Song"]);
    const names = [analyzeName("Kim Chol", "person"), analyzeName("Ri Song", "person"), analyzeName("Pak Il", "person")];
    const parts = { names, nameEntries: Uint32Array.of(0, 0, 0), retrieval: CandidateIndex.build(names, wordsWithinEdits).parts() };
    const bytes = encodeSnapshot("f", parts, [e]);
    // Only the third name's text is written out; the other two come from the entry.
    const header = new TextDecoder().decode(bytes.subarray(12, 12 + new DataView(bytes.buffer).getUint32(8, true)));
    expect(header.includes('"Pak Il"')).toBe(true);
    expect(header.includes('"Kim Chol"')).toBe(false);
    const decoded = decodeSnapshot(bytes, "f", [e]);
    expect(typeof decoded === "string" ? decoded : decoded.names.map((n) => n.text)).toEqual(["Kim Chol", "Ri Song", "Pak Il"]);
    expect(decodeSnapshot(bytes, "other", [e])).toMatch(/^the snapshot was built from other watchlists/);
  });

  it("are refused with a reason, not a crash, when a name's record points outside the snapshot", () => {
    const bytes = new WatchlistIndex([MIXED]).toSnapshot();
    const entries = MIXED.entries;
    const { at, length } = recordsOf(bytes);
    expect(length).toBeGreaterThan(0);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // Field 0 of a record is the entry, field 3 the normalised name's string, field 6 the weights.
    for (const field of [0, 1, 3, 5, 6, 12]) {
      const damaged = bytes.slice();
      new DataView(damaged.buffer).setUint32(at + 4 * (15 + field), 0x7fffffff, true);
      expect(decodeSnapshot(damaged, JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + view.getUint32(8, true)))).fingerprint, entries)).toBe("the snapshot's names are damaged");
    }
    const cut = bytes.slice(0, bytes.length - 4);
    expect(() => new WatchlistIndex([MIXED], { snapshot: cut })).toThrow(/the snapshot is truncated/);
  });
});
