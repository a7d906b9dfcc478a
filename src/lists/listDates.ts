import { partialDateProblem } from "../schema/index.js";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** The month number of an English month name or abbreviation ("Apr", "Sept.", "August"). */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

/** A partial ISO date from its parts, or `undefined` when the parts are not a real date. */
export function isoDate(year: number | string, month?: number, day?: number | string): string | undefined {
  let s = String(year).padStart(4, "0");
  if (month !== undefined) s += `-${String(month).padStart(2, "0")}`;
  if (month !== undefined && day !== undefined) s += `-${String(day).padStart(2, "0")}`;
  return partialDateProblem(s) === undefined ? s : undefined;
}

/**
 * An approximate date as the year range around it: one year either side. `"1960"` →
 * `"1959/1961"`; a range widens at both ends (`"1960/1962"` → `"1959/1963"`).
 */
export function approximately(value: string): string {
  const [from = value, to = from] = value.split("/");
  return `${Number(from.slice(0, 4)) - 1}/${Number(to.slice(0, 4)) + 1}`;
}

const MONTH_WORD = "([a-z]{3,9})\\.?";
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2}) ${MONTH_WORD},? (\\d{4})$`, "i");
const MONTH_YEAR = new RegExp(`^${MONTH_WORD},? (\\d{4})$`, "i");

/**
 * A date written the way OFAC and UN notes write it: `"25 Apr 1965"`, `"Apr 1965"`,
 * `"August 1961"`, `"1965"` or ISO `"1965-04-25"`. Returns the partial ISO date or `undefined`.
 *
 * @example
 * ```ts
 * parseListDate("25 Apr 1965") //=> "1965-04-25"
 * parseListDate("Nov. 1973")   //=> "1973-11"
 * ```
 */
export function parseListDate(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t)) return partialDateProblem(t) === undefined ? t : undefined;
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[2] ?? "");
    return month === undefined ? undefined : isoDate(m[3] ?? "", month, m[1]);
  }
  m = MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[1] ?? "");
    return month === undefined ? undefined : isoDate(m[2] ?? "", month);
  }
  return undefined;
}
