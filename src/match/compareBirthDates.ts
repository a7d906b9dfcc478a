/** How a subject's birth date relates to a listed party's. */
export type BirthDateOutcome =
  /** Same date at the precision both give (1965-04-25 vs 1965-04-25; 1965 vs 1965-04-25). */
  | "exact"
  /** The subject's year lies in the list's range or approximation (1961 vs "1960/1962"). */
  | "in_range"
  /** Close but not the same: same year with another day, or one year apart. Neutral. */
  | "close"
  /** Clearly different: two or more years apart, outside any range. */
  | "conflict"
  /** One side has no birth date. */
  | "unknown";

/** The result of comparing birth dates: the outcome and the list date that produced it. */
export interface BirthDateComparison {
  readonly outcome: BirthDateOutcome;
  readonly listed?: string;
}

interface Span {
  readonly from: number;
  readonly to: number;
  readonly date?: string;
  readonly raw: string;
}

function parseListed(value: string): Span | undefined {
  const range = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?\/(\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(value);
  if (range) return { from: Number(range[1]), to: Number(range[2]), raw: value };
  const single = /^(\d{4})(-\d{2}(?:-\d{2})?)?$/.exec(value);
  if (single) {
    const y = Number(single[1]);
    return single[2] ? { from: y, to: y, date: value, raw: value } : { from: y, to: y, raw: value };
  }
  return undefined;
}

const RANK: Readonly<Record<BirthDateOutcome, number>> = { exact: 4, in_range: 3, close: 2, conflict: 1, unknown: 0 };

/**
 * Compares a subject's (partial) birth date with a listed party's birth dates and keeps the
 * most favourable outcome. List dates are partial ISO dates or year ranges (`"1960/1962"`;
 * approximate years are given as ranges by the list loaders).
 *
 * @example
 * ```ts
 * compareBirthDates("1965-04-25", ["1965-04-25"]).outcome //=> "exact"
 * compareBirthDates("1961", ["1960/1962"]).outcome         //=> "in_range"
 * compareBirthDates("1971-04-10", ["1940-02-26"]).outcome  //=> "conflict"
 * ```
 */
export function compareBirthDates(subject: string | undefined, listed: readonly string[]): BirthDateComparison {
  if (subject === undefined || listed.length === 0) return { outcome: "unknown" };
  const year = Number(subject.slice(0, 4));
  let best: BirthDateComparison = { outcome: "unknown" };
  for (const value of listed) {
    const span = parseListed(value);
    if (!span) continue;
    let outcome: BirthDateOutcome;
    if (span.date !== undefined) {
      const n = Math.min(subject.length, span.date.length);
      if (subject.slice(0, n) === span.date.slice(0, n)) outcome = "exact";
      else if (Math.abs(year - span.from) <= 1) outcome = "close";
      else outcome = "conflict";
    } else if (span.from === span.to) {
      outcome = year === span.from ? "exact" : Math.abs(year - span.from) <= 1 ? "close" : "conflict";
    } else if (year >= span.from && year <= span.to) {
      outcome = "in_range";
    } else {
      outcome = year >= span.from - 1 && year <= span.to + 1 ? "close" : "conflict";
    }
    if (RANK[outcome] > RANK[best.outcome]) best = { outcome, listed: span.raw };
  }
  return best;
}
