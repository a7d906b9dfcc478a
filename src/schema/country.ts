import * as z from "./z.js";
import { resolveCountry } from "../jurisdictions/index.js";

/** Longest country value accepted, in characters. */
export const MAX_COUNTRY_LENGTH = 100;

/**
 * A country in any common spelling, turned into ISO 3166-1 alpha-2. Unknown and ambiguous values
 * are errors, never guesses.
 */
export const CountrySchema = z
  .string()
  .max(MAX_COUNTRY_LENGTH, { message: `is longer than ${MAX_COUNTRY_LENGTH} characters` })
  .transform((value, ctx) => {
    const r = resolveCountry(value);
    if (r.status === "ok") return r.iso2;
    ctx.addIssue({
      code: "custom",
      message: r.status === "ambiguous" ? r.hint : `unknown country "${value}" (use an ISO 3166 code such as "KP" or "RU")`,
      params: { code: r.status === "ambiguous" ? "ambiguous_country" : "unknown_country" },
    });
    return z.NEVER;
  });
