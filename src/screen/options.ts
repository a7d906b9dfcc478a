import * as z from "../schema/z.js";
import { RuleDefinitionSchema } from "../rules/types.js";
import type { Watchlist } from "../schema/index.js";
import { watchlistProblem } from "./watchlistProblem.js";

const AsOfSchema = z.union([
  z.date().refine((d) => !Number.isNaN(d.getTime()), { message: "is an invalid Date" }),
  z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, { message: "must be an ISO date such as 2026-11-27" }).refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s.slice(0, 10)).toISOString().slice(0, 10) === s.slice(0, 10), { message: "is not a real date" }),
]);

const ThresholdsSchema = z
  .strictObject({
    review: z.number().min(0).max(100),
    block: z.number().min(0).max(100),
  })
  .refine((t) => t.review <= t.block, { message: "review must not be above block" });

/** Configuration of a screener; every field is optional. */
export const ScreenerConfigSchema = z.strictObject({
  /** Lists to screen against. Default: the embedded DPRK overseas-labour watchlist. */
  watchlists: z
    .array(
      z.custom<Watchlist>().superRefine((value, ctx) => {
        const problem = watchlistProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
      }),
    )
    .min(1, { message: "must hold at least one watchlist" })
    .optional(),
  /** Rules to run. Default: `dprkRules`. */
  rules: z.array(RuleDefinitionSchema).optional(),
  /** Ids of rules to leave out (built-in or your own). */
  disableRules: z.array(z.string()).optional(),
  /** Score thresholds on 0–100. Default `{ review: 40, block: 80 }`. */
  thresholds: ThresholdsSchema.optional(),
  /** The date rules are judged at. Default: today (the machine's clock, UTC). */
  asOf: AsOfSchema.optional(),
  /** A list older than this many days at `asOf` produces a warning (or an error, see `failOnStaleList`). */
  maxListAgeDays: z.number().int().positive().optional(),
  /** Throw instead of warning when a list is stale (fail closed). Default false. */
  failOnStaleList: z.boolean().optional(),
  /** Name matches below this score are not reported. Default 0.6. */
  minMatchScore: z.number().min(0).max(1).optional(),
  /** How many name matches to report. Default 10. */
  maxMatches: z.number().int().positive().max(100).optional(),
  /** A name index exported by `screener.exportIndex()` for the same watchlists: loads instead of building. */
  index: z.instanceof(Uint8Array, { message: "must be the Uint8Array returned by exportIndex()" }).optional(),
  /** Score every listed name instead of the index's candidates (for tests and benchmarks). Default false. */
  bruteForce: z.boolean().optional(),
  /** Clock for `meta.screenedAt` (tests and replays). Default `() => new Date()`. */
  now: z.custom<() => Date>((v) => typeof v === "function", { message: "must be a function returning a Date" }).optional(),
});

/** Per-call options of `screen`. */
export const ScreenOptionsSchema = z.strictObject({
  /** The date rules are judged at, overriding the screener's. */
  asOf: AsOfSchema.optional(),
});

export type ScreenerConfig = z.input<typeof ScreenerConfigSchema>;
export type ScreenOptions = z.input<typeof ScreenOptionsSchema>;

/** Options of `screenMany`: the per-call options, plus how to spread the work. */
export const BatchOptionsSchema = ScreenOptionsSchema.extend({
  /** Threads to use (Node.js): the calling thread plus `workers − 1` worker threads. Default 1: the calling thread alone. */
  workers: z.number().int().min(1).max(64).optional(),
  /** Subjects sent to a worker at a time. Default 256. */
  chunkSize: z.number().int().min(1).max(100_000).optional(),
});

export type BatchOptions = z.input<typeof BatchOptionsSchema>;
