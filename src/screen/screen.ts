import { DEFAULT_INDEX_BASE64 } from "../data/defaultIndex.js";
import { ScreeningInputError } from "../errors/index.js";
import type { ScreeningResult, SubjectInput } from "../schema/index.js";
import { createScreener, type Screener } from "./createScreener.js";
import type { ScreenOptions } from "./options.js";

let shared: Screener | undefined;

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The screener over the embedded watchlist, made on first use from the index built with the
 * package (src/data/defaultIndex.ts) rather than by analysing every name: that was most of the
 * first `screen()` call. Should that index not belong to this watchlist (a stale file, which
 * `npm test` reports), the screener builds its own: slower, never wrong.
 */
function defaultScreener(): Screener {
  if (shared) return shared;
  try {
    shared = createScreener({ index: base64Bytes(DEFAULT_INDEX_BASE64) });
  } catch (e) {
    if (!(e instanceof ScreeningInputError)) throw e;
    shared = createScreener();
  }
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
