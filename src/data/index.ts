/**
 * Embedded data: the curated DPRK overseas-labour watchlist.
 *
 * Contract: reviewed data only; every entry has sources and a basis; ids follow the contract
 * (UN reference number, else `OFAC-<ent_num>`, else a stable `DS-` id).
 */
export { defaultWatchlist, DEFAULT_WATCHLIST_VERSION } from "./defaultWatchlist.js";
export { CURATED_ENTRIES } from "./curatedEntries.js";
