import type { ScreeningResult } from "../schema/index.js";

/** The explanation of a result as plain data, in a fixed key order: what all renderers print. */
export interface Explanation {
  readonly decision: ScreeningResult["decision"];
  readonly score: number;
  readonly thresholds: { readonly review: number; readonly block: number };
  readonly subject?: { readonly kind: string; readonly name: string } | undefined;
  readonly ref?: string | undefined;
  readonly reasons: readonly {
    readonly ruleId: string;
    readonly title: string;
    readonly code: string;
    readonly points: number;
    readonly blocking: boolean;
    readonly reason: string;
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
    subject: result.subject ? { kind: result.subject.kind, name: result.subject.name } : undefined,
    ref: result.ref,
    reasons: [...result.hits]
      .sort((a, b) => Number(b.blocking) - Number(a.blocking) || b.points - a.points)
      .map((h) => ({ ruleId: h.ruleId, title: h.title, code: h.code, points: h.points, blocking: h.blocking, reason: h.reason, citations: h.citations.map((c) => ({ label: c.label, url: c.url })) })),
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
