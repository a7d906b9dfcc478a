import { approximately, parseListDate } from "./listDates.js";

/**
 * An OFAC date of birth as a partial ISO date or a range:
 *
 * | OFAC writes | stored as |
 * | --- | --- |
 * | `25 Apr 1965` | `1965-04-25` |
 * | `Apr 1965` | `1965-04` |
 * | `1965` | `1965` |
 * | `1960 to 1962` | `1960/1962` |
 * | `01 Jan 1960 to 31 Dec 1962` | `1960-01-01/1962-12-31` |
 * | `circa 1947` | `1946/1948` (one year either side) |
 * | `circa 1960-1962` | `1959/1963` |
 *
 * Returns `undefined` for anything else (the caller keeps the text).
 *
 * @example
 * ```ts
 * parseOfacDate("circa 1947") //=> "1946/1948"
 * ```
 */
export function parseOfacDate(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  const circa = /^(?:circa|approximately|approx\.?) (.+)$/i.exec(t);
  if (circa) {
    const inner = parseOfacDate(circa[1] ?? "");
    return inner === undefined ? undefined : approximately(inner);
  }
  const range = /^(.+?) (?:to|-) (.+)$/i.exec(t) ?? /^(\d{4})-(\d{4})$/.exec(t);
  if (range) {
    const a = parseListDate(range[1] ?? "");
    const b = parseListDate(range[2] ?? "");
    if (a === undefined || b === undefined || b < a) return undefined;
    return a === b ? a : `${a}/${b}`;
  }
  return parseListDate(t);
}
