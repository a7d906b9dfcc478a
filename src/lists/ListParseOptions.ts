/**
 * What a parser does with a record it cannot read (a CSV row with the wrong number of columns,
 * a UN record without a reference number, a JSON line that is not JSON): `"error"` throws a
 * `ListParseError` naming it; `"skip"` leaves it out and counts it in `stats.skipped` with its
 * line or id and the reason. A structurally broken file (truncated XML, binary junk, an empty
 * file) always throws.
 */
export type OnInvalid = "error" | "skip";

/** Options every list parser takes. */
export interface ListParseOptions {
  /**
   * What to do with a record that cannot be read. Default `"error"`: fail closed, because a
   * record left out of a sanctions list is a party that will not be found.
   */
  readonly onInvalid?: OnInvalid;
  /** `loadedAt` of the watchlist. Default: now. */
  readonly loadedAt?: Date | string;
  /** The watchlist id (also each entry's `source`). Each parser has its own default. */
  readonly id?: string;
  /**
   * When the list was published (ISO date or timestamp), for lists whose files do not say it
   * (OFAC's CSV files, FtM exports). Overrides the date a file gives (the UN `dateGenerated`).
   */
  readonly publishedAt?: string;
}
