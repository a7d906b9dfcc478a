import type { Watchlist } from "../schema/index.js";
import { CURATED_ENTRIES } from "./curatedEntries.js";

/** Version of the embedded watchlist (the date it was last reviewed, as YYYY.MM.DD). */
export const DEFAULT_WATCHLIST_VERSION = "2026.11.27";

/**
 * The embedded DPRK overseas-labour watchlist, curated by the dprk-screen maintainers from
 * public facts (UN 1718 Committee, OFAC SDN and Treasury press releases, the Republic of Korea's
 * 2023 designations), every entry with its sources: the parties behind DPRK worker export and
 * IT-worker revenue (table and review process in docs/watchlist.md). It is a focused
 * supplement, not a replacement for the full official lists: load those with
 * `parseUnConsolidatedXml` and `parseOfacSdnCsv` for complete coverage.
 *
 * @example
 * ```ts
 * defaultWatchlist.entries.find((e) => e.id === "KPe.050")?.name
 * //=> "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES"
 * ```
 */
export const defaultWatchlist: Watchlist = {
  id: "dprk-overseas-labour",
  source: "dprk-screen curated DPRK overseas-labour watchlist",
  version: DEFAULT_WATCHLIST_VERSION,
  publishedAt: "2026-11-27",
  loadedAt: "2026-11-27",
  entries: [...CURATED_ENTRIES],
  stats: {
    records: CURATED_ENTRIES.length,
    entries: CURATED_ENTRIES.length,
    names: CURATED_ENTRIES.reduce((n, e) => n + 1 + e.aliases.length, 0),
    skipped: [],
    orphans: [],
  },
  sources: [
    { label: "UN Security Council Consolidated List (1718 regime), list of 2026-02-27", url: "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list" },
    { label: "OFAC SDN list (sdn.csv of 2024-05-03; alt/add of 2025-01)", url: "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists" },
    { label: "US Treasury press releases on the designations (2017–2025), e.g. jy2790 of 2025-01-16", url: "https://home.treasury.gov/news/press-releases/jy2790" },
    { label: "Republic of Korea designations of 2023-05-23, as reported (Korea Daily US)", url: "https://www.koreadailyus.com/u-s-south-korea-sanction-more-northern-entities/" },
    { label: "US advisory on DPRK IT workers, 2022-05-16", url: "https://ofac.treasury.gov/media/923126/download?inline" },
    { label: "Entry table, sources per entry and review process: docs/watchlist.md" },
  ],
};
