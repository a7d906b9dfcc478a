import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Minimal RFC 4180 CSV reader for the evaluation files (quoted fields, commas, newlines in quotes). */
export function readCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); field = "";
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

export function readTsv(text) {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.length > 0);
  const cols = header.split("\t");
  return lines.map((l) => { const f = l.split("\t"); return Object.fromEntries(cols.map((c, i) => [c, f[i] ?? ""])); });
}

export function schemaToKind(schema) {
  if (schema === "Person") return "person";
  if (schema === "Vessel") return "vessel";
  return "organization";
}

/** Labelled name pairs: { group, kind, a, b, match, quality, note } */
export function loadPairs(evalDir) {
  const dprk = readTsv(readFileSync(join(evalDir, "dprk_sanctions_name_pairs.tsv"), "utf8")).map((r) => ({
    set: "dprk_pairs", group: r.auto_kind_heuristic || r.relation, kind: schemaToKind(r.schema), a: r.name_a, b: r.name_b, match: r.label === "1", quality: "", note: r.note,
  }));
  const nk = readCsv(readFileSync(join(evalDir, "nomenklatura_name_bench_cases.csv"), "utf8")).map((r) => ({
    set: "nomenklatura", group: r.case_group, kind: schemaToKind(r.schema), a: r.name1, b: r.name2, match: r.is_match === "true", quality: r.quality, note: r.notes,
  }));
  return { dprk, nk };
}
