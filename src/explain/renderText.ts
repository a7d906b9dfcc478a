import { evidencePairs } from "./evidencePairs.js";
import type { Explanation } from "./explanation.js";

function listLine(l: Explanation["provenance"]["lists"][number]): string {
  return `${l.id}${l.version ? ` v${l.version}` : ""} (${l.source}${l.publishedAt ? `, published ${l.publishedAt.slice(0, 10)}` : ""}, ${l.entryCount} entries)`;
}

function pairsLine(value: Readonly<Record<string, unknown>>): string | undefined {
  const pairs = evidencePairs(value);
  return pairs.length === 0 ? undefined : pairs.map(([k, v]) => `${k} = ${v}`).join("; ");
}

function marker(r: Explanation["reasons"][number]): string {
  return r.blocking ? "[BLOCKING] " : r.requiresReview ? "[REVIEW REQUIRED] " : "";
}

/**
 * Renders an explanation as plain text for a terminal or a case file.
 *
 * @example
 * ```ts
 * renderText(toExplanation(result)).split("\n")[0] //=> "Decision: CLEAR (score 0/100; review at 40, block at 80)"
 * ```
 */
export function renderText(e: Explanation): string {
  const out: string[] = [];
  out.push(`Decision: ${e.decision.toUpperCase()} (score ${e.score}/100; review at ${e.thresholds.review}, block at ${e.thresholds.block})`);
  if (e.subject) out.push(`Subject: ${e.subject.name} (${e.subject.kind})${e.ref ? ` [ref ${e.ref}]` : ""}`);
  else if (e.ref) out.push(`Ref: ${e.ref}`);
  out.push(`Basis: ${e.basis}`);
  out.push("");
  if (e.reasons.length === 0) out.push("Why: no rule found anything.");
  else {
    out.push("Why:");
    e.reasons.forEach((r, i) => {
      out.push(`  ${i + 1}. ${marker(r)}${r.title} (+${r.points} points; rule ${r.ruleId}, code ${r.code})`);
      out.push(`     ${r.reason}`);
      const input = pairsLine(r.input);
      const compared = pairsLine(r.comparedWith);
      if (input) out.push(`     Input: ${input}`);
      if (compared) out.push(`     Compared with: ${compared}`);
      for (const c of r.citations) out.push(`     Source: ${c.label}${c.url ? ` <${c.url}>` : ""}`);
    });
  }
  if (e.matches.length > 0) {
    out.push("");
    out.push("Closest list entries:");
    for (const m of e.matches) {
      out.push(`  - ${m.entryId} ${m.entryName}${m.references.length ? ` [also ${m.references.join(", ")}]` : ""}: ${m.score.toFixed(2)}, "${m.queryName}" vs "${m.matchedName}"`);
      for (const f of m.features) out.push(`      ${f.name} ${f.value}: ${f.detail}${f.query || f.candidate ? ` (${f.query || "-"} / ${f.candidate || "-"})` : ""}`);
    }
  }
  if (e.checked.length > 0) {
    out.push("");
    out.push("Also checked:");
    for (const c of e.checked) out.push(`  - ${c.title} (${c.ruleId}): ${c.status === "no_hit" ? "nothing found" : `not applicable${c.note ? `, ${c.note}` : ""}`}`);
  }
  if (e.warnings.length > 0) {
    out.push("");
    out.push("Warnings:");
    for (const w of e.warnings) out.push(`  ! ${w}`);
  }
  out.push("");
  out.push(`As of ${e.provenance.asOf}; screened ${e.provenance.screenedAt}; ${e.provenance.algorithm}, ${e.provenance.rulesetVersion}, engine ${e.provenance.engineVersion}.`);
  out.push(`Lists: ${e.provenance.lists.map(listLine).join("; ")}.`);
  return out.join("\n");
}
