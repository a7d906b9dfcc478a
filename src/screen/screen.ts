import type { ScreeningInputError } from "../errors/index.js";
import type { ScreeningResult, SubjectInput } from "../schema/index.js";
import { createScreener, type Screener } from "./createScreener.js";
import type { ScreenOptions } from "./options.js";

let shared: Screener | undefined;

function defaultScreener(): Screener {
  shared ??= createScreener();
  return shared;
}

/**
 * Screens one subject against the embedded DPRK overseas-labour watchlist with the built-in rule
 * pack, judged today (or at `options.asOf`). For other lists, rules or thresholds, use
 * `createScreener`.
 *
 * @throws ScreeningInputError when the subject is invalid; the error lists every problem.
 * @example
 * ```ts
 * screen({ name: "Mansudae Overseas Project Group" }).decision //=> "block"
 * screen({ name: "Maria Schmidt" }).decision                   //=> "clear"
 * ```
 */
export function screen(subject: SubjectInput, options?: ScreenOptions): ScreeningResult {
  return defaultScreener().screen(subject, options);
}

/**
 * Like `screen`, but returns invalid input as a value instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeScreen({ name: "" });
 * r.success //=> false
 * if (!r.success) r.error.issues[0].path //=> ["name"]
 * ```
 */
export function safeScreen(subject: unknown, options?: ScreenOptions): { success: true; data: ScreeningResult } | { success: false; error: ScreeningInputError } {
  return defaultScreener().safeScreen(subject, options);
}
