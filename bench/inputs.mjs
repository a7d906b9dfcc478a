// Inputs shared by the benchmark scripts: where the official lists and dev queries are, and how
// to read them with the library's own parsers.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..");
export const libPath = process.env.DPRK_SCREEN_LIB ?? join(root, "dist", "index.js");
export const shared = process.env.DPRK_SHARED ?? join(root, "..", "shared");
export const listsDir = join(shared, "lists");
export const devQueriesFile = join(shared, "eval", "dev-queries.jsonl");
export const ASOF = "2026-11-27";

const LIST_FILES = { un: "un_sc_consolidated_2026-02-27.xml", sdn: "ofac_sdn_2024-05-03.csv", alt: "ofac_alt_2025-01.csv", add: "ofac_add_2025-01.csv", comments: "ofac_sdn_comments_2025-01.csv" };
export const haveLists = Object.values(LIST_FILES).every((f) => existsSync(join(listsDir, f)));
export const haveDev = existsSync(devQueriesFile);

/** The full UN consolidated list and the OFAC SDN list (sdn, alt, add, comments), parsed. */
export function loadOfficialLists(lib) {
  const read = (f) => readFileSync(join(listsDir, f));
  const un = lib.parseUnConsolidatedXml(read(LIST_FILES.un));
  const ofac = lib.parseOfacSdnCsv({ sdn: read(LIST_FILES.sdn), alt: read(LIST_FILES.alt), add: read(LIST_FILES.add), comments: read(LIST_FILES.comments) }, { publishedAt: "2024-05-03" });
  return [un, ofac];
}

/** The development queries as subjects (their `kind` included). */
export function loadDevQueries(limit = Infinity) {
  const rows = readFileSync(devQueriesFile, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  return rows.slice(0, limit).map((q) => ({ ...q.query, kind: q.kind }));
}
