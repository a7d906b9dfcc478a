import type { Entry, Feature } from "../schema/index.js";
import type { BirthDateComparison } from "./compareBirthDates.js";

/** Which field of the subject a query name came from. */
export type QueryField = "name" | "alias" | "employer";

/** A listed entry matched by name, before it becomes a public `NameMatch`. */
export interface EntryMatch {
  readonly entry: Entry;
  /** Id of the watchlist the entry came from. */
  readonly listId: string;
  /** Name similarity with qualifiers applied, 0–1; used for ranking and decisions. */
  readonly score: number;
  /** Name similarity alone, 0–1. */
  readonly nameScore: number;
  readonly matchedName: string;
  readonly queryName: string;
  readonly field: QueryField;
  readonly features: readonly Feature[];
  readonly birthDate: BirthDateComparison;
}

/** A subject identifier equal to a listed one. */
export interface IdentifierMatch {
  readonly entry: Entry;
  readonly listId: string;
  readonly subjectValue: string;
  readonly subjectType: string | undefined;
  readonly listed: { readonly type: string; readonly value: string; readonly country?: string | undefined; readonly note?: string | undefined };
}
