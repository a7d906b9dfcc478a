import { isExists } from "date-fns/isExists";
import * as z from "./z.js";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Checks a partial ISO date: `"1965"`, `"1965-04"` or `"1965-04-25"`. Returns a reason when the
 * string is malformed or names a day that does not exist (`"2023-02-30"`), else `undefined`.
 *
 * @example
 * ```ts
 * partialDateProblem("1965-04-25") //=> undefined
 * partialDateProblem("2023-02-30") //=> "2023-02-30 is not a real date"
 * ```
 */
export function partialDateProblem(value: string): string | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return `"${value}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) return `${value}: year ${year} is out of range (1800–2200)`;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return `${value} is not a real date (month ${m[2]})`;
    if (m[3] !== undefined && !isExists(year, month - 1, Number(m[3]))) {
      return `${value} is not a real date`;
    }
  }
  return undefined;
}

/** A partial ISO date string, validated: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z.string().superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem, params: { code: "invalid_date" } });
});
