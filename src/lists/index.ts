/**
 * Official list loaders: the UN Security Council Consolidated List (XML), the OFAC SDN list
 * (legacy CSV: sdn, alt, add, sdn_comments) and OpenSanctions FollowTheMoney entities (JSON
 * lines), each read into the one `Watchlist` shape; and `linkWatchlists`, which gives each
 * entry the ids of the same party on the other lists.
 *
 * Contract:
 * - Files are read exactly as published, at full size; bytes are decoded in the list's own
 *   encoding (UTF-8; Windows-1252 for OFAC).
 * - Nothing is dropped in silence: every record becomes an entry, or is counted in
 *   `stats.skipped` (with its line or id and the reason); rows that point at no entry are in
 *   `stats.orphans`; values kept as text because they were not understood (a country that is
 *   not ISO, a date that is not a date) are in `stats.warnings`.
 * - A file that is not what it claims (empty, binary, truncated or malformed XML, not CSV, a
 *   first row with the wrong column count, no JSON line at all) throws a `ListParseError`
 *   naming the line or record. A bad record throws too, unless `onInvalid: "skip"`.
 * - Parsers and `linkWatchlists` are pure: they return new objects and mutate nothing.
 */
export { parseUnConsolidatedXml, type UnParseOptions } from "./parseUnConsolidatedXml.js";
export { parseOfacSdnCsv, type OfacSdnFiles, type OfacParseOptions } from "./parseOfacSdnCsv.js";
export { parseFtmEntities, type FtmParseOptions } from "./parseFtmEntities.js";
export { linkWatchlists } from "./linkWatchlists.js";
export { UN_PROGRAMS } from "./unPrograms.js";
export { parseOfacRemarks, type OfacRemarks } from "./parseOfacRemarks.js";
export type { ListParseOptions, OnInvalid } from "./ListParseOptions.js";
