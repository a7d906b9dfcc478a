import { ScreeningError } from "./ScreeningError.js";

/** One problem with an input, at a path such as `["employer", "name"]`. */
export interface InputIssue {
  /** Where the problem is; `[]` is the input itself. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English. */
  readonly message: string;
  /** A stable code: `invalid_type`, `too_long`, `invalid_date`, `unknown_country`, … */
  readonly code: string;
}

/** Renders a path the way users write it: `employer.name`, `aliases[2]`, `(input)`. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(input)";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

/**
 * Thrown when a subject, an option or a configuration is not valid. It lists every problem,
 * each with its path, so a caller can fix all of them at once.
 *
 * @example
 * ```ts
 * const r = safeScreen({ name: "" });
 * if (!r.success) r.error.issues[0].path //=> ["name"]
 * ```
 */
export class ScreeningInputError extends ScreeningError {
  override name = "ScreeningInputError" as const;
  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[], what = "subject") {
    const list = issues.length > 0 ? issues : [{ path: [], message: "invalid input", code: "invalid" }];
    const summary = list.map((i) => `${formatIssuePath(i.path)}: ${i.message}`).join("; ");
    super(`Invalid ${what}: ${summary}`, { code: `invalid_${what.replace(/\s+/g, "_")}` });
    this.issues = list;
  }
}
