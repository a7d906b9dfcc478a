import { format } from "date-fns/format";
import { isBefore } from "date-fns/isBefore";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { parseISO } from "date-fns/parseISO";

/** Key dates of the UN regime (UNSCR 2371, 2375, 2397; domain.md §2.2). */
export const KEY_DATES = {
  /** UNSCR 2371 adopted: work authorisations capped at this level. */
  res2371: "2017-08-05",
  /** UNSCR 2375 adopted: no new work authorisations (para 17). */
  res2375: "2017-09-11",
  /** UNSCR 2397 adopted: the 24-month repatriation clock starts (para 8). */
  res2397: "2017-12-22",
  /** UNSCR 2397 para 8 repatriation deadline ("no later than 24 months from the date of adoption"). */
  repatriationDeadline: "2019-12-22",
} as const;

/**
 * The earliest and latest day a partial ISO date can mean: "2017" spans 2017-01-01..2017-12-31.
 *
 * @example
 * ```ts
 * partialDateBounds("2017-09") //=> { first: "2017-09-01", last: "2017-09-30" }
 * ```
 */
export function partialDateBounds(value: string): { first: string; last: string } {
  if (/^\d{4}$/.test(value)) return { first: `${value}-01-01`, last: `${value}-12-31` };
  if (/^\d{4}-\d{2}$/.test(value)) {
    const first = `${value}-01`;
    return { first, last: format(lastDayOfMonth(parseISO(first)), "yyyy-MM-dd") };
  }
  return { first: value, last: value };
}

/** Whether a partial date is surely before, surely on-or-after, or straddles a day. */
export type DateRelation = "before" | "on_or_after" | "uncertain";

/**
 * Compares a partial date with a full day, honestly: "2017-09" against 2017-09-11 is
 * `uncertain`, because it may be either side.
 *
 * @example
 * ```ts
 * relateToDay("2018-02-01", "2017-09-11") //=> "on_or_after"
 * relateToDay("2017-09", "2017-09-11")    //=> "uncertain"
 * ```
 */
export function relateToDay(partial: string, day: string): DateRelation {
  const { first, last } = partialDateBounds(partial);
  const d = parseISO(day);
  if (isBefore(parseISO(last), d)) return "before";
  if (!isBefore(parseISO(first), d)) return "on_or_after";
  return "uncertain";
}
