import type { Entry, Watchlist } from "../../src/schema/index.js";

/**
 * A small hand-written watchlist for tests. Facts from domain.md §6.1 (OFAC SDN 2024 data):
 * Yanbian Silverstar (ent_num 24977, USCC 91222401MA0Y31E659) and Jong Song Hwa (ent_num
 * 24979, DOB 05 Feb 1970, passport 927220230).
 */
export const FIXTURE_ENTRIES: readonly Entry[] = [
  {
    id: "OFAC-24977",
    kind: "organization",
    name: "YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.",
    aliases: [{ name: "Yanbian Silver Star", quality: "aka" }],
    birthDates: [],
    nationalities: [],
    countries: ["CN"],
    identifiers: [{ type: "uscc", value: "91222401MA0Y31E659", country: "CN" }],
    programs: ["DPRK3", "DPRK4"],
    source: "fixture",
  },
  {
    id: "OFAC-24979",
    kind: "person",
    name: "JONG, Song Hwa",
    aliases: [],
    birthDates: ["1970-02-05"],
    nationalities: ["KP"],
    countries: [],
    identifiers: [{ type: "passport", value: "927220230", country: "KP" }],
    programs: ["DPRK4"],
    source: "fixture",
  },
];

/** The fixture entries as a watchlist published on `publishedAt`. */
export function fixtureWatchlist(publishedAt = "2024-05-03"): Watchlist {
  return {
    id: "fixture",
    source: "hand-written test fixture",
    publishedAt,
    loadedAt: "2026-11-27T00:00:00Z",
    entries: [...FIXTURE_ENTRIES],
    stats: { records: FIXTURE_ENTRIES.length, entries: FIXTURE_ENTRIES.length, names: 3, skipped: [], orphans: [] },
  };
}
