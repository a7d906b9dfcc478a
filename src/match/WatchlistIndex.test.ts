import { describe, expect, it } from "vitest";
import type { Entry, Watchlist } from "../schema/index.js";
import { WatchlistIndex } from "./WatchlistIndex.js";

function entry(id: string, name: string, aliases: string[]): Entry {
  return { id, kind: "person", name, aliases: aliases.map((a) => ({ name: a, quality: "aka" })), birthDates: [], nationalities: [], countries: [], identifiers: [], programs: [], source: "t" };
}

function list(entries: Entry[]): Watchlist {
  return { id: "t", source: "t", loadedAt: "2026-01-01", entries, stats: { records: entries.length, entries: entries.length, names: entries.length, skipped: [], orphans: [] } };
}

describe("WatchlistIndex names", () => {
  it("keeps each entry's names once after normalisation, and drops names that normalise to nothing", () => {
    const index = new WatchlistIndex([
      list([
        entry("a", "Kim Chol", ["KIM  Chol", "Kim Ch'ol", "—", "Ri Song"]),
        // Another entry's identical name is its own.
        entry("b", "Kim Chol", ["Kim Chol"]),
      ]),
    ]);
    expect(index.names.map((n) => n.normalized)).toEqual(["kim chol", "ri song", "kim chol"]);
    expect([...index.nameEntries]).toEqual([0, 0, 1]);
  });

  it("does the same for an entry with many aliases", () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `Pak Alias ${["one", "two", "three", "four"][i % 4]}`);
    const index = new WatchlistIndex([list([entry("a", "Pak Alias One", aliases), entry("b", "Pak Alias Two", [])])]);
    expect(index.names.map((n) => n.normalized)).toEqual(["pak alias one", "pak alias two", "pak alias three", "pak alias four", "pak alias two"]);
    expect([...index.nameEntries]).toEqual([0, 0, 0, 0, 1]);
  });
});
