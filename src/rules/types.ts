import * as z from "../schema/z.js";
import type { EntryMatch, IdentifierMatch } from "../match/index.js";
import { CitationSchema, SUBJECT_KINDS, type Citation, type ListMeta, type Subject } from "../schema/index.js";
import type { SectorClassification } from "../sectors/index.js";

/** What every rule sees: the validated subject, the date it is judged at, and the matches. */
export interface RuleContext {
  readonly subject: Subject;
  /** The date the rules are judged at (never the machine's clock unless the caller chose it). */
  readonly asOf: Date;
  /** `asOf` as `YYYY-MM-DD`. */
  readonly asOfDate: string;
  /** Listed entries matched by the subject's name and aliases, best first. */
  readonly nameMatches: readonly EntryMatch[];
  /** Listed organisations matched by the employer's name, best first. */
  readonly employerMatches: readonly EntryMatch[];
  /** Listed identifiers equal to the subject's. */
  readonly identifierMatches: readonly IdentifierMatch[];
  /** The lists screened against, with `ageDays` and `stale` at `asOf` where known. */
  readonly lists: readonly ListMeta[];
  /** `subject.sector` classified once by `classifySector`; `undefined` when absent or not high-risk. */
  readonly sector?: SectorClassification | undefined;
  /** The screener's `maxListAgeDays`, when configured. */
  readonly maxListAgeDays?: number | undefined;
}

/** What a rule found: points, a stable reason code, a plain-English reason, and the evidence. */
export interface RuleEvidence {
  /** Stable reason code (snake_case). Codes are API: renaming one is a breaking change. */
  readonly code: string;
  /** Points towards the 0–100 score; negative only for documented qualifiers. */
  readonly points: number;
  /** True when this finding decides `block` on its own, whatever the score and thresholds. */
  readonly blocking?: boolean;
  /**
   * True when this finding requires at least `review` on its own, whatever the score and
   * thresholds: for findings whose legal consequence is a human check (a claimed exemption,
   * a date before a deadline) rather than an amount of evidence.
   */
  readonly requiresReview?: boolean;
  /** Plain English: what triggered it, what it was compared with, why it matters. */
  readonly reason: string;
  /** The input values used (`input`) and what they were compared with (`comparedWith`). */
  readonly evidence: { readonly input: Readonly<Record<string, unknown>>; readonly comparedWith?: Readonly<Record<string, unknown>>; readonly [key: string]: unknown };
  /** Citations for this finding, replacing the rule's own when given. */
  readonly citations?: readonly Citation[];
}

/** A rule's statement that it does not apply to this subject, and why. */
export interface NotApplicable {
  readonly notApplicable: string;
}

/** What `evaluate` returns: one or more findings, a not-applicable note, or nothing. */
export type RuleOutcome = RuleEvidence | readonly RuleEvidence[] | NotApplicable | undefined;

/** The data part of a rule, validated by `defineRule`. */
export const RuleDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/, { message: "must be lower-case words joined by - or . (e.g. \"acme.own-rule\")" }),
  title: z.string().min(1),
  version: z.string().min(1),
  description: z.string().optional(),
  citations: z.array(CitationSchema).min(1, { message: "every rule needs at least one citation" }),
  appliesTo: z.array(z.enum(SUBJECT_KINDS)).min(1),
  /** The reason codes the rule can return (documentation and tests; optional for custom rules). */
  reasonCodes: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, { message: "must be snake_case" })).optional(),
  evaluate: z.custom<(ctx: RuleContext) => RuleOutcome>((v) => typeof v === "function", { message: "must be a function" }),
});

/** A rule: a plain object with an id, a title, a version, citations and a pure `evaluate`. */
export type Rule = z.infer<typeof RuleDefinitionSchema>;

/** True when an outcome is a not-applicable note. */
export function isNotApplicable(outcome: RuleOutcome): outcome is NotApplicable {
  return typeof outcome === "object" && outcome !== null && "notApplicable" in outcome;
}

/**
 * Builds a not-applicable outcome.
 *
 * @example
 * ```ts
 * notApplicable("no nationality given") //=> { notApplicable: "no nationality given" }
 * ```
 */
export function notApplicable(note: string): NotApplicable {
  return { notApplicable: note };
}
