import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Loads the full UN and OFAC lists from `listsDir` with the library's own parsers. */
export function loadOfficialLists(lib, listsDir) {
  const read = (f) => readFileSync(join(listsDir, f));
  const un = lib.parseUnConsolidatedXml(read("un_sc_consolidated_2026-02-27.xml"));
  const ofac = lib.parseOfacSdnCsv(
    { sdn: read("ofac_sdn_2024-05-03.csv"), alt: read("ofac_alt_2025-01.csv"), add: read("ofac_add_2025-01.csv"), comments: read("ofac_sdn_comments_2025-01.csv") },
    { publishedAt: "2024-05-03" },
  );
  return [un, ofac];
}

export function loadDevQueries(evalDir) {
  return readFileSync(join(evalDir, "dev-queries.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
}

/** The pass rule of eval/README.md. */
export function passes(q, result) {
  if (q.expect.length === 0) return result.decision === "clear";
  const ids = (m) => [m.entry.id, ...(m.entry.references ?? [])];
  if (q.category === "dob_confirm") return result.decision === "block" && result.matches[0] !== undefined && ids(result.matches[0]).some((id) => q.expect.includes(id));
  if (q.category === "dob_conflict") return result.decision !== "block";
  return result.decision !== "clear" && result.matches.slice(0, 3).some((m) => ids(m).some((id) => q.expect.includes(id)));
}

export function subjectOf(q) {
  return { ...q.query, kind: q.kind };
}
