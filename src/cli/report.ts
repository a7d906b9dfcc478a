import type { ScreeningResult, Watchlist } from "../schema/index.js";

const WIDTH = { line: 5, decision: 7, score: 5, name: 34 };

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

/** One line (plus reasons) of the human-readable batch report. */
export function reportRow(line: number, result: ScreeningResult, maxReasons = 2): string {
  const head = `${pad(String(line), WIDTH.line)} ${pad(result.decision.toUpperCase(), WIDTH.decision)} ${pad(String(result.score), WIDTH.score)} ${pad(result.subject.name, WIDTH.name)} ${result.ref ?? ""}`.trimEnd();
  const reasons = [...result.hits]
    .filter((h) => h.points > 0 || h.blocking)
    .sort((a, b) => Number(b.blocking) - Number(a.blocking) || b.points - a.points)
    .slice(0, maxReasons)
    .map((h) => `        - [${h.code}, +${h.points}] ${h.reason.length > 220 ? `${h.reason.slice(0, 219)}…` : h.reason}`);
  return [head, ...reasons].join("\n");
}

/** The header of the batch report. */
export function reportHeader(): string {
  return `${pad("line", WIDTH.line)} ${pad("result", WIDTH.decision)} ${pad("score", WIDTH.score)} ${pad("name", WIDTH.name)} ref`;
}

/** Counts of a batch run. */
export interface BatchSummary {
  records: number;
  screened: number;
  unreadable: number;
  clear: number;
  review: number;
  block: number;
  ms: number;
}

/** The summary printed after the report. */
export function reportSummary(s: BatchSummary): string {
  return [
    `Records read: ${s.records}; screened: ${s.screened}; could not be screened: ${s.unreadable}.`,
    `Decisions: ${s.block} block, ${s.review} review, ${s.clear} clear.`,
    `Time: ${s.ms.toFixed(0)} ms (${s.screened > 0 ? (s.ms / s.screened).toFixed(2) : "0"} ms per record).`,
  ].join("\n");
}

/**
 * One line per loaded list: where it is from, its date, and the counts that show nothing was
 * dropped (records read, entries, records skipped, rows pointing at nothing, values kept as text).
 */
export function listStatsLines(lists: readonly Watchlist[]): string[] {
  return lists.map((w) => {
    const s = w.stats;
    const date = w.publishedAt !== undefined ? `published ${w.publishedAt.slice(0, 10)}` : "no publication date";
    const files = s.files && s.files.length > 1 ? ` (${s.files.map((f) => `${f.file} ${f.records}`).join(", ")})` : "";
    const warnings = s.warnings && s.warnings.length > 0 ? `, ${s.warnings.length} values kept as text` : "";
    return `  ${w.id}${w.version ? ` v${w.version}` : ""} [${date}]: ${s.records} records${files}, ${s.entries} entries, ${s.skipped.length} skipped, ${s.orphans.length} orphans${warnings}`;
  });
}
