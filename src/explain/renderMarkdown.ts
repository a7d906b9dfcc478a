import { evidencePairs } from "./evidencePairs.js";
import type { Explanation } from "./explanation.js";

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function pairs(value: Readonly<Record<string, unknown>>): string {
  return evidencePairs(value).map(([k, v]) => `${cell(k)}: ${cell(v)}`).join("<br>");
}

/**
 * Renders an explanation as Markdown for a case-management system or a review ticket.
 *
 * @example
 * ```ts
 * renderMarkdown(toExplanation(result)).startsWith("### Decision: **CLEAR**") //=> true
 * ```
 */
export function renderMarkdown(e: Explanation): string {
  const out: string[] = [];
  out.push(`### Decision: **${e.decision.toUpperCase()}** (score ${e.score}/100)`);
  out.push("");
  out.push(`Thresholds: review at ${e.thresholds.review}, block at ${e.thresholds.block}.${e.subject ? ` Subject: ${e.subject.name} (${e.subject.kind}).` : ""}${e.ref ? ` Ref: \`${e.ref}\`.` : ""}`);
  out.push("");
  out.push(`**Basis:** ${e.basis}`);
  out.push("");
  if (e.reasons.length > 0) {
    out.push("| # | Rule | Points | Reason | Input | Compared with | Sources |");
    out.push("| --- | --- | --- | --- | --- | --- | --- |");
    e.reasons.forEach((r, i) => {
      const sources = r.citations.map((c) => (c.url ? `[${cell(c.label)}](${c.url})` : cell(c.label))).join("<br>");
      const flag = r.blocking ? "**blocking** " : r.requiresReview ? "**review required** " : "";
      out.push(`| ${i + 1} | ${flag}${cell(r.title)} (\`${r.code}\`) | ${r.points} | ${cell(r.reason)} | ${pairs(r.input)} | ${pairs(r.comparedWith)} | ${sources} |`);
    });
  } else {
    out.push("No rule found anything.");
  }
  if (e.matches.length > 0) {
    out.push("");
    out.push("**Closest list entries**");
    out.push("");
    out.push("| Entry | Score | Query name | Listed name | Features |");
    out.push("| --- | --- | --- | --- | --- |");
    for (const m of e.matches) {
      const feats = m.features.map((f) => `${f.name} ${f.value}: ${cell(f.detail)}`).join("<br>");
      out.push(`| ${m.entryId} ${cell(m.entryName)} | ${m.score.toFixed(2)} | ${cell(m.queryName)} | ${cell(m.matchedName)} | ${feats} |`);
    }
  }
  if (e.checked.length > 0) {
    out.push("");
    out.push("**Also checked:** " + e.checked.map((c) => `${c.ruleId} (${c.status === "no_hit" ? "nothing found" : `n/a${c.note ? `: ${c.note}` : ""}`})`).join("; "));
  }
  if (e.warnings.length > 0) {
    out.push("");
    for (const w of e.warnings) out.push(`> **Warning:** ${w}`);
  }
  out.push("");
  out.push(`<sub>As of ${e.provenance.asOf}; screened ${e.provenance.screenedAt}; ${e.provenance.algorithm}, ${e.provenance.rulesetVersion}, engine ${e.provenance.engineVersion}; lists: ${e.provenance.lists.map((l) => `${l.id}${l.version ? ` v${l.version}` : ""} (${l.entryCount})`).join(", ")}.</sub>`);
  return out.join("\n");
}
