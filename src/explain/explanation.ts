import type { ScreeningResult } from "../schema/index.js";

/** The explanation of a result as plain data, in a fixed key order: what all renderers print. */
export interface Explanation {
  readonly decision: ScreeningResult["decision"];
  readonly score: number;
  readonly thresholds: { readonly review: number; readonly block: number };
  /** One sentence: what decided the decision (a blocking finding, a finding requiring review, or the score against the thresholds). */
  readonly basis: string;
  readonly subject?: { readonly kind: string; readonly name: string } | undefined;
  readonly ref?: string | undefined;
  readonly reasons: readonly {
    readonly ruleId: string;
    readonly title: string;
    readonly code: string;
    readonly points: number;
    readonly blocking: boolean;
    /** True when the finding requires review on its own, whatever the score. */
    readonly requiresReview: boolean;
    readonly reason: string;
    /** The input values the rule used. */
    readonly input: Readonly<Record<string, unknown>>;
    /** What the rule compared them with (a list entry, a date, a table row). */
    readonly comparedWith: Readonly<Record<string, unknown>>;
    readonly citations: readonly { readonly label: string; readonly url?: string | undefined }[];
  }[];
  readonly matches: readonly {
    readonly entryId: string;
    readonly entryName: string;
    readonly references: readonly string[];
    readonly matchedName: string;
    readonly queryName: string;
    readonly score: number;
    readonly features: readonly { readonly name: string; readonly value: number; readonly query: string; readonly candidate: string; readonly detail: string }[];
  }[];
  readonly checked: readonly { readonly ruleId: string; readonly title: string; readonly status: string; readonly note?: string | undefined }[];
  readonly warnings: readonly string[];
  readonly provenance: {
    readonly asOf: string;
    readonly screenedAt: string;
    readonly algorithm: string;
    readonly rulesetVersion: string;
    readonly engineVersion: string;
    readonly lists: readonly { readonly id: string; readonly source: string; readonly version?: string | undefined; readonly publishedAt?: string | undefined; readonly entryCount: number }[];
  };
}

function codes(hits: ScreeningResult["hits"]): string {
  return hits.map((h) => h.code).join(", ");
}

/** The sentence that says why the decision is what it is, from the same data the scorer used. */
function decisionBasis(result: ScreeningResult): string {
  const { score, decision } = result;
  const { review, block } = result.meta.thresholds;
  const blocking = result.hits.filter((h) => h.blocking);
  const mustReview = result.hits.filter((h) => h.requiresReview === true);
  if (decision === "block") {
    if (blocking.length > 0) return `Blocked by ${blocking.length === 1 ? "a blocking finding" : `${blocking.length} blocking findings`} (${codes(blocking)}), which decide${blocking.length === 1 ? "s" : ""} on ${blocking.length === 1 ? "its" : "their"} own.`;
    return `Blocked because the score ${score} reaches the block threshold ${block}.`;
  }
  if (decision === "review") {
    if (score >= review) return `Review because the score ${score} reaches the review threshold ${review} (block at ${block})${mustReview.length > 0 ? `; ${mustReview.length === 1 ? "a finding also requires" : `${mustReview.length} findings also require`} review on ${mustReview.length === 1 ? "its" : "their"} own (${codes(mustReview)})` : ""}.`;
    return `Review because ${mustReview.length === 1 ? "a finding requires" : `${mustReview.length} findings require`} review on ${mustReview.length === 1 ? "its" : "their"} own (${codes(mustReview)}), although the score ${score} is below the review threshold ${review}.`;
  }
  return result.hits.length === 0 ? `Clear: no rule found anything (score 0; review at ${review}).` : `Clear: the score ${score} is below the review threshold ${review} and no finding requires review.`;
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Extracts the explanation of a result. Renderers print exactly this; they never recompute.
 *
 * @example
 * ```ts
 * toExplanation(screen({ name: "Maria Schmidt" })).decision //=> "clear"
 * ```
 */
export function toExplanation(result: ScreeningResult & { subject?: { kind: string; name: string } }, options: { maxMatches?: number } = {}): Explanation {
  return {
    decision: result.decision,
    score: result.score,
    thresholds: { review: result.meta.thresholds.review, block: result.meta.thresholds.block },
    basis: decisionBasis(result),
    subject: result.subject ? { kind: result.subject.kind, name: result.subject.name } : undefined,
    ref: result.ref,
    // Hits come in the screener's canonical order (blocking, points, rule id, the rule's own order).
    reasons: result.hits.map((h) => ({
      ruleId: h.ruleId,
      title: h.title,
      code: h.code,
      points: h.points,
      blocking: h.blocking,
      requiresReview: h.requiresReview === true,
      reason: h.reason,
      input: record(h.evidence["input"]),
      comparedWith: record(h.evidence["comparedWith"]),
      citations: h.citations.map((c) => ({ label: c.label, url: c.url })),
    })),
    matches: result.matches.slice(0, options.maxMatches ?? 5).map((m) => ({
      entryId: m.entry.id,
      entryName: m.entry.name,
      references: m.entry.references ?? [],
      matchedName: m.matchedName,
      queryName: m.queryName,
      score: m.score,
      features: m.features.map((f) => ({ name: f.name, value: f.value, query: f.query, candidate: f.candidate, detail: f.detail })),
    })),
    checked: result.checks.filter((c) => c.status !== "hit").map((c) => ({ ruleId: c.ruleId, title: c.title, status: c.status, note: c.note })),
    warnings: result.warnings,
    provenance: {
      asOf: result.meta.asOf,
      screenedAt: result.meta.screenedAt,
      algorithm: result.meta.algorithm,
      rulesetVersion: result.meta.rulesetVersion,
      engineVersion: result.meta.engineVersion,
      lists: result.meta.lists.map((l) => ({ id: l.id, source: l.source, version: l.version, publishedAt: l.publishedAt, entryCount: l.entryCount })),
    },
  };
}
