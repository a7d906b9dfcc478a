import type { ScreeningResult } from "../schema/index.js";
import { toExplanation } from "./explanation.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";

/** Output formats of `explain`. */
export type ExplainFormat = "text" | "markdown" | "json";

/** Options for `explain`. */
export interface ExplainOptions {
  /** `text` (default), `markdown`, or `json` (stable key order, two-space indent). */
  readonly format?: ExplainFormat;
  /** How many of the closest list entries to show. Default 5. */
  readonly maxMatches?: number;
}

/**
 * Explains a screening result for a person: the decision and score, every finding with its
 * points, plain-English reason and sources, the closest list entries with the features behind
 * their scores, what else was checked, warnings, and the list versions used. All formats
 * render the same data.
 *
 * @example
 * ```ts
 * console.log(explain(screen({ name: "Mansudae Overseas Project Group" })));
 * // Decision: BLOCK (score 100/100; review at 40, block at 80)
 * // …
 * ```
 */
export function explain(result: ScreeningResult, options: ExplainOptions = {}): string {
  const explanation = toExplanation(result, options.maxMatches === undefined ? {} : { maxMatches: options.maxMatches });
  switch (options.format ?? "text") {
    case "markdown":
      return renderMarkdown(explanation);
    case "json":
      return JSON.stringify(explanation, null, 2);
    default:
      return renderText(explanation);
  }
}
