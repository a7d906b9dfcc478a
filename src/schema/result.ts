import * as z from "./z.js";
import { CitationSchema, ENTRY_KINDS } from "./entry.js";

/** The three outcomes of a screening. */
export const DECISIONS = ["clear", "review", "block"] as const;

/**
 * One piece of evidence behind a name score: its value, what in the query and the candidate
 * produced it, and a one-line detail.
 */
export const FeatureSchema = z.object({
  /** Stable feature name: `name_exact`, `korean_given_name`, `dob_match`, `identifier_match`, … */
  name: z.string(),
  /** The feature's value on its own scale (0–1 for similarities; signed for qualifiers). */
  value: z.number(),
  query: z.string(),
  candidate: z.string(),
  detail: z.string(),
});

/** A listed entry the subject's name resembles. */
export const NameMatchSchema = z.object({
  entry: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ENTRY_KINDS),
    source: z.string(),
    programs: z.array(z.string()),
    references: z.array(z.string()).optional(),
    listedOn: z.string().optional(),
  }),
  /** Name similarity after qualifiers, 0–1; 1 is identical, higher is closer. */
  score: z.number().min(0).max(1),
  /** The list name (primary or alias) that matched best. */
  matchedName: z.string(),
  /** The subject's name that matched: its name, an alias, or the employer's name. */
  queryName: z.string(),
  /** Which subject field the query name came from. */
  field: z.enum(["name", "alias", "employer"]),
  features: z.array(FeatureSchema),
});

/** A rule that fired, with its points, reason, citations and evidence. */
export const RuleHitSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  /** Stable reason code, e.g. `dprk_national_income_abroad`. */
  code: z.string(),
  points: z.number(),
  /** True when this hit blocks on its own, whatever the score. */
  blocking: z.boolean(),
  /** True when this hit requires at least `review` on its own, whatever the score (present only when true). */
  requiresReview: z.boolean().optional(),
  reason: z.string(),
  citations: z.array(CitationSchema),
  evidence: z.record(z.string(), z.unknown()),
});

/** Every rule that was checked: fired, found nothing, or did not apply. */
export const RuleCheckSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  status: z.enum(["hit", "no_hit", "not_applicable"]),
  note: z.string().optional(),
});

/** The list versions a result was computed against. */
export const ListMetaSchema = z.object({
  id: z.string(),
  source: z.string(),
  publishedAt: z.string().optional(),
  version: z.string().optional(),
  entryCount: z.number().int(),
  /** Days between `publishedAt` and `asOf`, when the list has a publication date. */
  ageDays: z.number().int().optional(),
  /** True when the list is older than the screener's `maxListAgeDays` at `asOf`. */
  stale: z.boolean().optional(),
});

/** The result of one screening. Plain data: safe to serialise, store and diff. */
export const ScreeningResultSchema = z.object({
  ref: z.string().optional(),
  /** What was screened: the subject's kind and name as given (addition to the v0 contract). */
  subject: z.object({ kind: z.enum(["person", "organization", "vessel"]), name: z.string() }),
  decision: z.enum(DECISIONS),
  /** Risk score 0–100; higher is riskier. `thresholds` in `meta` turn it into the decision. */
  score: z.number().min(0).max(100),
  matches: z.array(NameMatchSchema),
  hits: z.array(RuleHitSchema),
  checks: z.array(RuleCheckSchema),
  warnings: z.array(z.string()),
  meta: z.object({
    engineVersion: z.string(),
    rulesetVersion: z.string(),
    algorithm: z.string(),
    thresholds: z.object({ review: z.number(), block: z.number() }),
    asOf: z.string(),
    screenedAt: z.string(),
    lists: z.array(ListMetaSchema),
  }),
});

export type Decision = (typeof DECISIONS)[number];
export type Feature = z.infer<typeof FeatureSchema>;
export type NameMatch = z.infer<typeof NameMatchSchema>;
export type RuleHit = z.infer<typeof RuleHitSchema>;
export type RuleCheck = z.infer<typeof RuleCheckSchema>;
export type ListMeta = z.infer<typeof ListMetaSchema>;
export type ScreeningResult = z.infer<typeof ScreeningResultSchema>;
