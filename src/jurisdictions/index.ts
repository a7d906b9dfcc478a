/**
 * Jurisdictions: ISO 3166-1 codes and every common spelling of them, and the documented host
 * countries of DPRK overseas workers.
 *
 * Contract: `resolveCountry` maps a string to exactly one alpha-2 code, reports it as ambiguous
 * ("Korea"), or reports it unknown. It never guesses. Codes returned are upper-case alpha-2.
 * `hostCountry` returns a country's host tier with the sources that name it; every row of
 * `HOST_COUNTRIES` carries at least one source.
 */
export { resolveCountry, toIso2, countryName, type CountryResolution } from "./resolveCountry.js";
export { COUNTRIES, type CountryRecord } from "./countries.js";
export { HOST_COUNTRIES, hostCountry, type HostCountry, type HostTier } from "./hostCountries.js";
