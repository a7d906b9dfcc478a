/**
 * Jurisdictions: ISO 3166-1 codes and every common spelling of them.
 *
 * Contract: `resolveCountry` maps a string to exactly one alpha-2 code, reports it as ambiguous
 * ("Korea"), or reports it unknown. It never guesses. Codes returned are upper-case alpha-2.
 */
export { resolveCountry, toIso2, countryName, type CountryResolution } from "./resolveCountry.js";
export { COUNTRIES, type CountryRecord } from "./countries.js";
