import type { Feature } from "../schema/index.js";
import type { BirthDateComparison } from "./compareBirthDates.js";

const FACTORS = { exact: 1.03, in_range: 1.015, close: 1, conflict: 0.8, unknown: 1 } as const;

/** The most a birth date lifts a name score (an exact match): a name below `minScore / this` cannot pass. */
export const MAX_BIRTH_DATE_LIFT = FACTORS.exact;

/**
 * Applies the birth-date qualifier to a name score: a matching date lifts it a little (so the
 * right one of two namesakes ranks first), a conflicting one lowers it by a fifth; "close" and
 * "unknown" leave it alone. Returns the adjusted score (capped at 1) and the feature that
 * explains the change, if any.
 *
 * @example
 * ```ts
 * qualifyBirthDate(0.97, { outcome: "conflict", listed: "1940-02-26" }, "1971-04-10").score //=> 0.776
 * ```
 */
export function qualifyBirthDate(nameScore: number, dob: BirthDateComparison, subjectDate: string | undefined): { score: number; feature?: Feature } {
  const score = Math.min(1, Math.round(nameScore * FACTORS[dob.outcome] * 1000) / 1000);
  if (dob.outcome === "unknown" || subjectDate === undefined) return { score };
  const detail = {
    exact: "birth dates match",
    in_range: "birth year lies within the listed range or approximation",
    close: "birth dates are close but not equal (neither confirms nor contradicts)",
    conflict: "birth dates clearly differ",
  }[dob.outcome];
  const name = dob.outcome === "conflict" ? "dob_conflict" : dob.outcome === "close" ? "dob_close" : "dob_match";
  return { score, feature: { name, value: Math.round((FACTORS[dob.outcome] - 1) * 1000) / 1000, query: subjectDate, candidate: dob.listed ?? "", detail } };
}
