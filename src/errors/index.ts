/**
 * Errors. dprk-screen throws only for misuse: invalid input or options (`ScreeningInputError`),
 * unreadable list files (`ListParseError`), and fail-closed policy stops such as a stale list
 * (`ScreeningError` with code `stale_list`). "No match" is a result, never an error.
 */
export { ScreeningError, isScreeningError } from "./ScreeningError.js";
export { ScreeningInputError, formatIssuePath, type InputIssue } from "./ScreeningInputError.js";
export { ListParseError, type ListParseLocation } from "./ListParseError.js";
