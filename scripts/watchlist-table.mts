// Regenerates the entry table in docs/watchlist.md from src/data (between the table markers).
// Usage: npx tsx scripts/watchlist-table.mts          (prints the table)
//        npx tsx scripts/watchlist-table.mts --write  (rewrites docs/watchlist.md in place)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CURATED_ENTRIES } from "../src/data/curatedEntries.js";

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
const shortLabel = (label: string): string => {
  const cut = label.indexOf(": ");
  return cell(cut > 0 ? label.slice(0, cut) : label);
};

const rows = CURATED_ENTRIES.map((e) => {
  const sources = (e.sources ?? []).map((s) => (s.url ? `[${shortLabel(s.label)}](${s.url})` : shortLabel(s.label))).join("; ");
  const programs = e.programs.join(", ") + (e.references?.length ? ` (also ${e.references.join(", ")})` : "");
  return `| ${e.id} | ${cell(e.name)} | ${e.kind} | ${cell(programs)} | ${e.listedOn ?? "—"} | ${cell(e.basis ?? "")} | ${sources} |`;
});
const table = [`${CURATED_ENTRIES.length} entries.`, "", "| id | name | kind | programmes | listed on | basis | sources |", "| --- | --- | --- | --- | --- | --- | --- |", ...rows].join("\n");

if (process.argv.includes("--write")) {
  const path = join(import.meta.dirname, "..", "docs", "watchlist.md");
  const doc = readFileSync(path, "utf8");
  const start = "<!-- table:start -->";
  const end = "<!-- table:end -->";
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error("docs/watchlist.md has no table markers");
  writeFileSync(path, `${doc.slice(0, a + start.length)}\n${table}\n${doc.slice(b)}`);
} else {
  console.log(table);
}
