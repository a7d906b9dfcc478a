import type * as z from "../schema/z.js";
import type { InputIssue } from "../errors/index.js";

const SUGGESTIONS: Readonly<Record<string, string>> = {
  nationality: "nationalities",
  country: "countries",
  alias: "aliases",
  dob: "birthDate",
  dateOfBirth: "birthDate",
  birthdate: "birthDate",
  identifier: "identifiers",
  type: "kind",
  fullName: "name",
  id: "ref",
};

function describeReceived(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/**
 * Turns zod issues into the library's `InputIssue`s: plain-English messages, the offending path,
 * and "did you mean" hints for common misspelt keys.
 */
export function toInputIssues(error: z.ZodError, input: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const params = (issue as { params?: { code?: string } }).params;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const hint = SUGGESTIONS[key];
        const message = key === "__proto__" || key === "constructor" || key === "prototype" ? `the key "${key}" is not allowed` : `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}`;
        out.push({ path: [...path, key], message, code: "unknown_key" });
      }
      continue;
    }
    if (issue.code === "invalid_type") {
      let received: unknown = input;
      for (const p of path) received = typeof received === "object" && received !== null ? (received as Record<string | number, unknown>)[p] : undefined;
      const message = received === undefined ? "is required" : issue.message.startsWith("must") || issue.message.startsWith("is ") ? issue.message : `expected ${issue.expected}, received ${describeReceived(received)}`;
      out.push({ path, message, code: "invalid_type" });
      continue;
    }
    out.push({ path, message: issue.message, code: params?.code ?? issue.code });
  }
  return out;
}
