/**
 * Screening: validate → match names and identifiers → run the rules → score → result.
 *
 * Contract: `screen` throws `ScreeningInputError` for invalid input and nothing else for a valid
 * subject; "no match" is a `clear` result. Results are plain serialisable data, stamped with the
 * engine, rule-pack and algorithm versions, the thresholds, `asOf`, and every list's version.
 */
export { createScreener, type Screener } from "./createScreener.js";
export { screen, safeScreen } from "./screen.js";
export { parseSubject } from "./validateSubject.js";
export { ScreenerConfigSchema, ScreenOptionsSchema, type ScreenerConfig, type ScreenOptions } from "./options.js";
