import { ScreeningInputError } from "../errors/index.js";
import { SubjectSchema, type Subject } from "../schema/index.js";
import { readPlainSubject } from "./readPlainSubject.js";
import { toInputIssues } from "./toInputIssues.js";

/**
 * Validates and normalises a subject, or returns the error listing every problem.
 *
 * @example
 * ```ts
 * parseSubject({ name: "Kim Sang Man", nationalities: ["North Korea"] })
 * //=> { success: true, kindGiven: false, data: { kind: "person", name: "Kim Sang Man", nationalities: ["KP"] } }
 * ```
 */
export function parseSubject(input: unknown): { success: true; data: Subject; kindGiven: boolean } | { success: false; error: ScreeningInputError } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const got = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
    return { success: false, error: new ScreeningInputError([{ path: [], message: `expected a subject object such as { name: "…" }, received ${got}`, code: "invalid_type" }]) };
  }
  const plain = readPlainSubject(input);
  if (plain !== undefined) return { success: true, data: plain, kindGiven: (input as { kind?: unknown }).kind !== undefined };
  const parsed = SubjectSchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data, kindGiven: (input as { kind?: unknown }).kind !== undefined };
  return { success: false, error: new ScreeningInputError(toInputIssues(parsed.error, input)) };
}
